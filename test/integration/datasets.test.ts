import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { savePublished } from '../helpers/content-fixtures.ts';
import { attr, findAll, findFirst, textOf, type HtmlElement, type HtmlNode } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const WORLDWIDE_FR = '/fr/donnees-et-recherche/migrants-internationaux-dans-le-monde';
const WORLDWIDE_AR = '/ar/al-bayanat-wal-buhuth/al-muhajirun-al-duwaliyun-fi-al-alam';
const ORIGINS_FR = '/fr/donnees-et-recherche/pays-d-origine';
const ORIGINS_AR = '/ar/al-bayanat-wal-buhuth/buldan-al-manshaa';
const SHARE_FR = '/fr/donnees-et-recherche/part-des-migrants-dans-la-population-mondiale';

describeEachDatabase('datasets: chart, table and downloads', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const page = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parse(response.body);
  };
  const byClass = (root: HtmlNode, tag: string, cls: string) =>
    findAll(root, tag).filter((e) => (attr(e, 'class') ?? '').split(' ').includes(cls));
  const tableRows = (root: HtmlNode) =>
    findAll(findFirst(findFirst(root, 'table'), 'tbody'), 'tr').map((tr) => tr.childNodes.filter((c): c is HtmlElement => 'tagName' in c).map(textOf));

  it('draws the chart as an image named by its <title> and described by its <desc>, one mark per value', async () => {
    const doc = await page(WORLDWIDE_FR);
    const svg = findFirst(findFirst(doc, 'main'), 'svg');
    expect(attr(svg, 'role')).toBe('img');
    const [titleId, descId] = (attr(svg, 'aria-labelledby') ?? '').split(' ');
    const title = findFirst(svg, 'title');
    const desc = findFirst(svg, 'desc');
    expect(attr(title, 'id')).toBe(titleId);
    expect(attr(desc, 'id')).toBe(descId);
    expect(textOf(title)).toBe('Migrants internationaux dans le monde, 2010 et 2019');
    expect(textOf(desc)).toContain('221 millions (2010) à 272 millions (2019)');
    expect(byClass(svg, 'rect', 'chart__mark')).toHaveLength(2);
    // The description is also on the page, for everyone.
    expect(textOf(findFirst(doc, 'figcaption'))).toBe(textOf(desc));

    const line = findFirst(findFirst(await page(SHARE_FR), 'main'), 'svg');
    expect(byClass(line, 'circle', 'chart__mark')).toHaveLength(2);
    expect(findAll(line, 'polyline')).toHaveLength(1);

    const origins = await page(ORIGINS_FR);
    expect(byClass(findFirst(findFirst(origins, 'main'), 'svg'), 'rect', 'chart__mark')).toHaveLength(10);
  });

  it('gives the same values as a table with a caption and header cells that name their scope', async () => {
    const doc = await page(WORLDWIDE_FR);
    const table = findFirst(doc, 'table');
    expect(textOf(findFirst(table, 'caption'))).toBe('Les valeurs : Migrants internationaux');
    expect(findAll(findFirst(table, 'thead'), 'th').map((th) => [textOf(th), attr(th, 'scope')])).toEqual([
      ['Année', 'col'],
      ['Migrants internationaux', 'col'],
    ]);
    expect(tableRows(doc)).toEqual([
      ['2010', '221 millions'],
      ['2019', '272 millions'],
    ]);
    expect(findAll(findFirst(table, 'tbody'), 'th').every((th) => attr(th, 'scope') === 'row')).toBe(true);
    // Each value in the table is the one written beside its mark in the chart.
    const chartValues = byClass(findFirst(findFirst(doc, 'main'), 'svg'), 'text', 'chart__value').map(textOf);
    expect(chartValues).toEqual(['221 millions', '272 millions']);

    const origins = tableRows(await page(ORIGINS_FR));
    expect(origins[0]).toEqual(['Inde', '17,5 millions']);
    expect(origins.map((r) => r[0])).toContain('Syrie');
    expect(origins).toHaveLength(10);
  });

  it('writes numbers as Arabic readers of the locale do, and mirrors only the breakdown by category', async () => {
    const compact = new Intl.NumberFormat('ar', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
    const doc = await page(WORLDWIDE_AR);
    expect(tableRows(doc)).toEqual([
      ['2010', compact.format(221e6)],
      ['2019', compact.format(272e6)],
    ]);
    expect(compact.format(272e6)).toBe('272 مليون');
    const svg = findFirst(findFirst(doc, 'main'), 'svg');
    expect(attr(svg, 'direction')).toBe('rtl');
    // Time runs left to right in Arabic too: 2010's bar is left of 2019's.
    const [first, second] = byClass(svg, 'rect', 'chart__mark').map((r) => Number(attr(r, 'x')));
    expect(first).toBeLessThan(second!);
    // By category, bars start at the right, where an Arabic reader starts.
    const bars = byClass(findFirst(findFirst(await page(ORIGINS_AR), 'main'), 'svg'), 'rect', 'chart__mark');
    const ends = bars.map((r) => Number(attr(r, 'x')) + Number(attr(r, 'width')));
    expect(new Set(ends).size).toBe(1);
    expect(ends[0]).toBeGreaterThan(400);
    expect(tableRows(await page(ORIGINS_AR))[0]).toEqual(['الهند', new Intl.NumberFormat('ar', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(17.5e6)]);
  });

  it('offers CSV and JSON downloads, cached and revalidated like pages', async () => {
    const doc = await page(WORLDWIDE_FR);
    const links = findAll(doc, 'a').map((a) => attr(a, 'href'));
    expect(links).toContain(`${WORLDWIDE_FR}/data.csv`);
    expect(links).toContain(`${WORLDWIDE_FR}/data.json`);

    const csv = await get(`${WORLDWIDE_FR}/data.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="migrants-internationaux-dans-le-monde-fr.csv"');
    expect(csv.body).toBe('\uFEFFdate,value,unit\r\n2010,221000000,count\r\n2019,272000000,count\r\n');
    const etag = csv.headers.etag as string;
    expect((await get(`${WORLDWIDE_FR}/data.csv`, { 'if-none-match': etag })).statusCode).toBe(304);

    const json = await get(`${WORLDWIDE_FR}/data.json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.body)).toMatchObject({
      title: 'Migrants internationaux dans le monde, 2010 et 2019',
      language: 'fr',
      url: `${TEST_PUBLIC_URL}${WORLDWIDE_FR}`,
      unit: 'count',
      source: { url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock-2019' },
      licence: { name: 'CC BY 3.0 IGO', url: 'https://creativecommons.org/licenses/by/3.0/igo/' },
      rows: [{ date: '2010', value: 221_000_000 }, { date: '2019', value: 272_000_000 }],
    });

    const origins = await get('/ar/al-bayanat-wal-buhuth/buldan-al-manshaa/data.csv');
    expect(origins.body.split('\r\n').slice(0, 2)).toEqual(['\uFEFFdate,category,name,value,unit', '2019,IN,الهند,17500000,count']);
    // Only a dataset has data; other pages' addresses with /data.csv are not found.
    expect((await get('/fr/donnees-et-recherche/data.csv')).statusCode).toBe(404);
    expect((await get(`${WORLDWIDE_FR}/data.xml`)).statusCode).toBe(404);
  });

  it('quotes names with commas and quotes, and defuses names a spreadsheet would run as formulas', async () => {
    const formulas = readAttackList('evil-filenames.txt').filter((line) => /^[=+\-@]/.test(line));
    expect(formulas.length).toBeGreaterThan(0);
    const names = ['Nord, "Sud"', '-2+3', '+33 1 23', ...formulas];
    const keys = names.map((_, i) => `k${i}`);
    const section = await site.content.reader.findByPath('fr', 'donnees-et-recherche', { fallback: 'show' });
    const dataset = await site.content.service.createDocument({
      type: 'dataset',
      parentId: section!.document.id,
      fields: {
        chart: 'bar',
        unit: 'count',
        sourceUrl: 'https://example.org/',
        licence: 'CC BY 4.0',
        series: keys.map((category, i) => ({ date: '2019', category, value: -i })),
      },
      actor: SYSTEM_ACTOR,
    });
    await savePublished(site, {
      documentId: dataset.id,
      locale: 'fr',
      expectedVersion: 0,
      translation: {
        slug: 'noms-hostiles',
        title: 'Noms hostiles',
        fields: { measure: 'Valeur', description: 'Des noms difficiles.', source: 'Essai', labels: Object.fromEntries(keys.map((k, i) => [k, names[i]!])) },
      },
      actor: SYSTEM_ACTOR,
    });
    const csv = (await get('/fr/donnees-et-recherche/noms-hostiles/data.csv')).body;
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('2019,k0,"Nord, ""Sud""",0,count');
    expect(lines[2]).toBe("2019,k1,'-2+3,-1,count");
    expect(lines[3]).toBe("2019,k2,'+33 1 23,-2,count");
    for (const [i, name] of formulas.entries()) {
      const cell = parseCsvLine(lines[4 + i]!)[2]!;
      expect(cell, name).toBe(`'${name}`);
    }
    // Every name keeps its text in the JSON, where nothing is evaluated.
    const json = JSON.parse((await get('/fr/donnees-et-recherche/noms-hostiles/data.json')).body) as { rows: { name: string }[] };
    expect(json.rows.map((r) => r.name)).toEqual(names);
    // And the page escapes them.
    const response = await get('/fr/donnees-et-recherche/noms-hostiles');
    expect(response.statusCode).toBe(200);
    expect(tableRows(parse(response.body))[0]?.[0]).toBe('Nord, "Sud"');
  });

  it('links each key figure to the dataset it comes from, in the list and in the text', async () => {
    const doc = await page('/fr/donnees-et-recherche');
    const links = byClass(doc, 'p', 'fact__dataset').flatMap((p) => findAll(p, 'a'));
    expect(links.map((a) => attr(a, 'href'))).toContain(WORLDWIDE_FR);
    const link = links.find((a) => attr(a, 'href') === WORLDWIDE_FR)!;
    expect(textOf(link)).toBe('Voir les données (Migrants internationaux dans le monde, 2010 et 2019)');
    const inline = findAll(doc, 'a').filter((a) => attr(a, 'href') === WORLDWIDE_FR && findAll(a, 'strong').length > 0);
    expect(inline.map(textOf)).toContain('272 millions');
    // The figures without a dataset (year founded) have no such link.
    expect(byClass(doc, 'p', 'fact__dataset')).toHaveLength(2);
    const ar = await page('/ar/al-bayanat-wal-buhuth');
    expect(byClass(ar, 'p', 'fact__dataset').flatMap((p) => findAll(p, 'a')).map((a) => attr(a, 'href'))).toContain(WORLDWIDE_AR);
  });
});

/** One CSV record (RFC 4180), enough to read back what the download wrote. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') (value += '"'), (i += 2);
        else if (line[i] === '"') break;
        else value += line[i++];
      }
      cells.push(value);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}

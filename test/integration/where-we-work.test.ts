import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { worldMap } from '../../src/http/site/map/world-map.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, findFirst, textOf, type HtmlElement } from '../helpers/html.ts';

const MAP_FR = '/fr/notre-travail/ou-travaillons-nous';
const MAP_AR = '/ar/amaluna/ayna-namal';
const DEMO_CODES = ['BD', 'CO', 'DE', 'DO', 'JO', 'LY', 'MX', 'NE', 'SY', 'TR', 'UA', 'VE'];

/** The map's SVG as the page sends it, and its compressed sizes. */
export function svgOf(html: string): { svg: string; raw: number; gzip: number; br: number } {
  const svg = /<svg class="world-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const bytes = Buffer.from(svg);
  return {
    svg,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

describe('the world map', () => {
  it('is projected once per process, with the demo’s countries and none of Antarctica', () => {
    const map = worldMap();
    expect(worldMap()).toBe(map);
    expect(map.width).toBe(1000);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(520);
    for (const code of DEMO_CODES) expect(map.countries.get(code)?.d, code).toMatch(/^m[\d.]+,[\d.]+/);
    expect(map.countries.has('AQ')).toBe(false);
    // Coordinates keep one decimal at most: the geometry is what weighs.
    expect(map.land).not.toMatch(/\.\d\d/);
    expect(map.countries.get('DO')?.marker).toBeDefined();
    expect(map.countries.get('DZ')?.marker).toBeUndefined();
  });
});

describeEachDatabase('where we work', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  const get = (url: string) => site.app.inject({ method: 'GET', url });
  const page = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return { body: response.body, doc: parse(response.body) };
  };
  const mapLinks = (svg: HtmlElement) => findAll(svg, 'a');

  it('draws the map in the page, each country where the organisation works a named link to its page', async () => {
    const { doc } = await page(MAP_FR);
    const svg = findFirst(findFirst(doc, 'main'), 'svg');
    expect(attr(svg.parentNode as HtmlElement, 'dir')).toBe('ltr');
    expect(attr(svg, 'viewBox')).toMatch(/^0 0 1000 \d+$/);
    const title = findAll(svg, 'title').find((t) => attr(t, 'id') === attr(svg, 'aria-labelledby'));
    expect(textOf(title!)).toBe('Carte des pays où nous travaillons');
    const links = mapLinks(svg);
    expect(links).toHaveLength(DEMO_CODES.length);
    const names = links.map((a) => attr(a, 'aria-label'));
    expect(names).toContain('Jordanie');
    expect(names).toContain('République dominicaine');
    for (const link of links) {
      expect(textOf(findFirst(link, 'title'))).toBe(attr(link, 'aria-label'));
      expect(findAll(link, 'path')).toHaveLength(1);
      // An <a href> is in the tab order: every country is reachable by keyboard.
      expect(attr(link, 'href')).toMatch(/^\/fr\/notre-travail\/ou-travaillons-nous\/[a-z-]+$/);
      expect(attr(link, 'tabindex')).toBeUndefined();
    }
    const jordan = links.find((a) => attr(a, 'aria-label') === 'Jordanie')!;
    expect(attr(jordan, 'href')).toBe('/fr/notre-travail/ou-travaillons-nous/jordanie');
    expect((await get(attr(jordan, 'href')!)).statusCode).toBe(200);
  });

  it('lists the same countries by region beside the map, as its text alternative, with the same links', async () => {
    const { doc } = await page(MAP_FR);
    const list = findAll(doc, 'section').find((s) => attr(s, 'class') === 'countries')!;
    const regions = findAll(list, 'h3').map(textOf);
    expect(regions).toEqual(['Afrique', 'Amériques', 'Asie et Pacifique', 'Europe', 'Moyen-Orient']);
    const middleEast = findAll(list, 'section').find((s) => textOf(findFirst(s, 'h3')) === 'Moyen-Orient')!;
    expect(findAll(middleEast, 'a').map(textOf)).toEqual(['Jordanie', 'Syrie']);
    expect(textOf(middleEast)).toContain('Présence depuis 1991');
    const listed = findAll(list, 'a').map((a) => attr(a, 'href'));
    const drawn = mapLinks(findFirst(findFirst(doc, 'main'), 'svg')).map((a) => attr(a, 'href'));
    expect(drawn).toEqual(listed);
  });

  it('names the countries in Arabic on the Arabic page, which mirrors while the map does not', async () => {
    const { doc } = await page(MAP_AR);
    expect(attr(findFirst(doc, 'html'), 'dir')).toBe('rtl');
    const svg = findFirst(findFirst(doc, 'main'), 'svg');
    // HTML allows no dir on <svg>: the box around it keeps left to right.
    expect(attr(svg.parentNode as HtmlElement, 'dir')).toBe('ltr');
    expect(findAll(svg, 'g').concat(findAll(svg, 'path')).every((e) => attr(e, 'transform') === undefined)).toBe(true);
    const names = mapLinks(svg).map((a) => attr(a, 'aria-label'));
    expect(names).toContain('الأردن');
    expect(names).toContain('سوريا');
    expect(attr(mapLinks(svg).find((a) => attr(a, 'aria-label') === 'الأردن')!, 'href')).toBe('/ar/amaluna/ayna-namal/al-urdun');
    expect(textOf(findAll(svg, 'title')[0]!)).toBe('خريطة البلدان التي نعمل فيها');
  });

  it('keeps the map under 60 KB compressed, inside the cached page', async () => {
    const { body } = await page(MAP_FR);
    const size = svgOf(body);
    expect(size.raw).toBeGreaterThan(50_000);
    expect(size.br).toBeLessThan(60_000);
    expect(size.gzip).toBeLessThan(60_000);
    expect(site.pageCache.has('page:fr/notre-travail/ou-travaillons-nous')).toBe(true);
    expect(site.pageCache.tagsOf('page:fr/notre-travail/ou-travaillons-nous')).toContain('type:country');
  });

  it('shows a country page with its region, presence, head of office, address and contact', async () => {
    const { doc } = await page('/fr/notre-travail/ou-travaillons-nous/jordanie');
    expect(textOf(findFirst(doc, 'h1'))).toBe('Jordanie');
    const dl = findAll(doc, 'dl')[0]!;
    const meta = Object.fromEntries(findAll(dl, 'dt').map((dt, i) => [textOf(dt), textOf(findAll(dl, 'dd')[i]!)]));
    expect(meta).toEqual({
      Région: 'Moyen-Orient',
      'Présence depuis': '1991',
      'Responsable du bureau': 'Leila Haddad-MoreauCheffe de mission',
    });
    const office = findAll(doc, 'section').find((s) => attr(s, 'aria-labelledby') === 'office')!;
    expect(textOf(findFirst(office, 'h2'))).toBe('Bureau de pays à Amman');
    expect(textOf(findFirst(office, 'address'))).toContain('7 rue Imaginaire, Jabal Amman');
    const hrefs = findAll(office, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(['mailto:amman@example.org', 'tel:+96265550120']);
    const breadcrumbs = findAll(doc, 'nav').find((n) => attr(n, 'aria-label') === 'Fil d’Ariane')!;
    expect(findAll(breadcrumbs, 'a').map(textOf)).toContain('Où travaillons-nous');
  });

  it('lists the key figures of a country and the statements and stories tagged with it', async () => {
    const germany = (await page('/fr/notre-travail/ou-travaillons-nous/allemagne')).doc;
    const figures = findAll(germany, 'section').find((s) => attr(s, 'aria-labelledby') === 'key-figures')!;
    expect(textOf(figures)).toContain('13 millions');
    const statements = findAll(germany, 'section').find((s) => attr(s, 'aria-labelledby') === 'country-statements')!;
    expect(textOf(statements)).toContain('Message du Directeur général pour la Journée internationale des migrants 2019');
    const turkey = (await page('/fr/notre-travail/ou-travaillons-nous/turquie')).doc;
    const stories = findAll(turkey, 'section').find((s) => attr(s, 'aria-labelledby') === 'country-stories')!;
    expect(textOf(stories)).toContain('Le salon de Karim');
    const syria = (await page('/en/our-work/where-we-work/syria')).doc;
    expect(textOf(findAll(syria, 'section').find((s) => attr(s, 'aria-labelledby') === 'country-stories')!)).toContain('Karim');
  });

  it('adds a newly published country to the map and the list, linked to its page', async () => {
    const parent = (await site.content.reader.findByPath('fr', 'notre-travail/ou-travaillons-nous', { fallback: 'hide' }))!;
    const { document, translation } = await site.content.service.createDocumentWithTranslation({
      type: 'country',
      parentId: parent.document.id,
      fields: { code: 'SN', region: 'africa', presenceSince: 1998 },
      locale: 'fr',
      translation: { slug: 'senegal', title: 'Sénégal' },
      actor: SYSTEM_ACTOR,
    });
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', expectedVersion: translation.version, actor: SYSTEM_ACTOR });
    const svg = findFirst(findFirst((await page(MAP_FR)).doc, 'main'), 'svg');
    const senegal = mapLinks(svg).find((a) => attr(a, 'aria-label') === 'Sénégal');
    expect(attr(senegal!, 'href')).toBe('/fr/notre-travail/ou-travaillons-nous/senegal');
  });
});

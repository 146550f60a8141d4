import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildConsentInput } from '../../src/modules/consent/testing.ts';
import { INITIAL_LOCALE_SET } from '../../src/modules/locales/index.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement, type HtmlNode } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { attackPath } from '../helpers/attacks.ts';

const LOCALE_CODES = INITIAL_LOCALE_SET.codes;

const FIXTURES = fileURLToPath(new URL('../fixtures/sitemaps/', import.meta.url));
const FEEDS = ['news.rss', 'news.atom', 'stories.rss', 'stories.atom'] as const;
const TYPES = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;

/** Script payloads from the shared attack list that a title can hold (no control characters). */
const XSS_TITLES = readFileSync(attackPath('xss.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.includes('<script') && !line.startsWith('#@') && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(line))
  .filter((line) => line.trim() === line && line.length <= 300)
  .slice(0, 3);

describeEachDatabase('feeds, sitemaps and search metadata', (dialect) => {
  let site: TestSite;
  const parser = new Parser();
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  }, 60_000);
  afterAll(() => site.close());

  const get = (url: string) => site.app.inject({ method: 'GET', url });
  const local = (url: string) => {
    expect(url.startsWith(`${TEST_PUBLIC_URL}/`), url).toBe(true);
    return url.slice(TEST_PUBLIC_URL.length);
  };
  const feed = async (locale: string, file: string) => parser.parseString((await get(`/${locale}/feeds/${file}`)).body);
  const head = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parse(response.body);
  };
  const jsonLd = (root: HtmlNode) =>
    findAll(root, 'script')
      .filter((s) => attr(s, 'type') === 'application/ld+json')
      .map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
  const meta = (root: HtmlNode, key: string) =>
    findAll(root, 'meta').filter((m: HtmlElement) => attr(m, 'property') === key || attr(m, 'name') === key).map((m) => attr(m, 'content'));

  it('serves every feed of every locale as parseable RSS or Atom whose items link to live pages of that locale', async () => {
    for (const locale of LOCALE_CODES) {
      for (const file of FEEDS) {
        const response = await get(`/${locale}/feeds/${file}`);
        expect(response.statusCode, `${locale} ${file}`).toBe(200);
        expect(response.headers['content-type']).toBe(TYPES[file.endsWith('.rss') ? 'rss' : 'atom']);
        expect(await xmllint(['--noout', '-'], response.body), `${locale} ${file} is well-formed`).toBe('');
        const parsed = await parser.parseString(response.body);
        const dates = parsed.items.map((item) => item.isoDate ?? '');
        expect([...dates].sort().reverse(), 'newest first').toEqual(dates);
        for (const item of parsed.items) {
          expect(item.title, file).toBeTruthy();
          expect(Number.isNaN(Date.parse(item.isoDate ?? '')), `${item.link} has a date`).toBe(false);
          const path = local(item.link!);
          expect(path.startsWith(`/${locale}/`), 'only pages of the feed’s own locale').toBe(true);
          expect((await get(path)).statusCode, path).toBe(200);
        }
      }
    }
    expect((await feed('fr', 'news.rss')).items.length).toBeGreaterThan(0);
    expect((await feed('fr', 'stories.atom')).items.length).toBeGreaterThan(0);
    expect((await feed('en', 'stories.rss')).items.length).toBeGreaterThan(0);
  });

  it('writes Atom with an id, an update time, a self link, xml:lang and entries with ids', async () => {
    const body = (await get('/en/feeds/news.atom')).body;
    expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(body).toMatch(/<feed [^>]*>\s*<id>tag:ensemble\.test,2019:feed:en:news<\/id>/);
    expect(body).toMatch(/<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z<\/updated>/);
    expect(body).toContain(`<link rel="self" type="application/atom+xml" href="${TEST_PUBLIC_URL}/en/feeds/news.atom"/>`);
    const entries = body.split('<entry>').slice(1);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry).toMatch(/^<id>tag:ensemble\.test,2019:[0-9a-f-]{36}:en<\/id><title type="text">[^<]+<\/title><link rel="alternate"/);
      expect(entry).toMatch(/<published>[^<]+<\/published><updated>[^<]+<\/updated>/);
    }
    const rss = (await get('/en/feeds/news.rss')).body;
    expect(rss).toContain(`<atom:link href="${TEST_PUBLIC_URL}/en/feeds/news.rss" rel="self" type="application/rss+xml"/>`);
    expect(rss).toMatch(/<guid isPermaLink="false">tag:ensemble\.test,2019:[0-9a-f-]{36}:en<\/guid>/);
  });

  it('answers an unknown feed or locale with the 404 page', async () => {
    expect((await get('/fr/feeds/news.json')).statusCode).toBe(404);
    expect((await get('/de/feeds/news.rss')).statusCode).toBe(404);
    expect((await get('/sitemaps/de.xml')).statusCode).toBe(404);
  });

  it('escapes hostile story titles, and a newly published story is in the feed at once', async () => {
    expect(XSS_TITLES.length).toBeGreaterThan(0);
    await get('/fr/feeds/stories.rss'); // cached before the change…
    const home = (await site.content.reader.findByPath('fr', '', { fallback: 'hide' }))!;
    for (const [index, title] of XSS_TITLES.entries()) {
      const doc = await site.content.service.createDocument({ type: 'story', parentId: home.document.id, fields: { originCountry: 'SY', residenceCountry: 'FR' }, actor: SYSTEM_ACTOR });
      await site.content.service.saveTranslation({
        documentId: doc.id,
        locale: 'fr',
        expectedVersion: 0,
        translation: { slug: `attaque-${index}`, title, summary: `${title} & résumé` },
        actor: SYSTEM_ACTOR,
      });
      await site.consent.record(buildConsentInput(doc.id, { collectedAt: new Date().toISOString().slice(0, 10) }), SYSTEM_ACTOR);
      await site.content.service.publishTranslation({ documentId: doc.id, locale: 'fr', actor: SYSTEM_ACTOR });
    }
    for (const file of ['stories.rss', 'stories.atom']) {
      const raw = (await get(`/fr/feeds/${file}`)).body;
      expect(raw).not.toMatch(/<script/i);
      const titles = (await parser.parseString(raw)).items.map((item) => item.title);
      for (const title of XSS_TITLES) expect(titles, file).toContain(title);
    }
    // …and the page's JSON-LD cannot close its script element either.
    const page = await get('/fr/attaque-0');
    expect(page.body.match(/<script/gi)?.length).toBe(findAll(parse(page.body), 'script').length);
    expect(jsonLd(parse(page.body)).find((d) => d['@type'] === 'BreadcrumbList')).toMatchObject({
      itemListElement: [{ position: 1 }, { position: 2, name: XSS_TITLES[0] }],
    });
  });

  it('lists one sitemap per locale in a sitemap index, each valid against the sitemaps.org schema', async () => {
    const index = await get('/sitemap.xml');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(await xmllint(['--noout', '--schema', `${FIXTURES}siteindex.xsd`, '-'], index.body)).toBe('');
    const sitemaps = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // One per enabled locale, named by its URL prefix (the demo serves zh-Hans at /zh/).
    expect(sitemaps).toEqual(['fr', 'en', 'es', 'ar', 'zh', 'ru'].map((l) => `${TEST_PUBLIC_URL}/sitemaps/${l}.xml`));
    for (const url of sitemaps) {
      const response = await get(local(url));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(await xmllint(['--noout', '--schema', `${FIXTURES}sitemap-alternates.xsd`, '-'], response.body), url).toBe('');
    }
  });

  it('lists in each sitemap live pages of that locale, with hreflang alternates and x-default in French', async () => {
    for (const locale of LOCALE_CODES) {
      const body = (await get(`/sitemaps/${locale}.xml`)).body;
      const urls = body.split('<url>').slice(1);
      expect(urls.length, locale).toBeGreaterThan(0);
      for (const url of urls) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(url)![1]!;
        expect(loc.startsWith(`${TEST_PUBLIC_URL}/${locale}/`)).toBe(true);
        expect((await get(local(loc))).statusCode, loc).toBe(200);
        expect(url).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[^<]+<\/lastmod>/);
        expect(url).toContain(`<xhtml:link rel="alternate" hreflang="${locale}" href="${loc}"/>`);
      }
    }
    const fr = (await get('/sitemaps/fr.xml')).body;
    expect(fr).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${TEST_PUBLIC_URL}/en/"/>`);
    expect(fr).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${TEST_PUBLIC_URL}/fr/"/>`);
  });

  it('sends robots.txt naming the sitemap and keeping crawlers out of the back office and previews', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toContain(`Sitemap: ${TEST_PUBLIC_URL}/sitemap.xml`);
    expect(response.body).toMatch(/^Disallow: \/admin\/$/m);
    expect(response.body).toMatch(/^Disallow: \/preview\/$/m);
  });

  it('serves feeds and sitemaps compressed, with validators', async () => {
    const first = await site.app.inject({ method: 'GET', url: '/fr/feeds/news.rss', headers: { 'accept-encoding': 'br' } });
    expect(first.headers['content-encoding']).toBe('br');
    const again = await site.app.inject({ method: 'GET', url: '/fr/feeds/news.rss', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('describes the home page: Organization, Open Graph, Twitter card and feed discovery', async () => {
    const root = await head('/fr/');
    expect(jsonLd(root).map((d) => d['@type'])).toEqual(['Organization']);
    expect(jsonLd(root)[0]).toMatchObject({ '@context': 'https://schema.org', url: `${TEST_PUBLIC_URL}/fr/` });
    expect(meta(root, 'og:url')).toEqual([`${TEST_PUBLIC_URL}/fr/`]);
    expect(meta(root, 'og:type')).toEqual(['website']);
    expect(meta(root, 'og:locale')).toEqual(['fr_FR']);
    expect(meta(root, 'og:locale:alternate')).toEqual(expect.arrayContaining(['en_GB']));
    expect(meta(root, 'og:title')).toHaveLength(1);
    expect(meta(root, 'twitter:card')).toHaveLength(1);
    const feeds = findAll(root, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml');
    expect(feeds.map((l) => attr(l, 'href'))).toEqual([`${TEST_PUBLIC_URL}/fr/feeds/news.rss`, `${TEST_PUBLIC_URL}/fr/feeds/stories.rss`]);
    const campaign = await head('/fr/journee-internationale-des-migrants-2019');
    expect(findAll(campaign, 'link').some((l) => attr(l, 'href') === `${TEST_PUBLIC_URL}/fr/feeds/stories.rss`)).toBe(true);
  });

  it('describes a statement as a NewsArticle with its breadcrumbs, and an article for Open Graph', async () => {
    const items = (await feed('fr', 'news.rss')).items;
    const statement = items.find((i) => /directrice/i.test(i.title ?? '')) ?? items[0]!;
    const root = await head(local(statement.link!));
    const data = jsonLd(root);
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ headline: statement.title, inLanguage: 'fr', mainEntityOfPage: statement.link });
    expect(String(article!.datePublished)).toMatch(/^\d{4}-\d\d-\d\d/);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] };
    expect(crumbs.itemListElement[0]).toMatchObject({ position: 1, item: `${TEST_PUBLIC_URL}/fr/` });
    expect(crumbs.itemListElement.at(-1)).toMatchObject({ item: statement.link });
    expect(meta(root, 'og:type')).toEqual(['article']);
    expect(meta(root, 'og:title')).toEqual([statement.title]);
    expect(meta(root, 'og:url')).toEqual([statement.link]);
  });

  it('gives a nested page a BreadcrumbList whose every address is live', async () => {
    const body = (await get('/sitemaps/en.xml')).body;
    const nested = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).find((loc) => local(loc).split('/').length > 3)!;
    const crumbs = jsonLd(await head(local(nested))).find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string; name: string }[] };
    expect(crumbs.itemListElement.length).toBeGreaterThan(2);
    expect(crumbs.itemListElement.map((i) => i.position)).toEqual(crumbs.itemListElement.map((_, i) => i + 1));
    for (const entry of crumbs.itemListElement) {
      expect(entry.name).toBeTruthy();
      expect((await get(local(entry.item))).statusCode, entry.item).toBe(200);
    }
  });
});

describe('search metadata of a story with its video', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite('sqlite', { demoVideos: true });
  }, 120_000);
  afterAll(() => site.close());

  it('keeps one og:type (video.other), an og:image, and the VideoObject next to the breadcrumbs', async () => {
    const root = parse((await site.app.inject({ method: 'GET', url: '/fr/journee-internationale-des-migrants-2019/le-salon-de-karim' })).body);
    const metas = findAll(root, 'meta');
    const values = (key: string) => metas.filter((m) => attr(m, 'property') === key || attr(m, 'name') === key).map((m) => attr(m, 'content'));
    expect(values('og:type')).toEqual(['video.other']);
    expect(values('og:title')).toEqual(['Le salon de Karim']);
    expect(values('og:video')).toHaveLength(1);
    expect(values('og:image')).toHaveLength(1);
    expect(values('og:image')[0]).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/`));
    expect(values('twitter:card')).toEqual(['summary_large_image']);
    const types = findAll(root, 'script')
      .filter((s) => attr(s, 'type') === 'application/ld+json')
      .map((s) => (JSON.parse(textOf(s)) as { '@type': string })['@type']);
    expect(types).toEqual(['VideoObject', 'BreadcrumbList']);
  });
});

/** Runs xmllint on `input`; resolves with what it printed on stderr when it failed, '' when it passed. */
function xmllint(args: readonly string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('xmllint', args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? '' : stderr || `xmllint exited with ${code}`));
    child.stdin.end(input);
  });
}

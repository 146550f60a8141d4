import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runLocale } from '../../src/cli/commands/locale.ts';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** A language added while the site runs: no restart, no code, every door serves it. */
describeEachDatabase('locales added, disabled and prefixed at run time', (dialect) => {
  let site: TestSite;
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const html = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parse(response.body) as unknown as HtmlElement;
  };
  const root = (doc: HtmlElement) => findAll(doc, 'html')[0]!;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
  }, 60_000);
  afterAll(() => site.close());

  it('adds Bengali with the CLI; the running site serves it within one refresh, in English until translated', async () => {
    // Warm the cache first: the new language must reach pages already rendered.
    expect((await get('/fr/')).statusCode).toBe(200);
    expect(await runLocale(site.database, ['add', 'bn', '--fallback', 'en,fr'], io)).toBe(0);
    expect(out.join('')).toContain('Added bn (Bangla), served at /bn/');
    expect(await site.locales.refreshIfChanged()).toBe(true);

    const home = await html('/bn/');
    expect(attr(root(home), 'lang')).toBe('bn');
    expect(attr(root(home), 'dir')).toBe('ltr');
    const notice = findAll(home, 'p').filter((e) => attr(e, 'class') === 'notice')[0];
    expect(notice, 'the page says it is shown in another language').toBeDefined();
    const fallback = findAll(home, 'div').filter((e) => attr(e, 'lang') === 'en');
    expect(fallback.length).toBeGreaterThan(0);
    const switcher = findAll(home, 'nav').filter((e) => attr(e, 'class') === 'languages')[0]!;
    expect(textOf(switcher)).toContain('বাংলা');
    const french = findAll(await html('/fr/'), 'nav').filter((e) => attr(e, 'class') === 'languages')[0]!;
    expect(textOf(french), 'a page cached before the change links to the new language').toContain('বাংলা');

    const negotiated = await get('/', { 'accept-language': 'bn-BD,bn;q=0.9,en;q=0.5' });
    expect(negotiated.headers.location).toBe('/bn/');
    expect((await get('/sitemap.xml')).body).toContain(`${TEST_PUBLIC_URL}/sitemaps/bn.xml`);
    const listed = (await get('/api/v1/locales')).json<{ items: { code: string; direction: string; prefix: string }[] }>();
    expect(listed.items).toContainEqual(expect.objectContaining({ code: 'bn', direction: 'ltr', prefix: 'bn' }));
  });

  it('publishes a Bengali translation: its own lang, no notice, hreflang with x-default, found by search', async () => {
    const address = (await site.content.reader.listPublishedAddresses(['page'])).find((p) => p.locale === 'fr' && p.path === '')!;
    const homeFr = { id: address.documentId };
    const source = (await site.content.service.findTranslation(homeFr.id, 'fr'))!;
    await site.content.service.saveTranslation({
      documentId: homeFr.id,
      locale: 'bn',
      expectedVersion: 0,
      translation: { slug: '', title: 'অভিবাসনের জন্য বিশ্ব সংস্থা', summary: 'নিরাপদ অভিবাসন', body: source.body, fields: source.fields },
      actor: SYSTEM_ACTOR,
    });
    // The home's picture needs a description in every language it is published in.
    const imageId = String((await site.content.service.getDocument(homeFr.id)).fields.image);
    const [image] = await site.media.findImages([imageId]);
    await site.media.updateImageDetails({ id: imageId, actor: SYSTEM_ACTOR, alt: { ...image!.alt, bn: 'একসঙ্গে দাঁড়িয়ে থাকা মানুষের অবয়ব' } });
    await site.content.service.publishTranslation({ documentId: homeFr.id, locale: 'bn', actor: SYSTEM_ACTOR });
    const home = await html('/bn/');
    expect(findAll(home, 'p').filter((e) => attr(e, 'class') === 'notice')).toHaveLength(0);
    const alternates = findAll(home, 'link').filter((e) => attr(e, 'rel') === 'alternate' && attr(e, 'hreflang') !== undefined);
    expect(alternates.map((l) => attr(l, 'hreflang'))).toEqual(expect.arrayContaining(['fr', 'bn', 'x-default']));
    expect(attr(alternates.find((l) => attr(l, 'hreflang') === 'x-default')!, 'href')).toBe(`${TEST_PUBLIC_URL}/fr/`);
    const found = (await get(`/bn/search.json?q=${encodeURIComponent('অভিবাসনের')}`)).json<{ total: number; hits: { url: string }[] }>();
    expect(found.hits.map((h) => h.url)).toContain(`${TEST_PUBLIC_URL}/bn/`);
  });

  it('serves a right-to-left language added at run time, its direction from its script', async () => {
    await site.locales.service.add({ tag: 'ur', fallbacks: ['en'] }, SYSTEM);
    const home = await html('/ur/');
    expect(attr(root(home), 'lang')).toBe('ur');
    expect(attr(root(home), 'dir')).toBe('rtl');
  });

  it('serves a locale under the prefix it was given', async () => {
    expect(await runLocale(site.database, ['add', 'pt-br', '--prefix', 'pt', '--fallback', 'es,en'], io)).toBe(0);
    await site.locales.refreshIfChanged();
    const home = await html('/pt/');
    expect(attr(root(home), 'lang')).toBe('pt-BR');
    expect((await get('/pt-br/')).statusCode).toBe(404);
    expect((await get('/', { 'accept-language': 'pt-PT,pt;q=0.9' })).headers.location).toBe('/pt/');
    // The demo's Chinese is served at the prefix it was given too.
    expect(attr(root(await html('/zh/')), 'lang')).toBe('zh-Hans');
    expect((await get('/', { 'accept-language': 'zh-CN,zh;q=0.9' })).headers.location).toBe('/zh/');
  });

  it('disables Spanish: its pages redirect to the same page in its fallback, and no text is lost', async () => {
    const page = (await site.content.reader.listPublishedAddresses(['page'])).find((p) => p.locale === 'es' && p.path !== '')!;
    const english = await site.content.reader.pathInLocale('es', page.path, 'en');
    expect(await runLocale(site.database, ['disable', 'es'], io)).toBe(0);
    await site.locales.refreshIfChanged();
    const home = await get('/es/');
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe('/en/');
    const inner = await get(`/es/${page.path}`);
    expect(inner.statusCode).toBe(302);
    expect(inner.headers.location).toBe(`/en/${english}`);
    expect((await get('/sitemap.xml')).body).not.toContain('/sitemaps/es.xml');
    expect((await get('/api/v1/pages/es?path=')).statusCode).toBe(404);
    expect(await site.content.service.findTranslation(page.documentId, 'es')).toBeDefined();

    expect(await runLocale(site.database, ['enable', 'es'], io)).toBe(0);
    await site.locales.refreshIfChanged();
    expect((await get(`/es/${page.path}`)).statusCode).toBe(200);
  });

  it('lists the locales and refuses bad commands with the reason', async () => {
    out.length = 0;
    expect(await runLocale(site.database, ['list'], io)).toBe(0);
    expect(out.join('')).toMatch(/^bn\s+বাংলা\s+Bangla\s+ltr\s+\/bn\/\s+en,fr\s+enabled$/m);
    out.length = 0;
    expect(await runLocale(site.database, ['add', 'klingon!'], io)).toBe(1);
    expect(out.join('')).toContain('is not a language tag');
    expect(await runLocale(site.database, ['disable', 'fr'], io)).toBe(1);
    expect(await runLocale(site.database, ['frobnicate'], io)).toBe(2);
  });
});


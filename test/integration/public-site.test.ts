import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPageWithoutArabic, savePublished } from '../helpers/content-fixtures.ts';
import { attr, findAll, findFirst, textOf } from '../helpers/html.ts';

describeEachDatabase('public site', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    site.app.inject({ method: 'GET', url, headers });
  const html = async (url: string) => parse((await get(url)).body);
  /** Made once for the file's shared site: a page in the main menu with no Arabic translation. */
  let untranslated: Promise<{ id: string; arPath: string }> | undefined;
  const untranslatedInArabic = () =>
    (untranslated ??= publishedPageWithoutArabic(site, 'governance-documents', 'Governance documents').then(async (page) => {
      await site.content.service.addMenuItem({ menu: 'main', documentId: page.id, parentId: null, position: 99, actor: SYSTEM_ACTOR });
      site.pageCache.clear();
      return page;
    }));

  it('sends / to the visitor’s language, and to French when nothing matches', async () => {
    const ar = await get('/', { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' });
    expect(ar.statusCode).toBe(303);
    expect(ar.headers.location).toBe('/ar/');
    expect(ar.headers.vary).toContain('Accept-Language');
    expect((await get('/', { 'accept-language': 'de, ja;q=0.5' })).headers.location).toBe('/fr/');
    expect((await get('/')).headers.location).toBe('/fr/');
  });

  it('serves every locale’s home page with lang and dir on <html>', async () => {
    for (const [locale, dir] of [['fr', 'ltr'], ['en', 'ltr'], ['es', 'ltr'], ['ar', 'rtl']] as const) {
      const response = await get(`/${locale}/`);
      expect(response.statusCode).toBe(200);
      const root = findFirst(parse(response.body), 'html');
      expect(attr(root, 'lang')).toBe(locale);
      expect(attr(root, 'dir')).toBe(dir);
    }
  });

  it('shows every section of the seed’s navigation in the French menu', async () => {
    const nav = findAll(await html('/fr/'), 'nav').find((n) => attr(n, 'aria-label') === 'Menu principal');
    const labels = findAll(nav!, 'summary').concat(findAll(nav!, 'a')).map(textOf);
    for (const label of [
      'Qui sommes-nous',
      'Structure organisationnelle',
      'Directrice générale',
      'Directrice générale adjointe chargée de la gestion et des réformes',
      'Directrice générale adjointe chargée des opérations',
      'Bureau du Chef de Cabinet',
      'Bureau des partenariats, de la sensibilisation et de la communication',
      'Bureau de la stratégie et de la performance institutionnelle',
      'Notre travail',
      'Ce que nous faisons',
      'Partenariats',
      'Où travaillons-nous',
      'Agir',
      'Travailler avec nous',
      'Engagez-vous',
      'Données et recherche',
    ]) {
      expect(labels, label).toContain(label);
    }
  });

  it('formats the key figures for each locale and names their source and date', async () => {
    const values = async (url: string) => findAll(await html(url), 'p').filter((p) => attr(p, 'class') === 'fact__value').map(textOf);
    const campaignFr = '/fr/journee-internationale-des-migrants-2019';
    expect(await values(campaignFr)).toContain('272 millions');
    const en = await get('/en/');
    const campaignEn = findAll(parse(en.body), 'a').map((a) => attr(a, 'href')).find((h) => h?.startsWith('/en/international-migrants-day'));
    expect(await values(campaignEn!)).toContain('272 million');
    const source = findAll(await html(campaignFr), 'p').find((p) => attr(p, 'class') === 'fact__source');
    expect(textOf(source!)).toMatch(/Source : .+, données au \d+ \S+ 2019/);
  });

  it('shows the campaign hashtag stored for each locale', async () => {
    expect((await get('/fr/journee-internationale-des-migrants-2019')).body).toContain('#NousEnsemble');
    const en = parse((await get('/en/')).body);
    const href = findAll(en, 'a').map((a) => attr(a, 'href')).find((h) => h?.startsWith('/en/international-migrants-day'));
    expect((await get(href!)).body).toContain('#WeTogether');
  });

  it('marks a fallback translation with its language and a visible notice', async () => {
    const ar = await html(`/ar/${(await untranslatedInArabic()).arPath}`);
    const notice = findAll(ar, 'p').find((p) => attr(p, 'class') === 'notice');
    expect(textOf(notice!)).toContain('لم تُترجم');
    const block = findAll(ar, 'div').find((d) => attr(d, 'lang') === 'en');
    expect(block).toBeDefined();
    expect(attr(block!, 'dir')).toBe('ltr');
    expect(findAll(block!, 'h1').map(textOf)).toEqual(['Governance documents']);
  });

  it('hides untranslated pages and their menu entries when the policy is hide', async () => {
    const { arPath } = await untranslatedInArabic();
    await site.settings.setFallbackPolicy({ policy: 'hide', actor: SYSTEM });
    site.pageCache.clear();
    try {
      expect((await get(`/ar/${arPath}`)).statusCode).toBe(404);
      const menuLinks = findAll(await html('/ar/'), 'a').map((a) => attr(a, 'href'));
      expect(menuLinks).not.toContain(`/ar/${arPath}`);
      expect((await get('/ar/man-nahnu')).statusCode).toBe(200);
    } finally {
      await site.settings.setFallbackPolicy({ policy: 'show', actor: SYSTEM });
      site.pageCache.clear();
    }
  });

  it('links each page to its translations: switcher, hreflang alternates and canonical', async () => {
    const doc = await html('/fr/qui-sommes-nous');
    const links = findAll(doc, 'link');
    const alternates = links.filter((l) => attr(l, 'rel') === 'alternate').map((l) => [attr(l, 'hreflang'), attr(l, 'href')]);
    expect(alternates).toContainEqual(['en', `${TEST_PUBLIC_URL}/en/who-we-are`]);
    expect(alternates).toContainEqual(['fr', `${TEST_PUBLIC_URL}/fr/qui-sommes-nous`]);
    expect(links.find((l) => attr(l, 'rel') === 'canonical')?.attrs.find((a) => a.name === 'href')?.value).toBe(
      `${TEST_PUBLIC_URL}/fr/qui-sommes-nous`,
    );
    const switcher = findAll(doc, 'nav').find((n) => attr(n, 'class') === 'languages');
    const targets = findAll(switcher!, 'a').map((a) => attr(a, 'href'));
    expect(targets).toContain('/en/who-we-are');
    for (const target of targets) expect((await get(target!)).statusCode).toBe(200);
  });

  it('answers a matching If-None-Match with 304 and a strong ETag', async () => {
    const first = await get('/fr/', { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await get('/fr/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
  });

  it('serves gzip, brotli or plain bytes of the same page as the client accepts', async () => {
    const plain = await get('/fr/', { 'accept-encoding': 'identity' });
    const gzip = await get('/fr/', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gzip.headers.vary).toContain('Accept-Encoding');
  });

  it('shows a change the moment it is published, never a stale cached page', async () => {
    const home = await site.content.reader.findByPath('fr', 'qui-sommes-nous', { fallback: 'show' });
    expect((await get('/fr/qui-sommes-nous')).body).toContain(home!.translation.title);
    const t = home!.translation;
    await savePublished(site, {
      documentId: t.documentId,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: t.slug, title: 'Qui nous sommes, mis à jour', summary: t.summary, body: t.body, fields: t.fields },
      actor: SYSTEM_ACTOR,
    });
    const h1 = findAll(await html('/fr/qui-sommes-nous'), 'h1').map(textOf);
    expect(h1).toEqual(['Qui nous sommes, mis à jour']);
  });

  it('escapes stored text: a hostile title is shown as text, never as markup', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const home = await site.content.reader.findByPath('fr', 'agir', { fallback: 'show' });
    const t = home!.translation;
    await savePublished(site, {
      documentId: t.documentId,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: t.slug, title: payload, summary: payload, body: t.body, fields: t.fields },
      actor: SYSTEM_ACTOR,
    });
    const doc = await html('/fr/agir');
    expect(findAll(doc, 'h1').map(textOf)).toEqual([payload]);
    // Structured data is the only script: JSON whose "<" is escaped, so the title stays inside it.
    const scripts = findAll(doc, 'script');
    expect(scripts.filter((s) => attr(s, 'type') !== 'application/ld+json')).toHaveLength(0);
    for (const s of scripts) {
      expect(textOf(s)).not.toContain('<');
      expect(JSON.stringify(JSON.parse(textOf(s)))).toContain(JSON.stringify(payload).slice(1, -1));
    }
    expect(findAll(doc, 'img').filter((i) => attr(i, 'onerror') !== undefined)).toHaveLength(0);
  });

  it('answers bad addresses with a localised page, never a crash or a stack trace', async () => {
    const cases: [string, number[]][] = [
      ['/fr/%', [400]],
      ['/fr/%E0%A4%A', [400]],
      ['/fr/a%00b', [400]],
      ['/fr/%0d%0aSet-Cookie:x=1', [400]],
      ['/xx/', [404]],
      ['/fr/page-qui-n-existe-pas', [404]],
      [`/fr/${'a'.repeat(8000)}`, [404]],
      ['/fr/../../etc/passwd', [404]],
      ['/fr/%2e%2e/%2e%2e/etc/passwd', [404]],
      ['/fr/<script>', [404]],
      ['/fr/Qui-Sommes-Nous', [404]],
    ];
    for (const [url, statuses] of cases) {
      const response = await get(url);
      expect(statuses, url).toContain(response.statusCode);
      expect(response.headers['content-type'], url).toContain('text/html');
      expect(response.body, url).toMatch(/<html lang="(fr|en|es|ar)"/);
      expect(response.body, url).not.toMatch(/\bat .+\.tsx?:\d+|Error:/);
      expect(response.headers['set-cookie'], url).toBeUndefined();
    }
    expect((await get('/fr/page-qui-n-existe-pas')).body).toContain('Page introuvable');
    expect((await get('/ar/not-here')).body).toContain('الصفحة غير موجودة');
    expect((await get('/')).statusCode).toBe(303);
  });

  it('redirects a locale without its slash and a path with a trailing slash', async () => {
    expect((await get('/en')).headers.location).toBe('/en/');
    expect((await get('/fr/agir/')).headers.location).toBe('/fr/agir');
  });

  it('sends a strict Content-Security-Policy without inline script on every page', async () => {
    const csp = String((await get('/fr/')).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(String((await get('/fr/nope')).headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('serves the stylesheet under a content-hashed name with a long cache lifetime', async () => {
    const href = findAll(await html('/fr/'), 'link').find((l) => attr(l, 'rel') === 'stylesheet');
    const css = await get(attr(href!, 'href')!);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('names the demo as demonstration content in the footer', async () => {
    const footer = findFirst(await html('/en/'), 'footer');
    expect(textOf(footer)).toMatch(/demonstration/i);
  });
});

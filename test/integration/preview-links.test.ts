import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../src/platform/clock.ts';
import { createWorkflowModule } from '../../src/modules/workflow/index.ts';
import { createTestHome, createTestPage } from '../../src/modules/workflow/testing.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, findFirst, textOf } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('signed preview links', (dialect) => {
  let site: TestSite;
  let translator: AdminClient;
  let homeId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    homeId = await createTestHome(site.content.service);
  });
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

  /** Asks the back office for a link, as anyone who may read content can. */
  async function linkFor(documentId: string, locale = 'fr'): Promise<string> {
    const response = await translator.post(`/admin/documents/${documentId}/${locale}/preview-link`, {});
    expect(response.statusCode).toBe(201);
    const href = findAll(parse(response.body), 'a').map((a) => attr(a, 'href') ?? '').find((h) => h.includes('/preview/'));
    expect(href?.startsWith(`${TEST_PUBLIC_URL}/preview/`)).toBe(true);
    return href!.slice(TEST_PUBLIC_URL.length);
  }

  it('shows a draft to anyone holding its link, with a banner, while its public address stays a 404', async () => {
    const draft = await createTestPage(site.content.service, homeId, { slug: 'brouillon-secret', title: 'Annonce en préparation', body: 'Texte confidentiel.' });
    const link = await linkFor(draft.documentId);
    expect((await get('/fr/brouillon-secret')).statusCode).toBe(404);

    const preview = await get(link);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['cache-control']).toBe('no-store');
    expect(preview.headers['x-robots-tag']).toBe('noindex');
    expect(preview.headers.etag).toBeUndefined();
    const root = parse(preview.body);
    expect(textOf(findFirst(root, 'main'))).toContain('Texte confidentiel.');
    expect(textOf(findFirst(root, 'h1'))).toBe('Annonce en préparation');
    const banner = findAll(root, 'p').find((p) => (attr(p, 'class') ?? '').includes('notice--preview'));
    expect(textOf(banner!)).toContain('Prévisualisation');
    expect(textOf(banner!)).toContain('brouillon');

    // What the preview rendered never reaches anyone else through the page cache.
    const again = await get('/fr/brouillon-secret');
    expect(again.statusCode).toBe(404);
    expect(again.body).not.toContain('Texte confidentiel.');
  });

  it('shows the current text of a published page without touching the cached public page', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'publiee', title: 'Page publiée', body: 'Version en ligne.', publish: true });
    const before = await get('/fr/publiee');
    expect(before.statusCode).toBe(200);
    const preview = await get(await linkFor(page.documentId));
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('notice--preview');
    const after = await get('/fr/publiee');
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.body).not.toContain('notice--preview');
  });

  it('answers a tampered or malformed token with the ordinary 404 page, never a preview', async () => {
    const draft = await createTestPage(site.content.service, homeId, { body: 'Ne pas divulguer.' });
    const link = await linkFor(draft.documentId);
    const [id, locale, expires, signature] = link.slice('/preview/'.length).split('.') as [string, string, string, string];
    const flip = (s: string) => s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.slice(-1);
    for (const forged of [
      `/preview/${id}.${locale}.${Number(expires) + 86_400}.${signature}`,
      `/preview/${id}.${locale}.${expires}.${flip(signature)}`,
      `/preview/${id}.en.${expires}.${signature}`,
      '/preview/nonsense',
      `/preview/${'a'.repeat(3000)}`,
    ]) {
      const response = await get(forged, { 'accept-language': 'en' });
      expect(response.statusCode, forged.slice(0, 80)).toBe(404);
      expect(response.body).not.toContain('Ne pas divulguer.');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers an expired link with a 410 page in the translation’s language', async () => {
    const draft = await createTestPage(site.content.service, homeId, { locale: 'en', slug: 'old-news', body: 'Expired text.' });
    // Signed with the site's own secret by an instance whose clock says it is two days earlier.
    const past = createWorkflowModule({
      db: site.database.db,
      clock: manualClock(new Date(Date.now() - 2 * 86_400_000).toISOString()),
      content: site.content.service,
      audit: site.audit,
      settings: site.settings,
    });
    const { token } = await past.previews.createLink({ documentId: draft.documentId, locale: 'en', actorId: 'u', hours: 24 });
    const response = await get(`/preview/${token}`);
    expect(response.statusCode).toBe(410);
    expect(response.headers['cache-control']).toBe('no-store');
    const root = parse(response.body);
    expect(attr(findFirst(root, 'html'), 'lang')).toBe('en');
    expect(textOf(findFirst(root, 'h1'))).toBe('Preview link expired');
    expect(response.body).not.toContain('Expired text.');
  });

  it('refuses a lifetime out of range and an unknown translation in the back office', async () => {
    const draft = await createTestPage(site.content.service, homeId);
    const bad = await translator.post(`/admin/documents/${draft.documentId}/fr/preview-link`, { hours: '0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('de 1 à 720');
    expect((await translator.post(`/admin/documents/${draft.documentId}/ar/preview-link`, {})).statusCode).toBe(404);
    const { entries } = await site.audit.list({ action: 'preview-link.created', documentId: draft.documentId });
    expect(entries).toEqual([]);
  });
});

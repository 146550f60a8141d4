import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportSite } from '../../src/export/static-export.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The Director General's statement: a page, a news-feed entry, searchable, in French and English. */
const STATEMENT = 'journee-internationale-des-migrants-2019/message-du-directeur-general';
const show = { fallback: 'show' } as const;

/**
 * The defect this guards against: saving a published page used to put the change live at once,
 * for anyone who could save it. Now visitors, search, feeds and the export keep the published
 * text until someone allowed to publish publishes.
 */
describeEachDatabase('a published page changes publicly only when someone allowed to publishes', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let translator: AdminClient;
  let reviewer: AdminClient;
  let outDir: string;
  let id: string;
  let enPath: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    editor = await signInAs(site, 'editor');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    reviewer = await signInAs(site, 'reviewer');
    outDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-working-copy-'));
    const fr = (await site.content.reader.findByPath('fr', STATEMENT, show))!;
    id = fr.document.id;
    enPath = (await site.content.reader.findById(id, 'en', show))!.path!;
  }, 120_000);
  afterAll(async () => {
    await site?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const version = async (locale: 'fr' | 'en') => String((await site.content.service.findTranslation(id, locale))!.version);
  const get = async (url: string) => (await site.app.inject({ url })).body;
  const search = async (locale: string, q: string) => JSON.parse(await get(`/${locale}/search.json?q=${encodeURIComponent(q)}`)) as { total: number };
  const exported = async () => {
    await exportSite(site.app, { outDir, publicUrl: TEST_PUBLIC_URL, concurrency: 4 });
    return Promise.all([`fr/${STATEMENT}/index.html`, `en/${enPath}/index.html`, 'fr/feeds/news.rss'].map((f) => readFile(path.join(outDir, f), 'utf8')));
  };

  it('keeps the page, search, the feed and the export unchanged while an editor and a translator save, until a reviewer publishes', async () => {
    const before = { fr: await get(`/fr/${STATEMENT}`), en: await get(`/en/${enPath}`), feed: await get('/fr/feeds/news.rss'), files: await exported() };

    const frForm = await editor.post(`/admin/documents/${id}/fr`, {
      expectedVersion: await version('fr'),
      slug: 'message-du-directeur-general',
      title: 'Un message corrigé Quorvalen',
      summary: 'Résumé Quorvalen.',
      body: 'Texte corrigé avec Quorvalen.',
    });
    expect(frForm.statusCode).toBe(303);
    expect(frForm.headers.location).toContain('done=pending');
    const enCopy = (await site.content.service.findWorkingCopy(id, 'en'))!.text;
    const enForm = await translator.post(`/admin/documents/${id}/en`, {
      expectedVersion: await version('en'),
      slug: enCopy.slug,
      title: 'A corrected message Vextrilune',
      summary: enCopy.summary,
      body: 'Corrected text with Vextrilune.',
    });
    expect(enForm.statusCode).toBe(303);

    // Visitors, search, the feed and a fresh export all still see the published text.
    expect(await get(`/fr/${STATEMENT}`)).toBe(before.fr);
    expect(await get(`/en/${enPath}`)).toBe(before.en);
    expect(await get('/fr/feeds/news.rss')).toBe(before.feed);
    expect((await search('fr', 'Quorvalen')).total).toBe(0);
    expect((await search('en', 'Vextrilune')).total).toBe(0);
    expect(await exported()).toEqual(before.files);

    // Neither the editor nor the translator may publish; the working copies stay as they are.
    expect((await editor.post(`/admin/documents/${id}/fr/publish`, { expectedVersion: await version('fr') })).statusCode).toBe(403);
    expect((await translator.post(`/admin/documents/${id}/en/publish`, { expectedVersion: await version('en') })).statusCode).toBe(403);
    expect(await get(`/fr/${STATEMENT}`)).toBe(before.fr);

    // The reviewer publishes French: only French changes, everywhere at once.
    expect((await reviewer.post(`/admin/documents/${id}/fr/publish`, { expectedVersion: await version('fr') })).statusCode).toBe(303);
    expect(await get(`/fr/${STATEMENT}`)).toContain('Un message corrigé Quorvalen');
    expect(await get('/fr/feeds/news.rss')).toContain('Un message corrigé Quorvalen');
    expect((await search('fr', 'Quorvalen')).total).toBe(1);
    expect(await get(`/en/${enPath}`)).toBe(before.en);
    expect((await search('en', 'Vextrilune')).total).toBe(0);
    const [frFile, enFile] = await exported();
    expect(frFile).toContain('Un message corrigé Quorvalen');
    expect(enFile).toBe(before.files[1]);
  }, 240_000);
});

import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The rich text editor's pickers search through GET /admin/editor/search (JSON, content.read). */
describeEachDatabase('editor pickers search', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let pageId = '';
  let factId = '';
  let imageId = '';
  const search = async (kind: string, q: string, locale = 'fr') => {
    const response = await editor.get(`/admin/editor/search?${new URLSearchParams({ kind, q, locale }).toString()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    return (JSON.parse(response.body) as { results: Record<string, unknown>[] }).results;
  };

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    const content = site.content.service;
    const actor = SYSTEM_ACTOR;
    const page = await content.createDocumentWithTranslation({ type: 'page', fields: {}, locale: 'fr', translation: { slug: 'rapport', title: 'Rapport annuel zorglub' }, actor });
    await content.saveTranslation({ documentId: page.document.id, locale: 'en', expectedVersion: 0, translation: { slug: 'report', title: 'Annual zorglub report' }, actor });
    pageId = page.document.id;
    const fact = await content.createDocumentWithTranslation({
      type: 'fact',
      fields: { value: 272000000, unit: 'count', asOf: '2019-06-30', sourceUrl: 'https://example.org/source' },
      locale: 'fr',
      translation: { slug: 'migrants', title: 'Migrants zorglub dans le monde', fields: { source: 'ONU' } },
      actor,
    });
    factId = fact.document.id;
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#3d85c6' } }).png().toBuffer();
    imageId = (await site.media.createImage(png, { displayName: 'zorglub-camp.png', alt: { fr: 'Un camp sous la pluie.' } })).id;
  });
  afterAll(() => site.close());

  it('finds a page by its title in the editor’s language, and links to pages only (no key figures)', async () => {
    expect(await search('page', 'rapport annuel')).toEqual([expect.objectContaining({ id: pageId, title: 'Rapport annuel zorglub', locale: 'fr', type: 'page' })]);
    expect(await search('page', 'annual zorglub', 'en')).toEqual([expect.objectContaining({ id: pageId, title: 'Annual zorglub report', locale: 'en' })]);
    // Key figures are inserted with their own picker, not linked to.
    expect((await search('page', 'zorglub')).map((r) => r.id)).toEqual([pageId]);
  });

  it('shows a key figure’s value formatted in each of the site’s locales', async () => {
    const [fact] = await search('fact', 'migrants');
    expect(fact).toMatchObject({ id: factId, title: 'Migrants zorglub dans le monde' });
    const values = new Map((fact!.values as { locale: string; value: string }[]).map((v) => [v.locale, v.value]));
    expect(values.get('fr')).toBe('272 millions');
    expect(values.get('en')).toBe('272 million');
    expect(values.get('ar')).toBeTruthy();
  });

  it('finds an image by name or alt text, with a thumbnail and whether it is described in the editor’s language', async () => {
    const [fr] = await search('image', 'pluie');
    expect(fr).toMatchObject({ id: imageId, title: 'Un camp sous la pluie.', hasAlt: true });
    expect(String(fr!.thumbnail)).toMatch(/^\/media\/[^/]+\.jpe?g$/);
    const [en] = await search('image', 'zorglub-camp', 'en');
    expect(en).toMatchObject({ id: imageId, title: 'zorglub-camp.png', hasAlt: false });
  });

  it('answers hostile searches with a list, and nobody signed out', async () => {
    for (const q of [...readAttackList('sqli.txt').slice(0, 40), '%', '_', '\\']) {
      for (const kind of ['page', 'fact', 'image']) expect(Array.isArray(await search(kind, q))).toBe(true);
    }
    expect((await search('page', '%')).length).toBe(0);
    const anonymous = await site.app.inject({ method: 'GET', url: '/admin/editor/search?kind=page&q=rapport' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/admin\/sign-in/);
  });
});

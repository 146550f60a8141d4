import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { markupToRichText, SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { segmentHash } from '../../src/modules/xliff/index.ts';
import { signInAs } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { savePublished } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { mediaClient } from '../helpers/media-client.ts';
import { multipartBody } from '../helpers/multipart.ts';

const body = (...paragraphs: string[]) => markupToRichText(paragraphs, (key) => key);

describeEachDatabase('translation memory in the back office', (dialect) => {
  let site: TestSite;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
  });
  afterAll(() => site.close());

  async function page(slug: string, title: string, paragraphs: string[]) {
    const { document } = await site.content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug, title, body: body(...paragraphs) }, actor: SYSTEM_ACTOR });
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    return document.id;
  }

  it('fills the memory on publish, pre-fills a new translation’s repeated sentence and offers a close one', async () => {
    const first = await page('accueil-des-familles', 'Accueil des familles', ['Nous aidons les familles à trouver un logement. Chaque dossier compte.']);
    await savePublished(site, {
      documentId: first,
      locale: 'en',
      expectedVersion: 0,
      translation: { slug: 'welcoming-families', title: 'Welcoming families', body: body('We help families find a home. Every case matters.'), sourceLocale: 'fr' },
      actor: SYSTEM_ACTOR,
    });
    const hashes = [segmentHash('Nous aidons les familles à trouver un logement.'), segmentHash('Chaque dossier compte.'), segmentHash('Accueil des familles')];
    const found = await site.memory.exact('fr', 'en', hashes);
    expect(hashes.map((h) => found.get(h))).toEqual([['We help families find a home.'], ['Every case matters.'], ['Welcoming families']]);

    const second = await page('logement', 'Le logement', ['Chaque dossier compte. Nous aidons des familles à trouver un logement.']);
    const translator = await signInAs(site, 'translator', { locales: ['en'], uiLocale: 'en' });
    const form = await translator.get(`/admin/documents/${second}/en`);
    expect(form.statusCode).toBe(200);
    // The exact sentence is in the form in English; the other stays in French, offered at 9x %.
    expect(form.body).toContain('Every case matters. Nous aidons des familles à trouver un logement.');
    expect(form.body).toMatch(/1 segment out of 3 comes from the memory \(100 % exact match\), in: Text/);
    expect(form.body).toMatch(/9\d % match/);
    expect(form.body).toContain('We help families find a home.');
    expect(form.body).toMatch(/<del>les<span class="visually-hidden"> \(not in your source\)<\/span><\/del>/);
    expect(form.body).toMatch(/<ins>des<span class="visually-hidden"> \(only in your source\)<\/span><\/ins>/);
  });

  it('marks glossary terms in the source and warns, without refusing, when a save leaves one out', async () => {
    await site.memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'en', term: '#NousEnsemble', doNotTranslate: true, actor: SYSTEM });
    await site.memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'en', term: 'Agence mondiale des migrations', translation: 'World Migration Agency', actor: SYSTEM });
    const doc = await page('campagne', 'La campagne #NousEnsemble', ['L’Agence mondiale des migrations lance la campagne.']);
    const editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    const form = await editor.get(`/admin/documents/${doc}/en`);
    expect(form.body).toContain('<mark class="glossary-term" title="(glossary: leave as is)">#NousEnsemble<span class="visually-hidden" lang="en"> (glossary: leave as is)</span></mark>');

    const saved = await editor.post(`/admin/documents/${doc}/en`, { expectedVersion: '0', slug: 'campaign', title: 'The #TogetherWe campaign', summary: '', body: 'The World Migration Agency launches the campaign.' });
    expect(saved.statusCode).toBe(303);
    const next = await editor.get(saved.headers.location as string);
    expect(next.body).toContain('Saved. Note: some glossary terms found in the source are missing from the translation.');
    expect(next.body).toContain('“#NousEnsemble”: must be kept as is');
    expect(next.body).not.toContain('expected “World Migration Agency”');
    expect((await site.content.service.findTranslation(doc, 'en'))?.title).toBe('The #TogetherWe campaign');
  });

  it('exports the memory as TMX and takes a file back, refusing a hostile one with its line', async () => {
    const editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    const page = await editor.get('/admin/memory');
    expect(page.body).toContain('/admin/memory/export?pair=fr%3Aen');
    const tmx = await editor.get('/admin/memory/export?pair=fr:en');
    expect(tmx.headers['content-type']).toContain('application/x-tmx+xml');
    expect(tmx.body).toContain('<seg>Every case matters.</seg>');
    const translator = await signInAs(site, 'translator', { locales: ['en'], uiLocale: 'en' });
    expect((await translator.get('/admin/memory/export')).statusCode).toBe(403);

    const uploader = await mediaClient(site, 'editor');
    const upload = (file: string) => {
      const body = multipartBody([{ name: '_csrf', value: uploader.csrf }, { name: 'file', filename: 'agency.tmx', type: 'application/xml', body: Buffer.from(file) }]);
      return site.app.inject({ method: 'POST', url: '/admin/memory/import', headers: { cookie: uploader.cookie, 'content-type': body.contentType }, payload: body.payload });
    };
    const before = await site.memory.count();
    const hostile = await upload('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><body/></tmx>');
    expect(hostile.statusCode).toBe(422);
    expect(hostile.body).toMatch(/Ligne 2 : a DOCTYPE is not accepted/);
    expect(await site.memory.count()).toBe(before);
    const agency = await upload('<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Un repas partagé.</seg></tuv><tuv xml:lang="en-GB"><seg>A shared meal.</seg></tuv></tu></body></tmx>');
    expect(agency.statusCode).toBe(200);
    expect(agency.body).toContain('1 paire importée.');
    expect((await site.memory.exact('fr', 'en', [segmentHash('Un repas partagé.')])).size).toBe(1);
  });
});

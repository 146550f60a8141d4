import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { startFakeDeepL, type FakeProvider } from '../helpers/mt-provider-servers.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * The back office's machine translation, end to end through the HTTP layer, against a local server
 * that follows DeepL's documented API: an administrator configures it (the key never shown back),
 * tests the connection, a translator asks for a translation in their locale, gets a pending
 * version marked for review, and cannot have a person's words replaced.
 */
describeEachDatabase('back office: machine translation against a local server that follows DeepL\'s documented API', (dialect) => {
  let site: TestSite;
  let deepl: FakeProvider;
  let admin: AdminClient;
  let translator: AdminClient;
  let documentId: string;

  beforeAll(async () => {
    [site, deepl] = await Promise.all([buildTestSite(dialect, { demo: false }), startFakeDeepL()]);
    admin = await signInAs(site, 'administrator');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'page',
      parentId: null,
      locale: 'fr',
      translation: { slug: 'bilan', title: 'Le bilan de l’année', summary: 'Ce que nous avons appris.' },
      actor: SYSTEM,
    });
    documentId = document.id;
  });
  afterAll(async () => {
    await Promise.all([site.close(), deepl.close()]);
  });

  it('lets an administrator save the settings, never shows the key back, and tests the connection', async () => {
    const saved = await admin.post('/admin/machine-translation', { enabled: 'yes', provider: 'deepl', baseUrl: deepl.url, apiKey: 'the-real-key-1234', pairs: 'fr > en\nfr>ar' });
    expect(saved.statusCode).toBe(303);
    const page = await admin.get('/admin/machine-translation?done=saved');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('the-real-key');
    expect(page.body).toContain('…1234');
    expect(page.body).toContain('fr > ar</textarea>');
    const tested = await admin.post('/admin/machine-translation/test', {});
    expect(tested.statusCode).toBe(200);
    expect(tested.body).toContain('ENSEMBLE');
    const bad = await admin.post('/admin/machine-translation', { enabled: 'yes', provider: 'deepl', baseUrl: 'javascript:alert(1)', pairs: 'fr to en to ar' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('field--error');
    expect((await translator.get('/admin/machine-translation')).statusCode).toBe(403);
  });

  it('offers the button for an allowed pair, saves a pending version marked for review, and shows the mark', async () => {
    const form = await translator.get(`/admin/documents/${documentId}/en`);
    expect(form.body).toContain(`action="/admin/documents/${documentId}/en/machine-translate"`);
    const done = await translator.post(`/admin/documents/${documentId}/en/machine-translate`, {});
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/admin/documents/${documentId}/en?done=machine`);
    const after = await translator.get(String(done.headers.location));
    expect(after.body).toContain('data-machine-translated');
    expect(after.body).toContain('LE BILAN DE L’ANNÉE');
    expect((await site.content.service.findTranslation(documentId, 'en'))?.status).toBe('draft');
    const dashboard = await translator.get('/admin/translations');
    expect(dashboard.body).toContain('id="machine-review"');
    expect(dashboard.body).toContain(`/admin/documents/${documentId}/en`);
  });

  it('refuses, with a clear page, to replace what a person saved, and a translator outside their locale', async () => {
    const current = await site.content.service.findTranslation(documentId, 'en');
    await translator.post(`/admin/documents/${documentId}/en`, { expectedVersion: String(current!.version), slug: 'bilan', title: 'The year in review', summary: '', body: '' });
    expect((await site.content.service.findTranslation(documentId, 'en'))?.title).toBe('The year in review');
    const form = await translator.get(`/admin/documents/${documentId}/en`);
    expect(form.body).not.toContain('/machine-translate"');
    expect(form.body).not.toContain('data-machine-translated');
    const refused = await translator.post(`/admin/documents/${documentId}/en/machine-translate`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('enregistré par une personne');
    expect((await site.content.service.findTranslation(documentId, 'en'))?.title).toBe('The year in review');
    expect((await translator.post(`/admin/documents/${documentId}/ar/machine-translate`, {})).statusCode).toBe(403);
  });
});

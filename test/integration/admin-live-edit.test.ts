import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestHome, createTestPage } from '../../src/modules/workflow/testing.ts';
import { encodeForm, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { findFirst, textOf } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * The edit form's autosave (JSON, the same save as the form's button) and live preview (the
 * public renderer on unsaved text, for this request only).
 */
describeEachDatabase('back office: autosave and live preview', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let reviewer: AdminClient;
  let translator: AdminClient;
  let homeId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    reviewer = await signInAs(site, 'reviewer', { uiLocale: 'en' });
    translator = await signInAs(site, 'translator', { locales: ['en'], uiLocale: 'en' });
    homeId = await createTestHome(site.content.service);
  });
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const form = (slug: string, version: number, title: string, body: string) => ({ expectedVersion: String(version), slug, title, summary: '', body });

  it('saves a published page’s working copy, answers the new version, and changes nothing visitors see', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'autosave-live', title: 'Titre en ligne', body: 'Texte en ligne.', publish: true });
    const before = await get('/fr/autosave-live');
    expect(before.statusCode).toBe(200);

    const response = await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('autosave-live', page.version, 'Titre en cours', 'Texte en cours.'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const answer = response.json<{ version: number; pending: boolean; status: string }>();
    expect(answer).toMatchObject({ version: page.version + 1, pending: true, status: 'published' });

    const copy = await site.content.service.findWorkingCopy(page.documentId, 'fr');
    expect(copy?.text).toMatchObject({ title: 'Titre en cours', version: page.version + 1 });
    expect(copy?.translation.title).toBe('Titre en ligne');
    const after = await get('/fr/autosave-live');
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Titre en ligne');
    expect(after.body).not.toContain('Titre en cours');
    expect(after.headers.etag).toBe(before.headers.etag);
    // A save like the form's: one revision and one audit entry, no publish.
    const { entries } = await site.audit.list({ documentId: page.documentId });
    expect(entries.map((e) => e.action)).toContain('translation.saved');
    expect(entries.filter((e) => e.action === 'translation.published')).toHaveLength(1);
  });

  it('answers a stale version with 409 and the stored version, storing nothing of the stale text', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'autosave-conflict', title: 'Départ' });
    const first = await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('autosave-conflict', page.version, 'Par Alice', 'Alice.'));
    expect(first.statusCode).toBe(200);
    const stale = await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('autosave-conflict', page.version, 'Par Bruno', 'Bruno.'));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict', version: page.version + 1 });
    expect(stale.json<{ message: string }>().message).toContain('someone else saved');
    expect((await site.content.service.findTranslation(page.documentId, 'fr'))?.title).toBe('Par Alice');
    // Saving again on the version it was told of goes through (the script's "reload, keeping my text").
    const again = await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('autosave-conflict', page.version + 1, 'Par Bruno', 'Bruno.'));
    expect(again.statusCode).toBe(200);
    expect((await site.content.service.findTranslation(page.documentId, 'fr'))?.title).toBe('Par Bruno');
  });

  it('returns validation problems by input, in the editor’s language, and saves nothing', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'autosave-invalid', title: 'Valide' });
    const response = await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('Pas Un Slug', page.version, '   ', 'Texte.'));
    expect(response.statusCode).toBe(400);
    const answer = response.json<{ error: string; message: string; problems: { input: string; message: string }[] }>();
    expect(answer.error).toBe('invalid');
    expect(answer.message).toContain('2 fields need correcting');
    expect(answer.problems.map((p) => p.input).sort()).toEqual(['slug', 'title']);
    expect(answer.problems.find((p) => p.input === 'title')?.message).toBe('This field is required.');
    expect(await site.content.service.findTranslation(page.documentId, 'fr')).toMatchObject({ title: 'Valide', version: page.version });
  });

  it('requires the session’s form token, and refuses a role without the right to edit', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'autosave-refused', title: 'Intact' });
    const url = `/admin/documents/${page.documentId}/fr/autosave`;
    const forged = await site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: encodeForm(form('autosave-refused', page.version, 'Forgé', '')) });
    expect(forged.statusCode).toBe(403);
    expect((await reviewer.post(url, form('autosave-refused', page.version, 'Par le relecteur', ''))).statusCode).toBe(403);
    // A translator may edit English only: the operation refuses the French source, in JSON.
    const translatorAnswer = await translator.post(url, form('autosave-refused', page.version, 'Par la traductrice', ''));
    expect(translatorAnswer.statusCode).toBe(403);
    expect(translatorAnswer.json()).toMatchObject({ error: 'forbidden' });
    expect((await site.content.service.findTranslation(page.documentId, 'fr'))?.title).toBe('Intact');
    expect((await editor.post(`/admin/documents/unknown/fr/autosave`, form('x', 1, 'x', ''))).statusCode).toBe(404);
  });

  it('previews the form’s unsaved title and body through the public page, for this request only', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'apercu-direct', title: 'Titre publié', body: 'Paragraphe publié.', publish: true });
    const visitorBefore = await get('/fr/apercu-direct');
    const url = `/admin/documents/${page.documentId}/fr/preview`;
    const response = await editor.post(url, form('apercu-direct', page.version, 'Titre pas encore enregistré', 'Paragraphe **en cours** de frappe.'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const root = parse(response.body);
    expect(textOf(findFirst(root, 'h1'))).toBe('Titre pas encore enregistré');
    expect(textOf(findFirst(root, 'main'))).toContain('Paragraphe en cours de frappe.');
    expect(response.body).toContain('notice--preview');
    expect(response.body).toMatch(/<html[^>]*lang="fr"/);

    // Nothing was saved, and visitors still get the published page, from the same cache entry.
    expect(await site.content.service.findTranslation(page.documentId, 'fr')).toMatchObject({ title: 'Titre publié', version: page.version });
    const visitor = await get('/fr/apercu-direct');
    expect(visitor.body).toContain('Titre publié');
    expect(visitor.body).not.toContain('pas encore enregistré');
    expect(visitor.body).not.toContain('notice--preview');
    expect(visitor.headers.etag).toBe(visitorBefore.headers.etag);

    // Without JavaScript: the saved text (the working copy), also never cached.
    await editor.post(`/admin/documents/${page.documentId}/fr/autosave`, form('apercu-direct', page.version, 'Titre de la copie de travail', 'Copie.'));
    const saved = await editor.get(url);
    expect(saved.statusCode).toBe(200);
    expect(saved.headers['cache-control']).toBe('no-store');
    expect(textOf(findFirst(parse(saved.body), 'h1'))).toBe('Titre de la copie de travail');
    expect((await get('/fr/apercu-direct')).body).toContain('Titre publié');
  });

  it('shows a value the save would refuse as last saved, and says so', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'apercu-invalide', title: 'Titre gardé' });
    const response = await editor.post(`/admin/documents/${page.documentId}/fr/preview`, form('apercu-invalide', page.version, '', 'Nouveau texte.'));
    expect(response.statusCode).toBe(200);
    const root = parse(response.body);
    expect(textOf(findFirst(root, 'h1'))).toBe('Titre gardé');
    expect(textOf(findFirst(root, 'main'))).toContain('Nouveau texte.');
    expect(response.headers['x-preview-refused']).toBe('title');
    expect(response.body).toContain('One field is not valid yet');
  });

  it('lets whoever may read content preview, and nobody without a session or a form token', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'apercu-acces', title: 'Brouillon' });
    const url = `/admin/documents/${page.documentId}/fr/preview`;
    const asReviewer = await reviewer.post(url, form('apercu-acces', page.version, 'Vu par le relecteur', ''));
    expect(asReviewer.statusCode).toBe(200);
    expect(asReviewer.body).toContain('Vu par le relecteur');
    const anonymous = await get(url);
    expect(anonymous.statusCode).toBe(303);
    const forged = await site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: encodeForm(form('apercu-acces', 1, 'x', '')) });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).not.toContain('Brouillon');
    expect((await editor.get(`/admin/documents/${page.documentId}/en/preview`)).statusCode).toBe(404);
  });

  it('offers the autosave bar and the preview panel on the edit form, hidden until the script runs', async () => {
    const page = await createTestPage(site.content.service, homeId, { slug: 'formulaire', title: 'Formulaire' });
    const response = await editor.get(`/admin/documents/${page.documentId}/fr`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<div class="live-edit-bar" hidden[^>]*data-save-url="\/admin\/documents\/[^"]+\/fr\/autosave"/);
    expect(response.body).toContain('id="live-preview"');
    expect(response.body).toContain(`href="/admin/documents/${page.documentId}/fr/preview"`);
    expect(response.body).toMatch(/<script src="\/assets\/admin-autosave\.[0-9a-f]+\.js" defer><\/script><script src="\/assets\/admin-editor\./);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildConsentInput } from '../../src/modules/consent/testing.ts';
import { createTestHome } from '../../src/modules/workflow/testing.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('back office: consent of the people in stories', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let reviewer: AdminClient;
  let translator: AdminClient;
  let homeId: string;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    reviewer = await signInAs(site, 'reviewer');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    homeId = await createTestHome(site.content.service);
  });
  afterAll(() => site.close());

  /** A story under the home page with French and English drafts; its public paths. */
  async function story() {
    counter++;
    const doc = await site.content.service.createDocument({ type: 'story', parentId: homeId, fields: { originCountry: 'SY', residenceCountry: 'TR' }, actor: SYSTEM_ACTOR });
    for (const locale of ['fr', 'en'] as const) {
      await site.content.service.saveTranslation({
        documentId: doc.id,
        locale,
        expectedVersion: 0,
        translation: { slug: `recit-${counter}-${locale}`, title: `Récit ${counter} ${locale}`, sourceLocale: locale === 'fr' ? null : 'fr' },
        actor: SYSTEM_ACTOR,
      });
    }
    return { id: doc.id, fr: `/fr/recit-${counter}-fr`, en: `/en/recit-${counter}-en` };
  }
  const publish = (id: string, locale: 'fr' | 'en') => site.content.service.publishTranslation({ documentId: id, locale, actor: SYSTEM_ACTOR });
  const publicGet = (url: string) => site.app.inject({ method: 'GET', url });
  const today = () => new Date().toISOString().slice(0, 10);

  it('records a consent through the form, then lets the story be published', async () => {
    const s = await story();
    const page = await editor.get(`/admin/documents/${s.id}/consent`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('aucun consentement n’est enregistré');
    const response = await editor.post(`/admin/documents/${s.id}/consent`, {
      personLabel: 'Amina',
      formReference: 'CF-2026-042',
      identifiable: 'yes',
      channels: ['web', 'print'],
      collectedAt: '2026-01-15',
      expiresAt: '',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/documents/${s.id}/consent?done=recorded`);
    const after = await reviewer.get(response.headers.location!);
    expect(after.body).toContain('Consentement enregistré.');
    expect(after.body).toContain('Amina');
    expect(after.body).toContain('Les consentements couvrent le web');
    // A reviewer may read consent but not change it: no form, no withdraw button.
    expect(after.body).not.toContain('name="personLabel"');
    expect((await publish(s.id, 'fr')).status).toBe('published');
  });

  it('shows each problem beside its field and keeps what was typed', async () => {
    const s = await story();
    const response = await editor.post(`/admin/documents/${s.id}/consent`, { personLabel: 'amina@example.org', collectedAt: '2026-05-01', expiresAt: '2026-04-01' });
    expect(response.statusCode).toBe(400);
    expect(fieldOf(response.body, 'personLabel')).toMatchObject({ value: 'amina@example.org', error: 'Indiquez un prénom ou un pseudonyme, pas des coordonnées.' });
    expect(fieldOf(response.body, 'expiresAt').error).toBe('L’expiration doit suivre la date du recueil.');
    expect(response.body).toContain('Choisissez au moins un canal.');
    expect(await site.consent.listForDocument(s.id)).toEqual([]);
  });

  it('refuses publishing through the workflow without consent', async () => {
    const s = await story();
    const admin = await signInAs(site, 'administrator');
    const translation = await site.content.service.findTranslation(s.id, 'fr');
    const response = await admin.post(`/admin/documents/${s.id}/fr/publish`, { expectedVersion: String(translation!.version) });
    expect(response.statusCode).toBe(422);
    expect((await site.content.service.findTranslation(s.id, 'fr'))?.status).toBe('draft');
  });

  it('withdraws after a confirmation step and takes the story off the public site at once, cache included', async () => {
    const s = await story();
    const record = await site.consent.record(buildConsentInput(s.id, { personLabel: 'Yusuf', formReference: 'CF-SECRET-77', collectedAt: today() }), SYSTEM_ACTOR);
    await publish(s.id, 'fr');
    await publish(s.id, 'en');
    expect((await editor.get('/admin')).body).not.toContain('Récits retirés du site pour une question de consentement');
    const before = await publicGet(s.fr);
    expect(before.statusCode).toBe(200);
    // Served twice so the page cache holds it; consent never reaches public HTML.
    expect((await publicGet(s.fr)).statusCode).toBe(200);
    expect((await publicGet(s.en)).statusCode).toBe(200);
    for (const secret of ['Yusuf', 'CF-SECRET-77']) expect(before.body).not.toContain(secret);

    const ask = await editor.post(`/admin/documents/${s.id}/consent/${record.id}/withdraw`, {});
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Retirer le consentement de Yusuf ?');
    expect((await publicGet(s.fr)).statusCode).toBe(200);

    const done = await editor.post(`/admin/documents/${s.id}/consent/${record.id}/withdraw`, { confirm: 'yes' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/admin/documents/${s.id}/consent?done=withdrawn`);
    expect((await publicGet(s.fr)).statusCode).toBe(404);
    expect((await publicGet(s.en)).statusCode).toBe(404);

    const page = await editor.get(done.headers.location!);
    expect(page.body).toContain('Récits retirés du site pour une question de consentement');
    expect(page.body).toContain(`Récit ${counter} fr`);
    expect(page.body).toContain('une personne a retiré son consentement');
    // The dashboard every editor opens first says so too.
    const dashboard = await editor.get('/admin');
    expect(dashboard.body).toContain('Récits retirés du site pour une question de consentement');
    expect(dashboard.body).toContain(`Récit ${counter} fr`);
    expect((await site.audit.list({ action: 'consent.withdrawn', documentId: s.id })).entries).toHaveLength(1);
    const again = await editor.post(`/admin/documents/${s.id}/consent/${record.id}/withdraw`, { confirm: 'yes' });
    expect(again.statusCode).toBe(409);
  });

  it('has consent pages for stories only, and never for translators', async () => {
    const page = await site.content.service.createDocument({ type: 'page', parentId: homeId, actor: SYSTEM_ACTOR });
    expect((await editor.get(`/admin/documents/${page.id}/consent`)).statusCode).toBe(404);
    expect((await editor.get('/admin/documents/nope/consent')).statusCode).toBe(404);
    const s = await story();
    expect((await translator.get(`/admin/documents/${s.id}/consent`)).statusCode).toBe(403);
    expect((await editor.post(`/admin/documents/${s.id}/consent/unknown/withdraw`, { confirm: 'yes' })).statusCode).toBe(404);
    const overview = await editor.get(`/admin/documents/${s.id}`);
    expect(overview.body).toContain(`href="/admin/documents/${s.id}/consent"`);
  });
});

import { userActor } from '../../src/modules/accounts/index.ts';
import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { markupToRichText } from '../../src/modules/content/index.ts';
import { createWorkflowModule } from '../../src/modules/workflow/index.ts';
import { createTestHome, createTestPage } from '../../src/modules/workflow/testing.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { findAll, findFirst, textOf } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('back office: scheduling and revisions', (dialect) => {
  let site: TestSite;
  let reviewer: AdminClient;
  let editor: AdminClient;
  let translator: AdminClient;
  let homeId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    reviewer = await signInAs(site, 'reviewer');
    editor = await signInAs(site, 'editor');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    homeId = await createTestHome(site.content.service);
  });
  afterAll(() => site.close());

  const schedule = (documentId: string, form: Record<string, string>) =>
    reviewer.post(`/admin/documents/${documentId}/fr/schedule`, { intent: 'schedule', action: 'publish', timeZone: 'Europe/Zurich', ...form });
  const rowsOf = (html: string) => findAll(findFirst(parse(html), 'main'), 'tr').map(textOf);
  /** A <del>/<ins> as a screen reader says it, spaces at the edges of the marked words aside. */
  const marked = (node: Parameters<typeof textOf>[0]) => textOf(node).replace(/\s+\]$/, ']');

  it('schedules a publish at midnight Geneva time and lists it in local time with its zone and in the reader’s zone', async () => {
    const draft = await createTestPage(site.content.service, homeId, { title: 'Campagne de décembre' });
    const response = await schedule(draft.documentId, { date: '2030-12-18', time: '00:00' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/documents/${draft.documentId}/fr/schedule?done=scheduled`);
    const list = await translator.get('/admin/schedule');
    expect(list.statusCode).toBe(200);
    const row = rowsOf(list.body).find((r) => r.includes('Campagne de décembre'));
    expect(row).toContain('18 déc. 2030, 00:00 (Europe/Zurich, UTC+1)');
    // The reader chose no zone: the organisation's, named.
    expect(row).toContain('18 déc. 2030, 00:00 (Europe/Zurich)');
    expect(list.body).toContain('<time datetime="2030-12-17T23:00:00.000Z">18 déc. 2030, 00:00 (Europe/Zurich)</time>');
    expect((await site.audit.list({ action: 'schedule.created', documentId: draft.documentId })).total).toBe(1);
  });

  it('explains a time skipped by daylight saving time, a past moment and an unknown zone beside the field', async () => {
    const draft = await createTestPage(site.content.service, homeId);
    const gap = await schedule(draft.documentId, { date: '2030-03-31', time: '02:30' });
    expect(gap.statusCode).toBe(400);
    expect(fieldOf(gap.body, 'time').error).toContain('n’existe pas ce jour-là');
    expect(fieldOf(gap.body, 'date').value).toBe('2030-03-31');
    const past = await schedule(draft.documentId, { date: '2020-01-01', time: '10:00' });
    expect(fieldOf(past.body, 'date').error).toBe('Choisissez un moment dans le futur.');
    const zone = await schedule(draft.documentId, { date: '2030-01-01', time: '10:00', timeZone: 'Mars/Olympus' });
    expect(fieldOf(zone.body, 'timeZone').error).toBe('Choisissez un fuseau horaire de la liste.');
    expect(await site.workflow.schedule.listPending({ documentId: draft.documentId })).toEqual([]);
  });

  it('cancels a pending change from the list, and says so when it is no longer pending', async () => {
    const draft = await createTestPage(site.content.service, homeId);
    await schedule(draft.documentId, { date: '2031-01-01', time: '08:00' });
    const [change] = await site.workflow.schedule.listPending({ documentId: draft.documentId });
    const cancel = { intent: 'cancel', change: change!.id, back: 'list' };
    const done = await reviewer.post(`/admin/documents/${draft.documentId}/fr/schedule`, cancel);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/admin/schedule?done=cancelled');
    const again = await reviewer.post(`/admin/documents/${draft.documentId}/fr/schedule`, cancel);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('n’est plus en attente');
  });

  it('publishes on the public site at once when the runner carries a change out', async () => {
    const draft = await createTestPage(site.content.service, homeId, { slug: 'lancement', title: 'Lancement' });
    const live = await createTestPage(site.content.service, homeId, { slug: 'fin-de-campagne', title: 'Fin', publish: true });
    await schedule(draft.documentId, { date: '2030-06-01', time: '09:00' });
    await schedule(live.documentId, { date: '2030-06-01', time: '09:00', action: 'unpublish' });
    expect((await site.app.inject({ url: '/fr/lancement' })).statusCode).toBe(404);
    expect((await site.app.inject({ url: '/fr/fin-de-campagne' })).statusCode).toBe(200);
    // A runner whose clock has reached the moment, working on the site's own database and services.
    const later = createWorkflowModule({ db: site.database.db, clock: manualClock('2030-06-01T07:00:00Z'), content: site.content.service, audit: site.audit, settings: site.settings });
    const result = await later.createRunner().runDue();
    expect(result.failed).toEqual([]);
    expect((await site.app.inject({ url: '/fr/lancement' })).statusCode).toBe(200);
    expect((await site.app.inject({ url: '/fr/fin-de-campagne' })).statusCode).toBe(404);
    const recent = await reviewer.get('/admin/schedule');
    expect(rowsOf(recent.body).filter((r) => r.includes('Effectué le'))).toHaveLength(2);
  });

  it('lists revisions with author and status, and compares two side by side with <del> and <ins>', async () => {
    const page = await createTestPage(site.content.service, homeId, { title: 'Rapport annuel', body: 'Les chiffres de 2029.', actor: userActor({ id: editor.userId, role: 'editor', locales: [] }) });
    await site.content.service.saveTranslation({
      documentId: page.documentId,
      locale: 'fr',
      expectedVersion: 1,
      translation: { slug: page.slug, title: 'Rapport annuel', body: markupToRichText('Les chiffres définitifs de 2030.') },
      actor: userActor({ id: reviewer.userId, role: 'administrator', locales: [] }),
    });
    const list = await translator.get(`/admin/documents/${page.documentId}/fr/revisions`);
    expect(list.statusCode).toBe(200);
    const cells = findAll(findFirst(parse(list.body), 'tbody'), 'tr').map((tr) => tr.childNodes.slice(0, 3).map(textOf));
    expect(cells[0]).toEqual(['2actuelle', 'Brouillon', expect.stringMatching(/^reviewer \d+$/)]);
    expect(cells[1]).toEqual(['1', 'Brouillon', expect.stringMatching(/^editor \d+$/)]);
    expect(list.body).not.toContain('/restore');
    const compare = await translator.get(`/admin/documents/${page.documentId}/fr/revisions/compare?from=1&to=2`);
    expect(compare.statusCode).toBe(200);
    const main = findFirst(parse(compare.body), 'main');
    expect(findAll(main, 'del').map(marked)).toContain('[supprimé : 2029.]');
    expect(findAll(main, 'ins').map(marked)).toEqual(expect.arrayContaining(['[ajouté : définitifs]', '[ajouté : 2030.]']));
    expect((await translator.get(`/admin/documents/${page.documentId}/fr/revisions/compare?from=1&to=7`)).statusCode).toBe(404);
  });

  it('restores an old revision as a new one, and refuses with 409 when the translation moved on meanwhile', async () => {
    const page = await createTestPage(site.content.service, homeId, { title: 'Titre d’origine' });
    const translation = (await site.content.service.findTranslation(page.documentId, 'fr'))!;
    await site.content.service.saveTranslation({
      documentId: page.documentId,
      locale: 'fr',
      expectedVersion: translation.version,
      translation: { slug: page.slug, title: 'Titre modifié' },
      actor: userActor({ id: 'someone', role: 'editor', locales: [] }),
    });
    const stale = await editor.post(`/admin/documents/${page.documentId}/fr/revisions/1/restore`, { expectedVersion: '1' });
    expect(stale.statusCode).toBe(409);
    expect(textOf(findFirst(parse(stale.body), 'main'))).toContain('vous regardiez la version 1, elle en est à la version 2');
    expect((await site.content.service.findTranslation(page.documentId, 'fr'))?.title).toBe('Titre modifié');

    const restored = await editor.post(`/admin/documents/${page.documentId}/fr/revisions/1/restore`, { expectedVersion: '2' });
    expect(restored.statusCode).toBe(303);
    expect(restored.headers.location).toBe(`/admin/documents/${page.documentId}/fr/revisions?done=restored&version=1`);
    expect(await site.content.service.findTranslation(page.documentId, 'fr')).toMatchObject({ title: 'Titre d’origine', version: 3 });
    const revisions = await site.content.service.listRevisions(page.documentId, 'fr');
    expect(revisions.map((r) => [r.version, r.author])).toEqual([[3, editor.userId], [2, 'someone'], [1, 'system']]);
    expect((await editor.post(`/admin/documents/${page.documentId}/fr/revisions/9/restore`, { expectedVersion: '3' })).statusCode).toBe(404);
  });
});

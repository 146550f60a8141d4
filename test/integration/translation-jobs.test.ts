import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserActor } from '../../src/modules/accounts/index.ts';
import { POLICY_FORBIDDEN } from '../../src/modules/policy/index.ts';
import { TRANSLATION_JOB_INVALID, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE } from '../../src/modules/translation-jobs/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { editFrench, makeActor, makeSection } from '../helpers/job-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('translation jobs: choosing documents, assignment, states, back office', (dialect) => {
  let site: TestSite;
  let admin: UserActor;
  let arabicTranslator: UserActor;
  let otherTranslator: UserActor;
  let reviewer: UserActor;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    admin = await makeActor(site, 'administrator');
    arabicTranslator = await makeActor(site, 'translator', ['ar']);
    otherTranslator = await makeActor(site, 'translator', ['es']);
    reviewer = await makeActor(site, 'reviewer');
  });
  afterAll(() => site.close());

  const jobs = () => site.translationJobs;

  it('takes a section with its subtree, or only what is missing or outdated in Arabic within it', async () => {
    const s = await makeSection(site, { ar: true });
    expect((await jobs().sectionDocuments(s.section, 'fr')).sort()).toEqual([...s.all].sort());
    // Nothing outdated yet: every Arabic page was made from the present French.
    expect(await jobs().documentsNeeding({ sourceLocale: 'fr', targetLocale: 'ar', sectionId: s.section })).toEqual([]);
    await editFrench(site, s.water, 'Accès à l’eau potable');
    await editFrench(site, s.outside, 'Une page ailleurs, revue');
    expect(await jobs().documentsNeeding({ sourceLocale: 'fr', targetLocale: 'ar', sectionId: s.section })).toEqual([s.water]);
    const everywhere = await jobs().documentsNeeding({ sourceLocale: 'fr', targetLocale: 'ar' });
    expect(everywhere).toContain(s.outside);
    // Spanish is missing everywhere in the section.
    expect((await jobs().documentsNeeding({ sourceLocale: 'fr', targetLocale: 'es', sectionId: s.section })).sort()).toEqual([...s.all].sort());
  });

  it('creates a job, tells the assigned translator, and lets only them (and managers) see it', async () => {
    const s = await makeSection(site);
    const job = await jobs().createJob({ actor: admin, name: 'Programmes en arabe', sourceLocale: 'fr', targetLocales: ['ar', 'es'], documentIds: s.all, dueDate: '2027-01-15', assignee: { kind: 'user', userId: arabicTranslator.id } });
    expect(job.state).toBe('preparing');
    const notices = await site.notifications.list(arabicTranslator.id, { limit: 10, offset: 0 });
    expect(notices.rows.some((n) => n.kind === 'translation-assigned' && n.subject === 'Programmes en arabe')).toBe(true);

    const seen = await jobs().getJob(arabicTranslator, job.id);
    expect(seen.documents.map((d) => d.documentId)).toEqual(s.all);
    expect(seen.items).toHaveLength(8);
    expect(seen.events.map((e) => e.kind)).toEqual(['created']);
    await expect(jobs().getJob(otherTranslator, job.id)).rejects.toMatchObject({ code: TRANSLATION_JOB_NOT_FOUND });
    expect((await jobs().listJobs(otherTranslator)).map((j) => j.id)).not.toContain(job.id);
    expect((await jobs().listJobs(arabicTranslator)).map((j) => j.id)).toEqual([job.id]);
    await expect(jobs().createJob({ actor: reviewer, name: 'x', sourceLocale: 'fr', targetLocales: ['ar'], documentIds: s.all })).rejects.toMatchObject({ code: POLICY_FORBIDDEN });
    await expect(jobs().closeJob({ actor: arabicTranslator, jobId: job.id })).rejects.toMatchObject({ code: POLICY_FORBIDDEN });
  });

  it('refuses a job without documents, with the source as a target, an unknown document or a non-translator assignee, naming each field', async () => {
    const error = await jobs()
      .createJob({ actor: admin, name: ' ', sourceLocale: 'fr', targetLocales: ['fr'], documentIds: ['nope'], dueDate: '15/01/2027', assignee: { kind: 'user', userId: reviewer.id } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: TRANSLATION_JOB_INVALID });
    const paths = (error as { details: { path: string }[] }).details.map((d) => d.path).sort();
    expect(paths).toEqual(['assignee', 'documents', 'dueDate', 'name', 'targetLocales']);
  });

  it('changes documents only while preparing, keeps a history, and closes', async () => {
    const s = await makeSection(site);
    const job = await jobs().createJob({ actor: admin, name: 'Petit lot', sourceLocale: 'fr', targetLocales: ['en'], documentIds: [s.water] });
    expect(await jobs().addDocuments({ actor: admin, jobId: job.id, documentIds: [s.water, s.school] })).toBe(1);
    await jobs().removeDocument({ actor: admin, jobId: job.id, documentId: s.water });
    await jobs().setDetails({ actor: admin, jobId: job.id, dueDate: null, assignee: { kind: 'agency', name: 'Agence Babel' } });
    const detail = await jobs().getJob(admin, job.id);
    expect(detail.documents.map((d) => d.documentId)).toEqual([s.school]);
    expect(detail.assignee).toEqual({ kind: 'agency', name: 'Agence Babel' });
    expect(detail.events.map((e) => e.kind)).toEqual(['created', 'documents-added', 'document-removed', 'details-changed']);
    await jobs().closeJob({ actor: admin, jobId: job.id });
    await expect(jobs().addDocuments({ actor: admin, jobId: job.id, documentIds: [s.wells] })).rejects.toMatchObject({ code: TRANSLATION_JOB_STATE });
    const audit = await site.audit.list({ action: 'jobs.closed' });
    expect(audit.entries.some((e) => e.details.jobId === job.id)).toBe(true);
  });

  it('back office: lists jobs, creates one from the form, shows its grid; the documents list sends ticked rows to the form', async () => {
    const s = await makeSection(site, { ar: true });
    await editFrench(site, s.school, 'École pour toutes et tous');
    const editor: AdminClient = await signInAs(site, 'editor');
    const form = await editor.get(`/admin/jobs/new?documents=${s.water},${s.wells}&source=fr`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${s.water}" checked`);

    const created = await editor.post('/admin/jobs/new', { name: 'Arabe : programmes', sourceLocale: 'fr', mode: 'needing', needingLocale: 'ar', needingSection: s.section, dueDate: '2027-02-01', assignee: '', agency: '' });
    expect(created.statusCode).toBe(303);
    const page = await editor.get(created.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Arabe : programmes');
    const grid = /<table class="table jobs-grid"[\s\S]*?<\/table>/.exec(page.body)![0];
    expect(grid).toContain('École pour toutes et tous');
    expect(grid).not.toContain('Les puits du village');

    const jobUrl = created.headers.location!.replace(/\?.*$/, '');
    const download = await editor.post(`${jobUrl}/export`, { locale: 'ar', format: '1.2' });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/xliff+xml');
    expect(download.headers['content-disposition']).toMatch(/attachment; filename=".*fr-ar\.xlf12\.xlf"/);
    expect(download.body).toContain('<xliff version="1.2"');
    expect((await editor.get(jobUrl)).body).toContain('Envoyé');

    const refused = await editor.post('/admin/jobs/new', { name: '', sourceLocale: 'fr', mode: 'documents' });
    expect(refused.statusCode).toBe(400);

    const bulk = await editor.post('/admin/documents/bulk', { action: 'job', item: [`${s.water}|fr`, `${s.school}|fr`] });
    expect(bulk.statusCode).toBe(303);
    expect(bulk.headers.location).toContain('/admin/jobs/new?documents=');
    // The form offers the jobs being prepared too: the ticked pages join one of them.
    const waiting = await jobs().createJob({ actor: admin, name: 'Lot en attente', sourceLocale: 'fr', targetLocales: ['en'], documentIds: [s.wells] });
    const offer = await editor.get(bulk.headers.location as string);
    expect(offer.body).toContain('Ajouter les 2 pages à « Lot en attente »');
    expect(offer.body).not.toContain('à « Arabe : programmes »');
    const joined = await editor.post(`/admin/jobs/${waiting.id}/documents`, { documents: `${s.water},${s.school}` });
    expect(joined.statusCode).toBe(303);
    expect((await jobs().getJob(admin, waiting.id)).documents).toHaveLength(3);
    // A job already sent takes no more documents.
    expect((await editor.post(`${jobUrl}/documents`, { documents: s.water })).statusCode).toBe(409);

    const list = await editor.get('/admin/jobs');
    expect(list.body).toContain('Arabe : programmes');
    const reviewerClient = await signInAs(site, 'reviewer');
    expect((await reviewerClient.get('/admin/jobs')).statusCode).toBe(403);
  });
});

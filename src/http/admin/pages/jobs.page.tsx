import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { TRANSLATION_JOB_FILE_REFUSED, TRANSLATION_JOB_FILE_TOO_LARGE, TRANSLATION_JOB_INVALID, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE, MAX_IMPORT_BYTES, type Assignee, type XliffVersion } from '../../../modules/translation-jobs/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, IdParams, PageResponses, query, QueryText, UrlId, type AdminInstance } from '../admin-schemas.ts';
import { sendForbidden, sendNotFound } from '../document-context.ts';
import { ImportReportView } from '../views/jobs-import.view.tsx';
import { JobPage, JobsList } from '../views/jobs.view.tsx';
import { loadNewJobOptions, NewJobPage, type NewJobValues } from '../views/jobs-new.view.tsx';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing } from './media-upload.ts';

const NewJobForm = form({ name: FormList, sourceLocale: FormList, targetLocales: FormList, dueDate: FormList, assignee: FormList, agency: FormList, mode: FormList, documents: FormList, section: FormList, needingLocale: FormList, needingSection: FormList });
const DetailsForm = form({ dueDate: FormList, assignee: FormList, agency: FormList });
const AddForm = form({ documents: FormList, section: FormList });
const ExportForm = form({ locale: FormList, format: FormList });
const DocParams = Type.Object({ id: UrlId, documentId: UrlId });
/** The export answers with the file's bytes (sent as they are, never serialised), or a page saying why not. */
const DownloadResponses = { '2xx': Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), '4xx': PageResponses['4xx'] };
const DONE = new Set(['created', 'details', 'added', 'removed', 'closed']);

const first = (v: string | readonly string[] | undefined): string => (typeof v === 'string' ? v : (v?.[0] ?? ''));
const list = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? v.split(/[\s,]+/) : [...v]).map((x) => x.trim()).filter((x) => x !== '' && x.length <= 64).slice(0, 2000);

/** Reads the assignee choice: `user:<id>`, `agency` (with its name) or nothing. */
function readAssignee(choice: string, agency: string): Assignee | null {
  if (choice.startsWith('user:')) return { kind: 'user', userId: choice.slice(5) };
  if (choice === 'agency') return { kind: 'agency', name: agency };
  return null;
}

/**
 * Translation jobs in the back office: the list, the new-job form (documents one by one, a section
 * with its subtree, or everything missing or outdated in a locale), each job's page (documents ×
 * locales, history, details, export, import, close). Managing needs `translation.jobs`; the
 * translator a job is assigned to reads it, exports and imports it (the module checks).
 */
export function registerJobRoutes(app: AdminInstance, deps: AdminDeps): void {
  const jobs = deps.translationJobs;
  const see = { access: 'translation.edit' as const };
  const manage = { access: 'translation.jobs' as const };

  app.get('/admin/jobs', { config: see, schema: { response: PageResponses } }, async (request, reply) => {
    const req = request.admin;
    const rows = await jobs.listJobs(actorOf(req));
    const canManage = allows(actorOf(req), 'translation.jobs');
    return sendAdminPage(reply, 200, <JobsList req={req} deps={deps} jobs={rows} canManage={canManage} translators={canManage ? await jobs.listTranslators() : []} />);
  });

  app.get('/admin/jobs/new', { config: manage, schema: { response: PageResponses, querystring: query({ documents: QueryText, source: QueryText }) } }, async (request, reply) => {
    const req = request.admin;
    const documents = list(request.query.documents);
    const source = request.query.source && req.locales.has(request.query.source) ? request.query.source : req.locales.defaultLocale;
    const values: NewJobValues = { name: '', sourceLocale: source, targetLocales: [], dueDate: '', assignee: '', agency: '', mode: documents.length ? 'documents' : 'needing', documents, section: '', needingLocale: '', needingSection: '' };
    return sendAdminPage(reply, 200, <NewJobPage req={req} deps={deps} values={values} options={await loadNewJobOptions(deps, req, values)} problems={[]} />);
  });

  app.post('/admin/jobs/new', { config: manage, schema: { response: PageResponses, body: NewJobForm } }, async (request, reply) => {
    const req = request.admin;
    const b = request.body;
    const values: NewJobValues = {
      name: first(b.name),
      sourceLocale: first(b.sourceLocale),
      targetLocales: list(b.targetLocales),
      dueDate: first(b.dueDate),
      assignee: first(b.assignee),
      agency: first(b.agency),
      mode: (['documents', 'section', 'needing'] as const).find((m) => m === first(b.mode)) ?? 'documents',
      documents: list(b.documents),
      section: first(b.section),
      needingLocale: first(b.needingLocale),
      needingSection: first(b.needingSection),
    };
    const targets = values.mode === 'needing' && values.targetLocales.length === 0 && values.needingLocale ? [values.needingLocale] : values.targetLocales;
    const documentIds =
      values.mode === 'documents'
        ? values.documents
        : values.mode === 'section'
          ? values.section ? await jobs.sectionDocuments(values.section, values.sourceLocale) : []
          : values.needingLocale && req.locales.has(values.needingLocale) && req.locales.has(values.sourceLocale)
            ? await jobs.documentsNeeding({ sourceLocale: values.sourceLocale, targetLocale: values.needingLocale, ...(values.needingSection ? { sectionId: values.needingSection } : {}) })
            : [];
    try {
      const job = await jobs.createJob({ actor: actorOf(req), name: values.name, sourceLocale: values.sourceLocale, targetLocales: targets, documentIds, dueDate: values.dueDate, assignee: readAssignee(values.assignee, values.agency) });
      return reply.redirect(`/admin/jobs/${job.id}?done=created`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code !== TRANSLATION_JOB_INVALID) throw error;
      return sendAdminPage(reply, 400, <NewJobPage req={req} deps={deps} values={values} options={await loadNewJobOptions(deps, req, values)} problems={error.details} />);
    }
  });

  app.get('/admin/jobs/:id', { config: see, schema: { response: PageResponses, params: IdParams, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const done = request.query.done && DONE.has(request.query.done) ? request.query.done : undefined;
    return sendJob(reply, request.admin, request.params.id, 200, done);
  });

  app.post('/admin/jobs/:id/details', { config: manage, schema: { response: PageResponses, params: IdParams, body: DetailsForm } }, async (request, reply) => {
    const b = request.body;
    return act(reply, request.admin, request.params.id, 'details', () =>
      jobs.setDetails({ actor: actorOf(request.admin), jobId: request.params.id, dueDate: first(b.dueDate) || null, assignee: readAssignee(first(b.assignee), first(b.agency)) }),
    );
  });

  app.post('/admin/jobs/:id/documents', { config: manage, schema: { response: PageResponses, params: IdParams, body: AddForm } }, async (request, reply) => {
    const req = request.admin;
    const id = request.params.id;
    return act(reply, req, id, 'added', async () => {
      const section = first(request.body.section);
      const job = await jobs.getJob(actorOf(req), id);
      const ids = [...list(request.body.documents), ...(section ? await jobs.sectionDocuments(section, job.sourceLocale) : [])];
      await jobs.addDocuments({ actor: actorOf(req), jobId: id, documentIds: ids });
    });
  });

  app.post('/admin/jobs/:id/documents/:documentId/remove', { config: manage, schema: { response: PageResponses, params: DocParams, body: form({}) } }, async (request, reply) =>
    act(reply, request.admin, request.params.id, 'removed', () => jobs.removeDocument({ actor: actorOf(request.admin), jobId: request.params.id, documentId: request.params.documentId })),
  );

  app.post('/admin/jobs/:id/close', { config: manage, schema: { response: PageResponses, params: IdParams, body: form({}) } }, async (request, reply) =>
    act(reply, request.admin, request.params.id, 'closed', () => jobs.closeJob({ actor: actorOf(request.admin), jobId: request.params.id })),
  );

  // A download that records the export (the job is then sent): a form post, never a link a crawler could follow.
  app.post('/admin/jobs/:id/export', { config: see, schema: { response: DownloadResponses, params: IdParams, body: ExportForm } }, async (request, reply) => {
    const req = request.admin;
    const version: XliffVersion = first(request.body.format) === '1.2' ? '1.2' : '2.0';
    const locale = first(request.body.locale);
    try {
      const file =
        locale === 'all' || locale === ''
          ? await jobs.exportAll({ actor: actorOf(req), jobId: request.params.id, version })
          : await jobs.exportLocale({ actor: actorOf(req), jobId: request.params.id, locale: locale as LocaleCode, version });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(Buffer.from(file.bytes));
    } catch (error) {
      return sendFailure(reply, req, request.params.id, error);
    }
  });

  // Multipart in this route's own context only, bounded as the other uploads are (media-upload.ts).
  void app.register(async (scope) => {
    await registerUploadParsing(scope, MAX_IMPORT_BYTES);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/admin/jobs/:id/import',
      { config: see, schema: { response: PageResponses, params: IdParams }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const req = request.admin;
        const id = request.params.id;
        const part = await nextFilePart(request);
        if ('error' in part) return sendImport(reply, req, id, 400, { problems: [{ path: 'file', message: req.t('jobs.import.noFile') }] });
        let bytes: Uint8Array;
        try {
          bytes = await readBounded(part.file, MAX_IMPORT_BYTES);
        } catch (error) {
          if (error instanceof TooLarge || refusalFor(error)?.message === 'media.error.tooLarge') return sendImport(reply, req, id, 413, { problems: [{ path: 'file', message: req.t('jobs.import.tooLarge', { max: Math.floor(MAX_IMPORT_BYTES / (1024 * 1024)) }) }] });
          if (refusalFor(error)) return sendImport(reply, req, id, 400, { problems: [{ path: 'file', message: req.t('jobs.import.malformed') }] });
          throw error;
        }
        try {
          const report = await jobs.importFile({ actor: actorOf(req), jobId: id, bytes });
          return sendImport(reply, req, id, 200, { report });
        } catch (error) {
          if (isAppError(error) && (error.code === TRANSLATION_JOB_FILE_REFUSED || error.code === TRANSLATION_JOB_FILE_TOO_LARGE)) {
            return sendImport(reply, req, id, error.code === TRANSLATION_JOB_FILE_TOO_LARGE ? 413 : 422, { problems: error.details.length ? error.details : [{ path: 'file', message: error.message }] });
          }
          if (isAppError(error) && error.code.startsWith('CONTENT_')) {
            return sendImport(reply, req, id, 409, { problems: [{ path: 'file', message: req.t('jobs.import.saveFailed', { reason: [error.message, ...error.details.map((d) => `${d.path}: ${d.message}`)].join('; ') }) }] });
          }
          return sendFailure(reply, req, id, error);
        }
      },
    );
  });

  async function sendJob(reply: FastifyReply, req: AdminRequest, id: string, status: number, done?: string, error?: string) {
    try {
      const job = await jobs.getJob(actorOf(req), id);
      const canManage = allows(actorOf(req), 'translation.jobs');
      return sendAdminPage(reply, status, <JobPage req={req} deps={deps} job={job} canManage={canManage} translators={canManage ? await jobs.listTranslators() : []} sections={canManage && job.state === 'preparing' ? await loadNewJobOptions(deps, req, null).then((o) => o.sections) : []} done={done} error={error} />);
    } catch (e) {
      if (isAppError(e) && e.code === TRANSLATION_JOB_NOT_FOUND) return sendNotFound(reply, req, deps);
      throw e;
    }
  }

  async function sendImport(reply: FastifyReply, req: AdminRequest, id: string, status: number, outcome: Parameters<typeof ImportReportView>[0]['outcome']) {
    try {
      const job = await jobs.getJob(actorOf(req), id);
      return sendAdminPage(reply, status, <ImportReportView req={req} deps={deps} job={job} outcome={outcome} />);
    } catch (e) {
      if (isAppError(e) && e.code === TRANSLATION_JOB_NOT_FOUND) return sendNotFound(reply, req, deps);
      throw e;
    }
  }

  /** Runs one step and goes back to the job's page, or shows it with the reason of a refusal. */
  async function act(reply: FastifyReply, req: AdminRequest, id: string, done: string, step: () => Promise<unknown>) {
    try {
      await step();
      return reply.redirect(`/admin/jobs/${encodeURIComponent(id)}?done=${done}`, 303);
    } catch (error) {
      return sendFailure(reply, req, id, error);
    }
  }

  async function sendFailure(reply: FastifyReply, req: AdminRequest, id: string, error: unknown) {
    if (!isAppError(error)) throw error;
    if (error.code === TRANSLATION_JOB_NOT_FOUND) return sendNotFound(reply, req, deps);
    if (error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
    if (error.code === TRANSLATION_JOB_STATE) return sendJob(reply, req, id, 409, undefined, req.t('jobs.error.state'));
    if (error.code === TRANSLATION_JOB_INVALID) return sendJob(reply, req, id, 400, undefined, problemsText(error.details));
    throw error;
  }
}

export function problemsText(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join(' — ');
}

class TooLarge extends Error {}

/** The upload's bytes, refused once past the bound (the multipart limit stops the stream one byte over). */
async function readBounded(file: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of file) {
    total += chunk.byteLength;
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

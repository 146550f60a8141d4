import { Type } from 'typebox';
import { JOB_STATES, MAX_IMPORT_BYTES, type JobDetail, type JobSummary, type TranslationJobsModule } from '../../modules/translation-jobs/index.ts';
import { AppError } from '../../platform/errors.ts';
import { API_UNSUPPORTED_MEDIA_TYPE } from '../http.errors.ts';
import { problem, Timestamp } from './api-schemas.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import { DocumentId, MANAGEMENT_ERRORS, WRITE_ERRORS } from './management-schemas.ts';

const TAGS = ['management'];
const SECURITY = [{ bearerAuth: [] }];
const Locale = Type.String({ minLength: 1, maxLength: 35 });

const Assignee = Type.Union([
  Type.Object({ kind: Type.Literal('user'), userId: Type.String() }),
  Type.Object({ kind: Type.Literal('agency'), name: Type.String({ maxLength: 200 }) }),
  Type.Null(),
]);
const JobLocale = Type.Object({ locale: Type.String(), state: Type.String(), exportedAt: Type.Union([Timestamp, Type.Null()]), returnedAt: Type.Union([Timestamp, Type.Null()]) });
const Job = Type.Object({
  id: Type.String(),
  name: Type.String(),
  sourceLocale: Type.String(),
  state: Type.Enum([...JOB_STATES]),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  assignee: Assignee,
  createdAt: Timestamp,
  documentCount: Type.Integer(),
  locales: Type.Array(JobLocale),
});
const JobWithDocuments = Type.Object({
  ...Job.properties,
  documents: Type.Array(Type.Object({ documentId: Type.String(), title: Type.String() })),
  items: Type.Array(Type.Object({ documentId: Type.String(), locale: Type.String(), state: Type.String(), importedVersion: Type.Union([Type.Integer(), Type.Null()]) })),
});
const Report = Type.Object({
  locale: Type.String(),
  applied: Type.Array(Type.Object({ documentId: Type.String(), title: Type.String(), version: Type.Integer() })),
  stale: Type.Array(Type.Object({ documentId: Type.String(), title: Type.String(), units: Type.Array(Type.Object({ unitId: Type.String(), line: Type.Optional(Type.Integer()) })) })),
  notReturned: Type.Array(Type.Object({ documentId: Type.String(), title: Type.String(), missing: Type.Integer() })),
  problems: Type.Array(Type.Object({ line: Type.Optional(Type.Integer()), documentId: Type.Optional(Type.String()), unitId: Type.Optional(Type.String()), message: Type.String(), fatal: Type.Boolean() })),
});
const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

function toJob(job: JobSummary | JobDetail, documentCount: number) {
  return { id: job.id, name: job.name, sourceLocale: job.sourceLocale, state: job.state, dueDate: job.dueDate, assignee: job.assignee, createdAt: job.createdAt, documentCount, locales: [...job.locales] };
}

/**
 * Translation jobs for API clients (a translation management system, a script): the operations
 * the back office calls, with the token's actor; a token needs the `write` scope.
 */
export function registerTranslationJobRoutes(api: ApiInstance, jobs: TranslationJobsModule): void {
  api.get(
    '/translation-jobs',
    { schema: { operationId: 'listTranslationJobs', tags: TAGS, summary: 'Translation jobs, newest first', security: SECURITY, response: { 200: Type.Object({ items: Type.Array(Job) }), ...MANAGEMENT_ERRORS } } },
    async (request) => ({ items: (await jobs.listJobs(tokenActorOf(request))).map((j) => toJob(j, j.documentCount)) }),
  );

  api.post(
    '/translation-jobs',
    {
      schema: {
        operationId: 'createTranslationJob',
        tags: TAGS,
        summary: 'Create a job from documents, a section with its subtree, or what is missing or outdated in a locale',
        description: 'Give `documentIds`, or `sectionId` (the section and every page under it), or `needing` (documents whose translation in that locale is missing or outdated, within `sectionId` when given). Errors name each field in `errors`.',
        security: SECURITY,
        body: Type.Object({
          name: Type.String({ maxLength: 200 }),
          sourceLocale: Locale,
          targetLocales: Type.Array(Locale, { maxItems: 100 }),
          documentIds: Type.Optional(Type.Array(DocumentId, { maxItems: 2000 })),
          sectionId: Type.Optional(DocumentId),
          needing: Type.Optional(Locale),
          dueDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
          assignee: Type.Optional(Assignee),
        }),
        response: { 201: Job, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const documentIds = b.needing
        ? await jobs.documentsNeeding({ sourceLocale: b.sourceLocale, targetLocale: b.needing, ...(b.sectionId ? { sectionId: b.sectionId } : {}) })
        : b.sectionId
          ? await jobs.sectionDocuments(b.sectionId, b.sourceLocale)
          : (b.documentIds ?? []);
      const job = await jobs.createJob({ actor: tokenActorOf(request), name: b.name, sourceLocale: b.sourceLocale, targetLocales: b.targetLocales, documentIds, dueDate: b.dueDate ?? null, assignee: b.assignee ?? null });
      return reply.code(201).send(toJob({ ...job, documentCount: documentIds.length, locales: [] }, new Set(documentIds).size));
    },
  );

  api.get(
    '/translation-jobs/:id',
    { schema: { operationId: 'getTranslationJob', tags: TAGS, summary: 'A job with its documents and the state of each in each target locale', security: SECURITY, params: Type.Object({ id: DocumentId }), response: { 200: JobWithDocuments, ...MANAGEMENT_ERRORS } } },
    async (request) => {
      const job = await jobs.getJob(tokenActorOf(request), request.params.id);
      return { ...toJob(job, job.documents.length), documents: job.documents.map((d) => ({ documentId: d.documentId, title: d.title })), items: job.items.map((i) => ({ documentId: i.documentId, locale: i.locale, state: i.state, importedVersion: i.importedVersion })) };
    },
  );

  api.post(
    '/translation-jobs/:id/export',
    {
      schema: {
        operationId: 'exportTranslationJob',
        tags: TAGS,
        summary: 'Export one target locale as XLIFF, or every target locale in a zip; the job is then sent',
        security: SECURITY,
        params: Type.Object({ id: DocumentId }),
        body: Type.Object({ locale: Type.Optional(Locale), format: Type.Optional(Type.Enum(['2.0', '1.2'])) }),
        response: { 200: { description: 'The XLIFF file of the locale given, or a zip of every target locale\'s file.', content: { 'application/xliff+xml': BINARY, 'application/zip': BINARY } }, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = tokenActorOf(request);
      const version = request.body.format ?? '2.0';
      const file = request.body.locale ? await jobs.exportLocale({ actor, jobId: request.params.id, locale: request.body.locale, version }) : await jobs.exportAll({ actor, jobId: request.params.id, version });
      return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.name}"`).send(Buffer.from(file.bytes));
    },
  );

  // The returned file is the body itself, bounded before it is read.
  api.addContentTypeParser(['application/xliff+xml', 'application/x-xliff+xml'], { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));

  api.post(
    '/translation-jobs/:id/import',
    {
      schema: {
        operationId: 'importTranslationJob',
        tags: TAGS,
        summary: 'Import a returned XLIFF file: complete documents become pending versions, never published',
        description:
          'Send the file as the body (`Content-Type: application/xliff+xml`). It is checked whole before anything changes: a file that is not well-formed, has a DTD or entities, belongs to another job or locale, or is too large is refused with each problem (line, unit) in `errors`. Documents whose source changed since the export are listed in `stale` and not applied; documents with segments left empty in `notReturned`.',
        security: SECURITY,
        params: Type.Object({ id: DocumentId }),
        body: Type.Unknown({ description: 'The XLIFF 2.0 or 1.2 file.' }),
        response: { 200: Report, ...WRITE_ERRORS, 413: problem('The file is larger than an import accepts.'), 415: problem('Not sent as application/xliff+xml.'), 422: problem('The file was refused as a whole (`TRANSLATION_JOB_FILE_REFUSED`), each problem in `errors`; nothing changed.') },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError(API_UNSUPPORTED_MEDIA_TYPE, 'validation', 'Send the XLIFF file as the body, with Content-Type: application/xliff+xml.');
      return jobs.importFile({ actor: tokenActorOf(request), jobId: request.params.id, bytes: request.body });
    },
  );
}

import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { TranslationJobsTable } from '../../platform/db/schema.ts';
import type { Assignee, JobEvent, JobItem, JobItemState, JobLocale, JobLocaleState, JobState, TranslationJob } from './jobs.types.ts';

export type JobsRepository = ReturnType<typeof createJobsRepository>;

/** The only SQL for translation jobs. */
export function createJobsRepository(db: Db) {
  return {
    async insertJob(job: TranslationJob): Promise<void> {
      await db.insertInto('translationJobs').values(toRow(job)).execute();
    },

    async updateJob(job: TranslationJob): Promise<void> {
      const { id, ...rest } = toRow(job);
      await db.updateTable('translationJobs').set(rest).where('id', '=', id).execute();
    },

    async findJob(id: string): Promise<TranslationJob | undefined> {
      const row = await db.selectFrom('translationJobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    /** Newest first; `assigneeUserId` narrows to one translator's jobs. */
    async listJobs(options: { assigneeUserId?: string; limit: number }): Promise<TranslationJob[]> {
      let query = db.selectFrom('translationJobs').selectAll().orderBy('createdAt', 'desc').orderBy('id').limit(options.limit);
      if (options.assigneeUserId !== undefined) query = query.where('assigneeUserId', '=', options.assigneeUserId);
      return (await query.execute()).map(toJob);
    },

    async countDocuments(jobIds: readonly string[]): Promise<Map<string, number>> {
      if (jobIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('translationJobDocuments')
        .select((eb) => ['jobId', eb.fn.countAll<string | number>().as('n')])
        .where('jobId', 'in', jobIds)
        .groupBy('jobId')
        .execute();
      return new Map(rows.map((r) => [r.jobId, Number(r.n)]));
    },

    async listDocumentIds(jobId: string): Promise<string[]> {
      const rows = await db.selectFrom('translationJobDocuments').select('documentId').where('jobId', '=', jobId).orderBy('position').execute();
      return rows.map((r) => r.documentId);
    },

    async insertDocuments(jobId: string, documentIds: readonly string[], firstPosition: number, at: string): Promise<void> {
      if (documentIds.length === 0) return;
      // Batches keep PostgreSQL's and SQLite's bound-parameter limits far away.
      for (let i = 0; i < documentIds.length; i += 500) {
        const batch = documentIds.slice(i, i + 500);
        await db.insertInto('translationJobDocuments').values(batch.map((documentId, k) => ({ jobId, documentId, position: firstPosition + i + k, addedAt: at }))).execute();
      }
    },

    async deleteDocument(jobId: string, documentId: string): Promise<boolean> {
      const result = await db.deleteFrom('translationJobDocuments').where('jobId', '=', jobId).where('documentId', '=', documentId).executeTakeFirst();
      await db.deleteFrom('translationJobItems').where('jobId', '=', jobId).where('documentId', '=', documentId).execute();
      return Number(result.numDeletedRows) > 0;
    },

    async insertLocales(jobId: string, locales: readonly string[]): Promise<void> {
      if (locales.length === 0) return;
      await db.insertInto('translationJobLocales').values(locales.map((locale) => ({ jobId, locale, state: 'pending', exportedAt: null, returnedAt: null }))).execute();
    },

    async listLocales(jobIds: readonly string[]): Promise<(JobLocale & { jobId: string })[]> {
      if (jobIds.length === 0) return [];
      const rows = await db.selectFrom('translationJobLocales').selectAll().where('jobId', 'in', jobIds).orderBy('locale').execute();
      return rows.map((r) => ({ jobId: r.jobId, locale: r.locale, state: r.state as JobLocaleState, exportedAt: r.exportedAt, returnedAt: r.returnedAt }));
    },

    async updateLocale(jobId: string, locale: string, change: { state: JobLocaleState; exportedAt?: string; returnedAt?: string }): Promise<void> {
      await db.updateTable('translationJobLocales').set(change).where('jobId', '=', jobId).where('locale', '=', locale).execute();
    },

    async insertItems(jobId: string, documentIds: readonly string[], locales: readonly string[]): Promise<void> {
      const rows = documentIds.flatMap((documentId) => locales.map((locale) => ({ jobId, documentId, locale, state: 'pending', sourceVersion: null, exportedAt: null, returnedAt: null, importedVersion: null })));
      for (let i = 0; i < rows.length; i += 500) await db.insertInto('translationJobItems').values(rows.slice(i, i + 500)).execute();
    },

    async listItems(jobId: string, locale?: string): Promise<JobItem[]> {
      let query = db.selectFrom('translationJobItems').selectAll().where('jobId', '=', jobId);
      if (locale !== undefined) query = query.where('locale', '=', locale);
      const rows = await query.execute();
      return rows.map((r) => ({ documentId: r.documentId, locale: r.locale, state: r.state as JobItemState, sourceVersion: r.sourceVersion, exportedAt: r.exportedAt, returnedAt: r.returnedAt, importedVersion: r.importedVersion }));
    },

    async markExported(jobId: string, locale: string, documentId: string, sourceVersion: number | null, at: string): Promise<void> {
      await db
        .updateTable('translationJobItems')
        .set((eb) => ({ sourceVersion, exportedAt: at, state: eb.case().when('state', '=', 'pending').then('sent').else(eb.ref('state')).end() }))
        .where('jobId', '=', jobId)
        .where('locale', '=', locale)
        .where('documentId', '=', documentId)
        .execute();
    },

    async markItem(jobId: string, locale: string, documentId: string, change: { state: JobItemState; returnedAt?: string; importedVersion?: number }): Promise<void> {
      await db.updateTable('translationJobItems').set(change).where('jobId', '=', jobId).where('locale', '=', locale).where('documentId', '=', documentId).execute();
    },

    async insertEvent(jobId: string, event: JobEvent): Promise<void> {
      await db
        .insertInto('translationJobEvents')
        .values({ id: event.id, jobId, at: event.at, actorId: event.actorId, kind: event.kind, locale: event.locale, details: JSON.stringify(event.details) })
        .execute();
    },

    async listEvents(jobId: string): Promise<JobEvent[]> {
      const rows = await db.selectFrom('translationJobEvents').selectAll().where('jobId', '=', jobId).orderBy('at').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, at: r.at, actorId: r.actorId, kind: r.kind as JobEvent['kind'], locale: r.locale, details: JSON.parse(r.details) as Record<string, unknown> }));
    },
  };
}

function toRow(job: TranslationJob) {
  return {
    id: job.id,
    name: job.name,
    sourceLocale: job.sourceLocale,
    state: job.state,
    dueDate: job.dueDate,
    assigneeUserId: job.assignee?.kind === 'user' ? job.assignee.userId : null,
    assigneeAgency: job.assignee?.kind === 'agency' ? job.assignee.name : null,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    closedAt: job.closedAt,
  };
}

function toJob(row: Selectable<TranslationJobsTable>): TranslationJob {
  const assignee: Assignee | null = row.assigneeUserId ? { kind: 'user', userId: row.assigneeUserId } : row.assigneeAgency ? { kind: 'agency', name: row.assigneeAgency } : null;
  return {
    id: row.id,
    name: row.name,
    sourceLocale: row.sourceLocale,
    state: row.state as JobState,
    dueDate: row.dueDate,
    assignee,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  };
}

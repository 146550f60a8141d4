import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor, User } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentService, ContentTreeService } from '../content/index.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { allows, authorize } from '../policy/index.ts';
import { createDocumentChoices } from './jobs.choose.ts';
import { createJobsRepository, type JobsRepository } from './jobs.repository.ts';
import { invalidJob, jobNotFound, wrongState } from './jobs.errors.ts';
import type { Assignee, JobDetail, JobEvent, JobEventKind, JobSummary, TranslationJob } from './jobs.types.ts';

/** The audit log's name for each step of a job's history. */
const AUDIT_ACTIONS: Readonly<Record<JobEventKind, { readonly action: string }>> = {
  created: { action: 'jobs.created' },
  'documents-added': { action: 'jobs.documents-added' },
  'document-removed': { action: 'jobs.document-removed' },
  'details-changed': { action: 'jobs.details-changed' },
  exported: { action: 'jobs.exported' },
  imported: { action: 'jobs.imported' },
  'state-changed': { action: 'jobs.state-changed' },
  closed: { action: 'jobs.closed' },
};

/** A job holds at most this many documents: its files stay a size translation tools open at once. */
export const MAX_JOB_DOCUMENTS = 2000;
const MAX_NAME = 200;
const MAX_AGENCY = 200;

/** Told, in the assignment's transaction, that a translator's account was given a job. */
/** Tells an assigned translator of a job (its first document and target locale, and the job's own page). */
export type AssignedListener = (input: { readonly assigneeId: string; readonly documentId: string; readonly locale: LocaleCode; readonly title: string; readonly path: string; readonly actor: Actor }, unit: UnitOfWork) => Promise<void>;

export interface JobsDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: Pick<AuditModule, 'record'>;
  readonly content: ContentService;
  readonly tree: ContentTreeService;
  readonly locales: LocaleSource;
  readonly listUsers: (unit?: UnitOfWork) => Promise<readonly User[]>;
  readonly onAssigned?: AssignedListener;
}

/** What one job operation works with inside its transaction. */
export interface JobOperation {
  readonly repo: JobsRepository;
  readonly unit: UnitOfWork;
  readonly now: string;
  event(jobId: string, kind: JobEventKind, details?: Record<string, unknown>, locale?: LocaleCode | null): Promise<void>;
}

export function createJobOperations(deps: JobsDeps) {
  const { db, clock, audit } = deps;

  /** Runs one operation: its changes, its history line and its audit entry in one transaction. */
  const operate = <T>(actor: Actor, unit: UnitOfWork | undefined, work: (op: JobOperation) => Promise<T>): Promise<T> =>
    withUnitOfWork(db, unit, async (u) => {
      const repo = createJobsRepository(u.trx);
      const now = clock.now().toISOString();
      return work({
        repo,
        unit: u,
        now,
        event: async (jobId, kind, details = {}, locale = null) => {
          const entry: JobEvent = { id: newId(), at: now, actorId: actor.id, kind, locale, details };
          await repo.insertEvent(jobId, entry);
          await audit.record({ actorId: actor.id, action: AUDIT_ACTIONS[kind].action, locale, details: { jobId, ...details } }, u.trx);
        },
      });
    });

  /** The job, if this actor may see it: people who manage jobs, and the translator it is assigned to. */
  const readable = async (repo: JobsRepository, actor: Actor, id: string): Promise<TranslationJob> => {
    const job = await repo.findJob(id);
    if (!job || !canSee(actor, job)) throw jobNotFound(id);
    return job;
  };

  return { operate, readable };
}

export function canSee(actor: Actor, job: TranslationJob): boolean {
  return allows(actor, 'translation.jobs') || (actor.kind === 'user' && job.assignee?.kind === 'user' && job.assignee.userId === actor.id);
}

export function createJobsService(deps: JobsDeps) {
  const { db, content, tree, locales, listUsers, onAssigned } = deps;
  const { operate, readable } = createJobOperations(deps);

  const checkAssignee = async (assignee: Assignee | null | undefined, problems: FieldProblem[], unit?: UnitOfWork): Promise<Assignee | null> => {
    if (!assignee) return null;
    if (assignee.kind === 'agency') {
      const name = assignee.name.trim();
      if (name === '' || name.length > MAX_AGENCY) problems.push({ path: 'assignee', message: `an agency's name is 1 to ${MAX_AGENCY} characters`, reason: 'agency' });
      return { kind: 'agency', name };
    }
    const user = (await listUsers(unit)).find((u) => u.id === assignee.userId);
    if (!user || user.disabledAt !== null || user.role !== 'translator') problems.push({ path: 'assignee', message: 'must be an active translator account', reason: 'translator' });
    return assignee;
  };

  const checkDueDate = (dueDate: string | null | undefined, problems: FieldProblem[]): string | null => {
    if (dueDate === undefined || dueDate === null || dueDate === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`))) problems.push({ path: 'dueDate', message: 'must be a date YYYY-MM-DD', reason: 'date' });
    return dueDate;
  };

  /** Documents that exist, once each, in the order given; unknown ids are problems. */
  const checkDocuments = async (ids: readonly string[], problems: FieldProblem[], unit?: UnitOfWork): Promise<string[]> => {
    const unique = [...new Set(ids)];
    if (unique.length > MAX_JOB_DOCUMENTS) {
      problems.push({ path: 'documents', message: `a job holds at most ${MAX_JOB_DOCUMENTS} documents`, reason: 'tooMany' });
      return [];
    }
    const found: string[] = [];
    for (const id of unique) {
      try {
        await content.getDocument(id, unit);
        found.push(id);
      } catch {
        problems.push({ path: 'documents', message: `no document ${id.slice(0, 64)}`, reason: 'unknownDocument' });
      }
    }
    return found;
  };

  const tellAssignee = async (job: TranslationJob, documentIds: readonly string[], targets: readonly LocaleCode[], actor: Actor, unit: UnitOfWork) => {
    if (!onAssigned || job.assignee?.kind !== 'user' || documentIds.length === 0 || targets.length === 0) return;
    // One notice per job: it names the job and opens its first document in its first target locale.
    await onAssigned({ assigneeId: job.assignee.userId, documentId: documentIds[0]!, locale: targets[0]!, title: job.name, path: `/admin/jobs/${encodeURIComponent(job.id)}`, actor }, unit);
  };

  return {
    /**
     * Creates a job in the `preparing` state with its documents and target locales.
     * @throws POLICY_FORBIDDEN, TRANSLATION_JOB_INVALID
     */
    async createJob(input: {
      actor: Actor;
      name: string;
      sourceLocale: LocaleCode;
      targetLocales: readonly LocaleCode[];
      documentIds: readonly string[];
      dueDate?: string | null;
      assignee?: Assignee | null;
      unit?: UnitOfWork;
    }): Promise<TranslationJob> {
      authorize(input.actor, 'translation.jobs');
      const problems: FieldProblem[] = [];
      const name = input.name.trim();
      if (name === '' || name.length > MAX_NAME) problems.push({ path: 'name', message: `is 1 to ${MAX_NAME} characters`, reason: 'name' });
      const set = locales.current();
      if (!set.has(input.sourceLocale)) problems.push({ path: 'sourceLocale', message: 'is not a configured locale', reason: 'locale' });
      const targets = [...new Set(input.targetLocales)];
      if (targets.length === 0) problems.push({ path: 'targetLocales', message: 'name at least one target locale', reason: 'noTarget' });
      for (const t of targets) {
        if (!set.has(t)) problems.push({ path: 'targetLocales', message: `${t.slice(0, 35)} is not a configured locale`, reason: 'locale' });
        else if (t === input.sourceLocale) problems.push({ path: 'targetLocales', message: 'the source locale cannot be a target', reason: 'sameAsSource' });
      }
      const dueDate = checkDueDate(input.dueDate, problems);
      const assignee = await checkAssignee(input.assignee, problems, input.unit);
      const documentIds = await checkDocuments(input.documentIds, problems, input.unit);
      if (documentIds.length === 0 && !problems.some((p) => p.path === 'documents')) problems.push({ path: 'documents', message: 'choose at least one document', reason: 'noDocument' });
      if (problems.length > 0) throw invalidJob(problems);
      return operate(input.actor, input.unit, async (op) => {
        const job: TranslationJob = { id: newId(), name, sourceLocale: input.sourceLocale, state: 'preparing', dueDate, assignee, createdBy: input.actor.id, createdAt: op.now, updatedAt: op.now, closedAt: null };
        await op.repo.insertJob(job);
        await op.repo.insertDocuments(job.id, documentIds, 0, op.now);
        await op.repo.insertLocales(job.id, targets);
        await op.repo.insertItems(job.id, documentIds, targets);
        await op.event(job.id, 'created', { name, sourceLocale: job.sourceLocale, targetLocales: targets, documents: documentIds.length, ...(assignee ? { assignee } : {}) });
        await tellAssignee(job, documentIds, targets, input.actor, op.unit);
        return job;
      });
    },

    /**
     * Adds documents to a job being prepared (those already in it are skipped).
     * @throws POLICY_FORBIDDEN, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE, TRANSLATION_JOB_INVALID
     */
    async addDocuments(input: { actor: Actor; jobId: string; documentIds: readonly string[]; unit?: UnitOfWork }): Promise<number> {
      authorize(input.actor, 'translation.jobs');
      const problems: FieldProblem[] = [];
      const ids = await checkDocuments(input.documentIds, problems, input.unit);
      if (problems.length > 0) throw invalidJob(problems);
      return operate(input.actor, input.unit, async (op) => {
        const job = await readable(op.repo, input.actor, input.jobId);
        if (job.state !== 'preparing') throw wrongState(job.state, 'take more documents');
        const present = await op.repo.listDocumentIds(job.id);
        const added = ids.filter((id) => !present.includes(id));
        if (present.length + added.length > MAX_JOB_DOCUMENTS) throw invalidJob([{ path: 'documents', message: `a job holds at most ${MAX_JOB_DOCUMENTS} documents`, reason: 'tooMany' }]);
        const targets = (await op.repo.listLocales([job.id])).map((l) => l.locale);
        await op.repo.insertDocuments(job.id, added, present.length, op.now);
        await op.repo.insertItems(job.id, added, targets);
        if (added.length > 0) {
          await op.repo.updateJob({ ...job, updatedAt: op.now });
          await op.event(job.id, 'documents-added', { count: added.length, documentIds: added.slice(0, 50) });
        }
        return added.length;
      });
    },

    /** @throws POLICY_FORBIDDEN, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE */
    async removeDocument(input: { actor: Actor; jobId: string; documentId: string; unit?: UnitOfWork }): Promise<void> {
      authorize(input.actor, 'translation.jobs');
      await operate(input.actor, input.unit, async (op) => {
        const job = await readable(op.repo, input.actor, input.jobId);
        if (job.state !== 'preparing') throw wrongState(job.state, 'give up documents');
        if (await op.repo.deleteDocument(job.id, input.documentId)) {
          await op.repo.updateJob({ ...job, updatedAt: op.now });
          await op.event(job.id, 'document-removed', { documentId: input.documentId });
        }
      });
    },

    /**
     * Sets the due date and the assignee (null: nobody); a translator newly assigned is told.
     * @throws POLICY_FORBIDDEN, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE, TRANSLATION_JOB_INVALID
     */
    async setDetails(input: { actor: Actor; jobId: string; dueDate: string | null; assignee: Assignee | null; unit?: UnitOfWork }): Promise<TranslationJob> {
      authorize(input.actor, 'translation.jobs');
      const problems: FieldProblem[] = [];
      const dueDate = checkDueDate(input.dueDate, problems);
      const assignee = await checkAssignee(input.assignee, problems, input.unit);
      if (problems.length > 0) throw invalidJob(problems);
      return operate(input.actor, input.unit, async (op) => {
        const job = await readable(op.repo, input.actor, input.jobId);
        if (job.state === 'closed') throw wrongState(job.state, 'change');
        const next: TranslationJob = { ...job, dueDate, assignee, updatedAt: op.now };
        await op.repo.updateJob(next);
        await op.event(job.id, 'details-changed', { dueDate, assignee });
        const before = job.assignee?.kind === 'user' ? job.assignee.userId : null;
        if (assignee?.kind === 'user' && assignee.userId !== before) {
          await tellAssignee(next, await op.repo.listDocumentIds(job.id), (await op.repo.listLocales([job.id])).map((l) => l.locale), input.actor, op.unit);
        }
        return next;
      });
    },

    /** @throws POLICY_FORBIDDEN, TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE */
    async closeJob(input: { actor: Actor; jobId: string; unit?: UnitOfWork }): Promise<TranslationJob> {
      authorize(input.actor, 'translation.jobs');
      return operate(input.actor, input.unit, async (op) => {
        const job = await readable(op.repo, input.actor, input.jobId);
        if (job.state === 'closed') throw wrongState(job.state, 'be closed again');
        const next: TranslationJob = { ...job, state: 'closed', closedAt: op.now, updatedAt: op.now };
        await op.repo.updateJob(next);
        await op.event(job.id, 'closed', { from: job.state });
        return next;
      });
    },

    /** The jobs this actor may see, newest first, with their counts. */
    async listJobs(actor: Actor, limit = 200): Promise<JobSummary[]> {
      const repo = createJobsRepository(db);
      const mine = allows(actor, 'translation.jobs') ? {} : actor.kind === 'user' ? { assigneeUserId: actor.id } : undefined;
      if (!mine) return [];
      const jobs = await repo.listJobs({ ...mine, limit });
      const ids = jobs.map((j) => j.id);
      const counts = await repo.countDocuments(ids);
      const jobLocales = await repo.listLocales(ids);
      return jobs.map((j) => ({ ...j, documentCount: counts.get(j.id) ?? 0, locales: jobLocales.filter((l) => l.jobId === j.id) }));
    },

    /** @throws TRANSLATION_JOB_NOT_FOUND */
    async getJob(actor: Actor, id: string): Promise<JobDetail> {
      const repo = createJobsRepository(db);
      const job = await readable(repo, actor, id);
      const documentIds = await repo.listDocumentIds(job.id);
      const titles = await content.listTranslationTitles(documentIds.map((documentId) => ({ documentId, locale: job.sourceLocale })));
      const byId = new Map(titles.map((t) => [t.documentId, t.title]));
      const documents = [];
      for (const documentId of documentIds) {
        const type = await content.getDocument(documentId).then((d) => d.type, () => null);
        documents.push({ documentId, title: byId.get(documentId) ?? documentId, type });
      }
      return { ...job, documents, locales: await repo.listLocales([job.id]), items: await repo.listItems(job.id), events: await repo.listEvents(job.id) };
    },

    ...createDocumentChoices({ content, tree }),

    /** The translator accounts a job may be assigned to. */
    async listTranslators(): Promise<readonly User[]> {
      return (await listUsers()).filter((u) => u.role === 'translator' && u.disabledAt === null);
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;

/**
 * @module translation-jobs — batches of documents sent for translation to a translator or an agency:
 * chosen one by one, as a section with its subtree, or as everything missing or outdated in a
 * locale; exported as XLIFF (one file per target locale, or all in a zip) and imported back as
 * pending versions through content's operations, never published; each job keeps its history.
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import type { User } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentModule } from '../content/index.ts';
import type { LocaleSource } from '../locales/index.ts';
import { createJobsExchange } from './jobs.exchange.ts';
import { createJobsService, type AssignedListener } from './jobs.service.ts';
import type { MatchLookup } from './jobs.types.ts';

export type * from './jobs.types.ts';
export { JOB_STATES } from './jobs.types.ts';
export * from './jobs.errors.ts';
export type * from './jobs.exchange.types.ts';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ELEMENTS, type ExportedFile } from './jobs.exchange.ts';
export { MAX_JOB_DOCUMENTS, canSee, type AssignedListener, type JobsService } from './jobs.service.ts';

export function createTranslationJobsModule(deps: {
  db: Db;
  clock: Clock;
  audit: Pick<AuditModule, 'record'>;
  content: Pick<ContentModule, 'service' | 'tree'>;
  locales: LocaleSource;
  listUsers: (unit?: UnitOfWork) => Promise<readonly User[]>;
  onAssigned?: AssignedListener;
  /** Translation-memory matches to carry in exports (absent: none). */
  matches?: MatchLookup;
  /** The back office's origin, for the link to each page a file's notes give the translator. */
  linkOrigin?: string;
}) {
  const base = { db: deps.db, clock: deps.clock, audit: deps.audit, content: deps.content.service, tree: deps.content.tree, locales: deps.locales, listUsers: deps.listUsers, ...(deps.onAssigned ? { onAssigned: deps.onAssigned } : {}) };
  return { ...createJobsService(base), ...createJobsExchange({ ...base, ...(deps.matches ? { matches: deps.matches } : {}), ...(deps.linkOrigin ? { linkOrigin: deps.linkOrigin } : {}) }) };
}

export type TranslationJobsModule = ReturnType<typeof createTranslationJobsModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['translationJobs', 'translationJobDocuments', 'translationJobLocales', 'translationJobItems', 'translationJobEvents'] as const satisfies readonly (keyof Schema)[];

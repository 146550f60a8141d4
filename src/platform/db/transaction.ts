import type { Db } from './database.ts';

/**
 * One user action's transaction, and what must happen only once it has committed (telling caches,
 * the search index and other instances). Operations take an optional unit so that an action which
 * spans several modules (approving a submission: a story, its consent, the submission's state) is
 * one commit, with every module's after-commit work run after it.
 */
export interface UnitOfWork {
  readonly trx: Db;
  afterCommit(task: () => unknown): void;
}

/**
 * Runs `work` in the caller's unit when given, else in a new transaction whose after-commit tasks
 * run once it commits. A repository handed a transaction already (`db.isTransaction`) joins it.
 */
export async function withUnitOfWork<T>(db: Db, outer: UnitOfWork | undefined, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
  if (outer) return work(outer);
  if (db.isTransaction) return work({ trx: db, afterCommit: () => undefined });
  const tasks: (() => unknown)[] = [];
  const result = await db.transaction().execute((trx) => work({ trx, afterCommit: (task) => tasks.push(task) }));
  for (const task of tasks) await task();
  return result;
}

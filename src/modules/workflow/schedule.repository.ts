import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledChangesTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { ScheduledAction, ScheduledChange } from './workflow.types.ts';

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;

/** The only SQL for scheduled changes. */
export function createScheduleRepository(db: Db) {
  return {
    async insertChange(change: ScheduledChange): Promise<void> {
      await db.insertInto('scheduledChanges').values(change).execute();
    },

    async findChange(id: string): Promise<ScheduledChange | undefined> {
      const row = await db.selectFrom('scheduledChanges').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toChange(row) : undefined;
    },

    /** Pending changes, soonest first; for one translation when given. */
    async listPending(filter: { documentId?: string; locale?: LocaleCode }, limit: number): Promise<ScheduledChange[]> {
      let query = db.selectFrom('scheduledChanges').selectAll().where('doneAt', 'is', null);
      if (filter.documentId !== undefined) query = query.where('documentId', '=', filter.documentId);
      if (filter.locale !== undefined) query = query.where('locale', '=', filter.locale);
      const rows = await query.orderBy('runAt').orderBy('id').limit(limit).execute();
      return rows.map(toChange);
    },

    /** Changes already carried out (or failed), most recent first. */
    async listDone(filter: { documentId?: string; locale?: LocaleCode }, limit: number): Promise<ScheduledChange[]> {
      let query = db.selectFrom('scheduledChanges').selectAll().where('doneAt', 'is not', null);
      if (filter.documentId !== undefined) query = query.where('documentId', '=', filter.documentId);
      if (filter.locale !== undefined) query = query.where('locale', '=', filter.locale);
      const rows = await query.orderBy('doneAt', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toChange);
    },

    /** Changes not yet carried out, due or not: the metrics' pending count. */
    async countPending(): Promise<number> {
      const row = await db
        .selectFrom('scheduledChanges')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('doneAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Pending changes due by now that no runner holds (or whose runner's lease ran out). */
    async listDue(nowIso: string, limit: number): Promise<ScheduledChange[]> {
      const rows = await db
        .selectFrom('scheduledChanges')
        .selectAll()
        .where('doneAt', 'is', null)
        .where('runAt', '<=', nowIso)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', nowIso)]))
        .orderBy('runAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toChange);
    },

    /**
     * Takes a due change for this runner until `leaseUntil`. The guard makes the UPDATE match for
     * one runner only, on SQLite (one writer) and on PostgreSQL (the second UPDATE waits for the
     * first's row lock, then re-checks the guard and matches nothing).
     */
    async claim(id: string, nowIso: string, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('scheduledChanges')
        .set({ claimedUntil: leaseUntil })
        .where('id', '=', id)
        .where('doneAt', 'is', null)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', nowIso)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Marks a held change carried out (or failed, with its error). */
    async complete(id: string, leaseUntil: string, doneAt: string, error: string | null = null): Promise<void> {
      await db
        .updateTable('scheduledChanges')
        .set({ doneAt, claimedUntil: null, error: error?.slice(0, 500) ?? null })
        .where('id', '=', id)
        .where('claimedUntil', '=', leaseUntil)
        .execute();
    },

    /** Gives a claim back (the change could not be applied for a reason of the moment). */
    async release(id: string, leaseUntil: string): Promise<void> {
      await db.updateTable('scheduledChanges').set({ claimedUntil: null }).where('id', '=', id).where('claimedUntil', '=', leaseUntil).execute();
    },

    /** Removes a change that has not run yet; false when it has run or does not exist. */
    async deletePending(id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('scheduledChanges')
        .where('id', '=', id)
        .where('doneAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}

function toChange({ claimedUntil: _lease, ...row }: Selectable<ScheduledChangesTable>): ScheduledChange {
  return { ...row, locale: row.locale as LocaleCode, action: row.action as ScheduledAction };
}

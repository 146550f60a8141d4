import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { AuditLogTable } from '../../platform/db/schema.ts';
import type { AuditEntry } from './audit.types.ts';

export type AuditRepository = ReturnType<typeof createAuditRepository>;

export interface AuditFilter {
  readonly actorId?: string;
  readonly action?: string;
  readonly documentId?: string;
}

/** The only place with SQL for the audit log. */
export function createAuditRepository(db: Db) {
  const filtered = (filter: AuditFilter) => {
    let query = db.selectFrom('auditLog');
    if (filter.actorId !== undefined) query = query.where('actorId', '=', filter.actorId);
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.documentId !== undefined) query = query.where('documentId', '=', filter.documentId);
    return query;
  };

  return {
    async insertEntry(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('auditLog')
        .values({ ...entry, details: JSON.stringify(entry.details) })
        .execute();
    },

    /** Newest first. */
    async listEntries(filter: AuditFilter, limit: number, offset: number): Promise<AuditEntry[]> {
      const rows = await filtered(filter)
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toEntry);
    },

    async countEntries(filter: AuditFilter): Promise<number> {
      const row = await filtered(filter)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return { ...row, details: JSON.parse(row.details) as Record<string, unknown> };
}

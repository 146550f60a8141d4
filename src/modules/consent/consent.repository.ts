import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { ConsentRecordsTable } from '../../platform/db/schema.ts';
import type { ConsentChannel, ConsentRecord } from './consent.types.ts';

export type ConsentRepository = ReturnType<typeof createConsentRepository>;

/** The only SQL for consent records. */
export function createConsentRepository(db: Db) {
  return {
    async insertRecord(record: ConsentRecord): Promise<void> {
      await db.insertInto('consentRecords').values(toRow(record)).execute();
    },

    async findRecord(id: string): Promise<ConsentRecord | undefined> {
      const row = await db.selectFrom('consentRecords').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** A story's records, oldest first (the order they were collected in). */
    async listForDocument(documentId: string): Promise<ConsentRecord[]> {
      const rows = await db
        .selectFrom('consentRecords')
        .selectAll()
        .where('documentId', '=', documentId)
        .orderBy('collectedAt')
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    /** Marks a record withdrawn unless someone changed it meanwhile; false when the guard missed. */
    async withdrawIfVersion(id: string, version: number, withdrawnAt: string, updatedAt: string): Promise<boolean> {
      const result = await db
        .updateTable('consentRecords')
        .set({ withdrawnAt, updatedAt, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('withdrawnAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Stories with a record that no longer covers them: expired before `today` (YYYY-MM-DD) or
     * withdrawn. Withdrawn ones are included so a withdrawal whose unpublishing was cut short is
     * finished by the next sweep.
     */
    async listDocumentsWithLapsedConsent(today: string): Promise<string[]> {
      const rows = await db
        .selectFrom('consentRecords')
        .select('documentId')
        .distinct()
        .where((eb) => eb.or([eb('expiresAt', '<', today), eb('withdrawnAt', 'is not', null)]))
        .orderBy('documentId')
        .execute();
      return rows.map((r) => r.documentId);
    },
  };
}

function toRow(r: ConsentRecord): Selectable<ConsentRecordsTable> {
  return {
    ...r,
    identifiable: r.identifiable ? 1 : 0,
    minor: r.minor ? 1 : 0,
    guardianConsent: r.guardianConsent ? 1 : 0,
    channels: JSON.stringify(r.channels),
  };
}

function toRecord(row: Selectable<ConsentRecordsTable>): ConsentRecord {
  return {
    ...row,
    // PostgreSQL may hand integers back as numbers or strings depending on the type; compare loosely.
    identifiable: Number(row.identifiable) === 1,
    minor: Number(row.minor) === 1,
    guardianConsent: Number(row.guardianConsent) === 1,
    channels: JSON.parse(row.channels) as ConsentChannel[],
    version: Number(row.version),
  };
}

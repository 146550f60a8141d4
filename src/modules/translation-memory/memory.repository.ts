import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { MemorySegmentsTable } from '../../platform/db/schema.ts';

export type MemoryRow = MemorySegmentsTable;

/** A row to write: the id and timestamps are the repository's business. */
export type NewMemoryRow = Omit<MemoryRow, 'id'>;

/** Rows read per fuzzy lookup at most: the newest of the band, so a huge memory stays cheap. */
const MAX_CANDIDATES = 2000;

/** The only file with SQL on `memory_segments`. */
export function createMemoryRepository(db: Db) {
  return {
    /** Inserts each pair, or refreshes its date and document when the same wording is already there. */
    async upsert(rows: readonly MemoryRow[]): Promise<void> {
      // Chunks keep each statement under both databases' bound-parameter limits.
      for (let i = 0; i < rows.length; i += 50) {
        await db
          .insertInto('memorySegments')
          .values(rows.slice(i, i + 50).map((r) => ({ ...r })))
          .onConflict((oc) =>
            oc.columns(['sourceLocale', 'targetLocale', 'sourceHash', 'targetHash']).doUpdateSet((eb) => ({
              updatedAt: eb.ref('excluded.updatedAt'),
              documentId: eb.ref('excluded.documentId'),
              targetCoded: eb.ref('excluded.targetCoded'),
              sourceCoded: eb.ref('excluded.sourceCoded'),
              origin: eb.ref('excluded.origin'),
            })),
          )
          .execute();
      }
    },

    /** The rows whose source is one of these hashes, newest first. */
    async findByHashes(sourceLocale: string, targetLocale: string, hashes: readonly string[]): Promise<MemoryRow[]> {
      const out: MemoryRow[] = [];
      for (let i = 0; i < hashes.length; i += 500) {
        const chunk = hashes.slice(i, i + 500);
        if (chunk.length === 0) continue;
        out.push(
          ...(await db
            .selectFrom('memorySegments')
            .selectAll()
            .where('sourceLocale', '=', sourceLocale)
            .where('targetLocale', '=', targetLocale)
            .where('sourceHash', 'in', chunk)
            .orderBy('updatedAt', 'desc')
            .orderBy('id')
            .execute()),
        );
      }
      return out;
    },

    /** Candidates for a fuzzy match: the pair's rows whose source length lies in the band. */
    async findInLengthBand(sourceLocale: string, targetLocale: string, from: number, to: number): Promise<Pick<MemoryRow, 'id' | 'sourceHash' | 'sourcePlain' | 'sourceCoded' | 'targetCoded' | 'updatedAt'>[]> {
      return db
        .selectFrom('memorySegments')
        .select(['id', 'sourceHash', 'sourcePlain', 'sourceCoded', 'targetCoded', 'updatedAt'])
        .where('sourceLocale', '=', sourceLocale)
        .where('targetLocale', '=', targetLocale)
        .where('sourceLength', '>=', from)
        .where('sourceLength', '<=', to)
        .orderBy('updatedAt', 'desc')
        .limit(MAX_CANDIDATES)
        .execute();
    },

    /** How many pairs each locale pair holds. */
    async countByPair(): Promise<{ sourceLocale: string; targetLocale: string; pairs: number }[]> {
      const rows = await db
        .selectFrom('memorySegments')
        .select(['sourceLocale', 'targetLocale', sql<number>`count(*)`.as('pairs')])
        .groupBy(['sourceLocale', 'targetLocale'])
        .orderBy('sourceLocale')
        .orderBy('targetLocale')
        .execute();
      return rows.map((r) => ({ ...r, pairs: Number(r.pairs) }));
    },

    /** Every row of a pair (or of every pair), in a stable order, a page at a time. */
    async listPage(pair: { sourceLocale: string; targetLocale: string } | undefined, afterId: string, limit: number): Promise<MemoryRow[]> {
      let query = db.selectFrom('memorySegments').selectAll().where('id', '>', afterId);
      if (pair) query = query.where('sourceLocale', '=', pair.sourceLocale).where('targetLocale', '=', pair.targetLocale);
      return query.orderBy('id').limit(limit).execute();
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('memorySegments').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type MemoryRepository = ReturnType<typeof createMemoryRepository>;

import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { VideosTable } from '../../platform/db/schema.ts';
import type { VideoFile, VideoSourceType, VideoStatus } from './video.types.ts';

/** A videos row as the module sees it; `claimedUntil` stays inside the repository and worker. */
export interface VideoRecord {
  readonly id: string;
  readonly hash: string;
  readonly displayName: string;
  readonly sourceType: VideoSourceType;
  readonly bytes: number;
  readonly durationMs: number | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly status: VideoStatus;
  readonly files: readonly VideoFile[];
  readonly progress: number;
  readonly attempts: number;
  readonly error: string | null;
  readonly claimedUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type VideoRepository = ReturnType<typeof createVideoRepository>;

const ERROR_MAX = 2000;
/** Statuses a worker may take: queued, or processing whose worker's lease ran out. */
const TAKEABLE: VideoStatus[] = ['queued', 'processing'];

/** The only SQL for videos. */
export function createVideoRepository(db: Db) {
  return {
    async countInQueue(): Promise<number> {
      const row = await db
        .selectFrom('videos')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('status', 'in', TAKEABLE)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insert({ files, ...video }: Omit<VideoRecord, 'claimedUntil'>): Promise<void> {
      await db
        .insertInto('videos')
        .values({ ...video, renditions: JSON.stringify(files), claimedUntil: null })
        .execute();
    },

    async findMany(ids: readonly string[]): Promise<VideoRecord[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('videos').selectAll().where('id', 'in', [...new Set(ids)]).execute();
      return rows.map(toRecord);
    },

    /** Newest first. */
    async list(page: { limit: number; offset: number }): Promise<{ rows: VideoRecord[]; total: number }> {
      const rows = await db.selectFrom('videos').selectAll().orderBy('createdAt', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
      const { count } = await db.selectFrom('videos').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
      return { rows: rows.map(toRecord), total: Number(count) };
    },

    /** The oldest job a worker may take now, if any. */
    async findTakeable(nowIso: string): Promise<VideoRecord | undefined> {
      const row = await db
        .selectFrom('videos')
        .selectAll()
        .where('status', 'in', TAKEABLE)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', nowIso)]))
        .orderBy('createdAt')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /**
     * Takes a job until `leaseUntil` and counts the attempt. The guard makes the UPDATE match for
     * one worker only, on SQLite (one writer) and on PostgreSQL (the second UPDATE waits for the
     * first's row lock, then re-checks the guard and matches nothing).
     */
    async claim(id: string, nowIso: string, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('videos')
        .set((eb) => ({ status: 'processing', claimedUntil: leaseUntil, attempts: eb('attempts', '+', 1), progress: 0, updatedAt: nowIso }))
        .where('id', '=', id)
        .where('status', 'in', TAKEABLE)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', nowIso)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Records progress and extends the lease, only while this worker still holds it.
     * @returns false when the lease was lost (another worker took the job)
     */
    async renew(id: string, lease: string, next: { progress: number; leaseUntil: string; nowIso: string; probed?: { durationMs: number; width: number; height: number } }): Promise<boolean> {
      const result = await db
        .updateTable('videos')
        .set({ progress: next.progress, claimedUntil: next.leaseUntil, updatedAt: next.nowIso, ...next.probed })
        .where('id', '=', id)
        .where('claimedUntil', '=', lease)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async complete(id: string, lease: string, files: readonly VideoFile[], nowIso: string): Promise<void> {
      await db
        .updateTable('videos')
        .set({ status: 'ready', renditions: JSON.stringify(files), progress: 1, error: null, claimedUntil: null, updatedAt: nowIso })
        .where('id', '=', id)
        .where('claimedUntil', '=', lease)
        .execute();
    },

    /**
     * A failed attempt: queued again, not taken before `retryAt`, or failed for good when
     * `retryAt` is null. The lease column doubles as the back-off: a queued job is free once it passes.
     */
    async fail(id: string, lease: string, error: string, retryAt: string | null, nowIso: string): Promise<void> {
      await db
        .updateTable('videos')
        .set({ status: retryAt ? 'queued' : 'failed', error: error.slice(-ERROR_MAX), claimedUntil: retryAt, progress: 0, updatedAt: nowIso })
        .where('id', '=', id)
        .where('claimedUntil', '=', lease)
        .execute();
    },

    /** Gives a job back untouched (the worker is stopping): the attempt does not count. */
    async release(id: string, lease: string, nowIso: string): Promise<void> {
      await db
        .updateTable('videos')
        .set((eb) => ({ status: 'queued', claimedUntil: null, attempts: eb('attempts', '-', 1), progress: 0, updatedAt: nowIso }))
        .where('id', '=', id)
        .where('claimedUntil', '=', lease)
        .execute();
    },

    /** Puts a video in `from` back in the queue with fresh attempts; false when it was not in `from`. */
    async requeue(id: string, from: readonly VideoStatus[], nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('videos')
        .set({ status: 'queued', attempts: 0, error: null, progress: 0, claimedUntil: null, updatedAt: nowIso })
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listVersionRows() {
      return db.selectFrom('videos').select(['id', 'status', 'renditions', 'hash', 'updatedAt']).execute();
    },
  };
}

function toRecord(row: Selectable<VideosTable>): VideoRecord {
  return {
    id: row.id,
    hash: row.hash,
    displayName: row.displayName,
    sourceType: row.sourceType as VideoSourceType,
    bytes: Number(row.bytes),
    durationMs: row.durationMs,
    width: row.width,
    height: row.height,
    status: row.status as VideoStatus,
    files: JSON.parse(row.renditions) as VideoFile[],
    progress: Number(row.progress),
    attempts: row.attempts,
    error: row.error,
    claimedUntil: row.claimedUntil,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { FilesTable } from '../../platform/db/schema.ts';
import type { FileType } from './files.types.ts';

export interface FileRecord {
  readonly id: string;
  readonly hash: string;
  readonly displayName: string;
  readonly fileType: FileType;
  readonly bytes: number;
  readonly createdAt: string;
}

/** The only SQL for files. */
export function createFilesRepository(db: Db) {
  return {
    async insert(file: FileRecord): Promise<void> {
      await db.insertInto('files').values(file).execute();
    },

    async findMany(ids: readonly string[]): Promise<FileRecord[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('files').selectAll().where('id', 'in', [...new Set(ids)]).execute();
      return rows.map(toRecord);
    },

    /** Newest first. */
    async list(page: { limit: number; offset: number }): Promise<{ rows: FileRecord[]; total: number }> {
      const rows = await db.selectFrom('files').selectAll().orderBy('createdAt', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
      const { count } = await db.selectFrom('files').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
      return { rows: rows.map(toRecord), total: Number(count) };
    },
  };
}

function toRecord(row: Selectable<FilesTable>): FileRecord {
  return { id: row.id, hash: row.hash, displayName: row.displayName, fileType: row.fileType as FileType, bytes: Number(row.bytes), createdAt: row.createdAt };
}

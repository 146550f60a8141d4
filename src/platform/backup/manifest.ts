import type { ColumnInfo } from './values.ts';

/** What an archive holds, written last (its counts and checksums are known only then) as `manifest.json`. */
export interface BackupManifest {
  readonly format: typeof FORMAT;
  readonly formatVersion: 1;
  readonly createdAt: string;
  /** The database the archive was taken from; restore may target either. */
  readonly source: 'sqlite' | 'postgres';
  /** Applied migrations, in order: the schema the rows fit. */
  readonly migrations: readonly string[];
  readonly tables: readonly ManifestTable[];
  readonly files: readonly ManifestFile[];
}

export interface ManifestTable {
  readonly name: string;
  /** `db/<name>.jsonl`: one JSON array per row, values in column order (see values.ts). */
  readonly entry: string;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: readonly string[];
  readonly rows: number;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ManifestFile {
  /** Path under the media folder, with forward slashes. */
  readonly path: string;
  readonly entry: string;
  readonly bytes: number;
  readonly sha256: string;
}

export const FORMAT = 'ensemble-backup';
export const MANIFEST_ENTRY = 'manifest.json';
export const TABLE_PREFIX = 'db/';
export const MEDIA_PREFIX = 'media/';

/** A relative media path that cannot leave the folder it is restored into. */
export function isSafeMediaPath(relative: string): boolean {
  if (relative === '' || relative.length > 1024 || relative.startsWith('/') || /[\0\\]/.test(relative)) return false;
  return relative.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.startsWith('.'));
}

/** A table name as it may appear in an archive (it is quoted in SQL, but still kept plain). */
export function isSafeTableName(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { knownMigrations } from '../db/database.ts';
import { sqliteFile } from './backup.ts';
import { loadIntoPostgres, loadIntoSqlite } from './load.ts';
import type { BackupManifest } from './manifest.ts';
import { RestoreRefused, stageArchive } from './stage.ts';
import { contentTypeOf, type FileStore } from '../file-store/index.ts';

export { RestoreRefused } from './stage.ts';

export interface RestoreOptions {
  readonly file: string;
  readonly database: { readonly url: string; readonly schema?: string };
  readonly dataDir: string;
  /** The folder uploads are checked in, and the media's own unless `store` is a bucket. */
  readonly mediaDir: string;
  readonly store: FileStore;
  readonly onProgress?: (progress: { phase: 'read' | 'tables' | 'files'; done: number; total: number }) => void;
}

export interface RestoreSummary {
  readonly manifest: BackupManifest;
  readonly rows: number;
  readonly files: number;
  readonly ms: number;
}

/**
 * Restores an archive into an empty site: the archive is unpacked and verified in a staging
 * folder, the database is built (SQLite: a new file beside the target; PostgreSQL: one
 * transaction), and only then are the database and the media folder moved into place. Into a
 * bucket, the files go first, before the database: a bucket holding some of this archive's files
 * (a restore that stopped) is accepted and completed.
 * @throws RestoreRefused for a non-empty target, a damaged archive or one from a newer schema; nothing is written then
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const started = performance.now();
  const postgres = /^postgres(ql)?:\/\//.test(options.database.url);
  const dbFile = postgres ? undefined : path.resolve(sqliteFile(options.database.url));
  await refuseNonEmptyTarget(options, dbFile);
  const createdDataDir = !fs.existsSync(options.dataDir);
  await fsp.mkdir(options.dataDir, { recursive: true });
  const staging = await fsp.mkdtemp(path.join(options.dataDir, '.restore-'));
  const built = dbFile && path.join(path.dirname(dbFile), `.${path.basename(dbFile)}.${randomBytes(4).toString('hex')}.restoring`);
  try {
    const manifest = await stageArchive(options.file, staging, (done, total) => options.onProgress?.({ phase: 'read', done, total }));
    refuseUnknownSchema(manifest);
    const stagedMedia = path.join(staging, 'media');
    if (options.store.kind !== 'local') {
      // A bucket is filled before the database: a restore stopped halfway (a lost connection) is
      // run again, finds only this archive's files there, and adds the rest.
      await refuseForeignObjects(options.store, manifest);
      let done = 0;
      for (const file of manifest.files) {
        await options.store.putFile(file.path, path.join(stagedMedia, ...file.path.split('/')), contentTypeOf(file.path));
        options.onProgress?.({ phase: 'files', done: ++done, total: manifest.files.length });
      }
    }
    const onTables = (done: number, total: number) => options.onProgress?.({ phase: 'tables', done, total });
    if (built) {
      await fsp.mkdir(path.dirname(built), { recursive: true });
      await loadIntoSqlite(built, manifest, staging, onTables);
    } else {
      await loadIntoPostgres(options.database, manifest, staging, onTables);
    }
    // Moved in last: the media folder, then the database file whose presence makes the site whole.
    if (options.store.kind === 'local') {
      await fsp.rm(options.mediaDir, { recursive: true, force: true });
      if (fs.existsSync(stagedMedia)) await fsp.rename(stagedMedia, options.mediaDir);
      else await fsp.mkdir(options.mediaDir, { recursive: true });
    }
    if (built && dbFile) {
      for (const suffix of ['', '-wal', '-shm']) await fsp.rm(`${dbFile}${suffix}`, { force: true });
      await fsp.rename(built, dbFile);
    }
    return {
      manifest,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      files: manifest.files.length,
      ms: performance.now() - started,
    };
  } catch (error) {
    if (built) for (const suffix of ['', '-wal', '-shm']) await fsp.rm(`${built}${suffix}`, { force: true });
    if (createdDataDir) await fsp.rm(options.dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

/** An archive whose migrations are not this code's, in this code's order, comes from a newer (or foreign) version. */
function refuseUnknownSchema(manifest: BackupManifest): void {
  const known = knownMigrations();
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(`the archive comes from a newer version of Ensemble: its database has migrations this version does not know (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}). Upgrade Ensemble, then restore.`);
  }
  if (manifest.migrations.length === 0 || manifest.migrations.some((name, i) => known[i] !== name)) {
    throw new RestoreRefused('the archive\'s migrations are not in the order this version applies them; it cannot be restored here');
  }
}

async function refuseNonEmptyTarget(options: RestoreOptions, dbFile: string | undefined): Promise<void> {
  if (options.store.kind === 'local') {
    const mediaFiles = await countFiles(options.mediaDir);
    if (mediaFiles > 0) throw new RestoreRefused(`the media folder ${options.mediaDir} is not empty (${mediaFiles} files): restore into an empty data folder`);
  }
  if (dbFile) {
    if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) return;
    const sqlite = new SQLite(dbFile, { readonly: true });
    try {
      const tables = sqlite.prepare(`select count(*) from sqlite_master where type = 'table'`).pluck().get() as number;
      if (tables > 0) throw new RestoreRefused(`${dbFile} already holds a database: restore into an empty data folder`);
    } finally {
      sqlite.close();
    }
    return;
  }
  const { url, schema } = options.database;
  const client = new pg.Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  try {
    const tables = (await client.query<{ n: string }>(`select count(*) as n from information_schema.tables where table_schema = current_schema()`)).rows[0]!.n;
    if (Number(tables) > 0) throw new RestoreRefused(`the PostgreSQL database already has ${tables} tables: restore into an empty database (createdb NAME)`);
  } finally {
    await client.end();
  }
}

/** A bucket may hold this archive's own files (an earlier, interrupted restore), nothing else. */
async function refuseForeignObjects(store: FileStore, manifest: BackupManifest): Promise<void> {
  const sizes = new Map(manifest.files.map((f) => [f.path, f.bytes]));
  for await (const { key, size } of store.list()) {
    if (sizes.get(key) !== size) {
      throw new RestoreRefused(`the bucket ${store.description} already holds files that are not this archive's (${key}): restore into an empty bucket or prefix`);
    }
  }
}

async function countFiles(dir: string): Promise<number> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory()).length;
}

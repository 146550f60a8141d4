import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { FORMAT, MANIFEST_ENTRY, MEDIA_PREFIX, TABLE_PREFIX, isSafeMediaPath, type BackupManifest, type ManifestFile, type ManifestTable } from './manifest.ts';
import { openPostgresSnapshot, openSqliteSnapshot, type Snapshot } from './snapshot.ts';
import { createTarWriter } from './tar.ts';
import type { FileStore } from '../file-store/index.ts';

export interface BackupOptions {
  /** The database as configured (DATABASE_URL or the SQLite file), and its PostgreSQL schema if any. */
  readonly database: { readonly url: string; readonly schema?: string };
  /** Where the media files are: a folder or a bucket. */
  readonly store: FileStore;
  /** The archive to write; `.gz`/`.tgz` names are gzip-compressed unless `gzip` says otherwise. */
  readonly file: string;
  readonly gzip?: boolean;
  /** Tables that are derived from others and rebuilt after a restore (the search index). */
  readonly skipTable?: (name: string) => boolean;
  readonly onProgress?: (progress: BackupProgress) => void;
}

export interface BackupProgress {
  readonly phase: 'tables' | 'files';
  readonly done: number;
  readonly total: number;
}

export interface BackupSummary {
  readonly file: string;
  readonly manifest: BackupManifest;
  readonly bytes: number;
  readonly ms: number;
}

/**
 * Writes one archive of the site while it keeps serving: a snapshot of every table (rows as JSON
 * lines), then the media files, then manifest.json with counts and SHA-256 checksums. Files are
 * named by their content and never rewritten, so those a snapshot's rows name are all there;
 * files uploaded after the snapshot are carried too, unused. The archive appears under its name
 * only once complete.
 */
export async function createBackup(options: BackupOptions): Promise<BackupSummary> {
  const started = performance.now();
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'ensemble-backup-'));
  const partial = `${options.file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    const snapshot = await openSnapshot(options, work);
    let tables: ManifestTable[];
    try {
      tables = await dumpTables(snapshot, work, options.onProgress);
    } finally {
      await snapshot.close();
    }
    const media = await listMedia(options.store);
    const gzip = options.gzip ?? /\.(t?gz)$/i.test(options.file);
    const files: ManifestFile[] = [];
    const out = fs.createWriteStream(partial, { flags: 'wx' });
    const tarStream = new PassThrough();
    const done = gzip ? pipeline(tarStream, createGzip({ level: 6 }), out) : pipeline(tarStream, out);
    const tar = createTarWriter(tarStream);
    const writing = (async () => {
      for (const table of tables) await tar.add(table.entry, table.bytes, fs.createReadStream(path.join(work, table.entry)));
      const totalBytes = media.reduce((sum, f) => sum + f.bytes, 0);
      let doneBytes = 0;
      for (const file of media) {
        const hash = createHash('sha256');
        // Opened first: a file removed since the listing (an upload rolled back) is left out.
        const opened = await options.store.open(file.path);
        if (!opened) continue;
        const bytes = opened.size;
        if (bytes === 0) await opened.close();
        await tar.add(file.entry, bytes, bytes === 0 ? [] : hashing((await opened.stream({ start: 0, end: bytes - 1 })) as AsyncIterable<Buffer>, hash));
        files.push({ ...file, bytes, sha256: hash.digest('hex') });
        doneBytes += file.bytes;
        options.onProgress?.({ phase: 'files', done: doneBytes, total: totalBytes });
      }
      const manifest: BackupManifest = { format: FORMAT, formatVersion: 1, createdAt: new Date().toISOString(), source: snapshot.dialect, migrations: snapshot.migrations, tables, files };
      const bytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`, 'utf8');
      await tar.add(MANIFEST_ENTRY, bytes.length, [bytes]);
      await tar.finish();
      tarStream.end();
      return manifest;
    })();
    // If writing fails, end the stream so the pipeline settles too.
    const manifest = await writing.catch((error: unknown) => {
      tarStream.destroy(error as Error);
      throw error;
    });
    await done;
    await fsp.rename(partial, options.file);
    const { size } = await fsp.stat(options.file);
    return { file: options.file, manifest, bytes: size, ms: performance.now() - started };
  } catch (error) {
    await fsp.rm(partial, { force: true });
    throw error;
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

async function openSnapshot(options: BackupOptions, work: string): Promise<Snapshot> {
  const skip = options.skipTable ?? (() => false);
  const { url } = options.database;
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgresSnapshot(options.database, skip);
  return openSqliteSnapshot(sqliteFile(url), work, skip);
}

export function sqliteFile(url: string): string {
  if (url === ':memory:') throw new Error('An in-memory database has nothing to back up or restore into');
  return url.startsWith('file://') ? new URL(url).pathname : url.replace(/^file:/, '');
}

/** Every table into `work/db/<table>.jsonl`, counted and hashed as it is written. */
async function dumpTables(snapshot: Snapshot, work: string, onProgress: BackupOptions['onProgress']): Promise<ManifestTable[]> {
  await fsp.mkdir(path.join(work, TABLE_PREFIX), { recursive: true });
  const out: ManifestTable[] = [];
  for (const table of snapshot.tables) {
    const entry = `${TABLE_PREFIX}${table.name}.jsonl`;
    const hash = createHash('sha256');
    const stream = fs.createWriteStream(path.join(work, entry));
    let rows = 0;
    let bytes = 0;
    let lines: string[] = [];
    const flush = async () => {
      const chunk = Buffer.from(lines.join(''), 'utf8');
      lines = [];
      hash.update(chunk);
      bytes += chunk.length;
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    };
    for await (const row of snapshot.rows(table)) {
      lines.push(`${JSON.stringify(row)}\n`);
      rows++;
      if (lines.length >= 500) await flush();
    }
    await flush();
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    out.push({ name: table.name, entry, columns: table.columns, primaryKey: table.primaryKey, rows, bytes, sha256: hash.digest('hex') });
    onProgress?.({ phase: 'tables', done: out.length, total: snapshot.tables.length });
  }
  return out;
}

/** The stored media files, in key order (the store leaves out work in progress: `.incoming`, `*.part`). */
async function listMedia(store: FileStore): Promise<Omit<ManifestFile, 'sha256'>[]> {
  const out: Omit<ManifestFile, 'sha256'>[] = [];
  for await (const { key, size } of store.list()) {
    if (isSafeMediaPath(key)) out.push({ path: key, entry: `${MEDIA_PREFIX}${key}`, bytes: size });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function* hashing(source: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>): AsyncIterable<Buffer> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

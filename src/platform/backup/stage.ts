import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { FORMAT, MANIFEST_ENTRY, MEDIA_PREFIX, TABLE_PREFIX, isSafeMediaPath, isSafeTableName, type BackupManifest } from './manifest.ts';
import { readTar, TarError, type TarEntrySink } from './tar.ts';

/** Why a restore was refused; its message is meant for the operator as it is. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/**
 * Unpacks the archive into `stagingDir` (`db/…`, `media/…`), hashing every entry on the way,
 * and checks it against its manifest: every entry present once, sizes, SHA-256 and row counts.
 * @throws RestoreRefused for a truncated or damaged archive, naming what is wrong
 */
export async function stageArchive(file: string, stagingDir: string, onProgress?: (done: number, total: number) => void): Promise<BackupManifest> {
  const { size } = await fsp.stat(file).catch(() => {
    throw new RestoreRefused(`${file} cannot be read`);
  });
  const compressed = await isGzip(file);
  const raw = fs.createReadStream(file);
  let read = 0;
  raw.on('data', (chunk) => {
    read += chunk.length;
    onProgress?.(read, size);
  });
  const input = compressed ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => input.destroy(error));
  const seen = new Map<string, { bytes: number; sha256: string; lines: number }>();
  let manifestText: Buffer[] | undefined;
  try {
    await readTar(input, async (name, bytes): Promise<TarEntrySink> => {
      if (seen.has(name)) throw new RestoreRefused(`the archive holds "${name}" twice`);
      if (name === MANIFEST_ENTRY) {
        if (bytes > MAX_MANIFEST_BYTES) throw new RestoreRefused('the archive\'s manifest is too large to be one');
        const parts: Buffer[] = [];
        manifestText = parts;
        return { write: (chunk) => void parts.push(Buffer.from(chunk)), end: () => undefined };
      }
      const target = stagedPath(stagingDir, name);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const hash = createHash('sha256');
      const out = fs.createWriteStream(target, { flags: 'wx' });
      let lines = 0;
      let written = 0;
      return {
        async write(chunk) {
          hash.update(chunk);
          written += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        },
        async end() {
          await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
          seen.set(name, { bytes: written, sha256: hash.digest('hex'), lines });
        },
      };
    });
  } catch (error) {
    if (error instanceof RestoreRefused) throw error;
    if (error instanceof TarError) throw new RestoreRefused(`${file}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end/i.test(String(error))) {
      throw new RestoreRefused(`${file}: the archive is damaged or truncated (${(error as Error).message})`);
    }
    throw error;
  }
  if (!manifestText) throw new RestoreRefused(`${file}: the archive has no ${MANIFEST_ENTRY} (truncated, or not an Ensemble backup)`);
  const manifest = parseManifest(Buffer.concat(manifestText).toString('utf8'));
  checkEntries(manifest, seen);
  return manifest;
}

function stagedPath(stagingDir: string, name: string): string {
  if (name.startsWith(TABLE_PREFIX)) {
    const table = name.slice(TABLE_PREFIX.length).replace(/\.jsonl$/, '');
    if (isSafeTableName(table) && name === `${TABLE_PREFIX}${table}.jsonl`) return path.join(stagingDir, 'db', `${table}.jsonl`);
  } else if (name.startsWith(MEDIA_PREFIX) && isSafeMediaPath(name.slice(MEDIA_PREFIX.length))) {
    return path.join(stagingDir, 'media', ...name.slice(MEDIA_PREFIX.length).split('/'));
  }
  throw new RestoreRefused(`the archive holds "${name.slice(0, 200)}", which is not a table, a media file or the manifest`);
}

function parseManifest(text: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(text) as BackupManifest;
  } catch {
    throw new RestoreRefused('the archive\'s manifest.json is damaged: it is not valid JSON');
  }
  if (manifest?.format !== FORMAT || manifest.formatVersion !== 1) throw new RestoreRefused('the archive is not an Ensemble backup of a format this version reads');
  if (!Array.isArray(manifest.tables) || !Array.isArray(manifest.files) || !Array.isArray(manifest.migrations)) {
    throw new RestoreRefused('the archive\'s manifest.json is damaged: tables, files or migrations are missing');
  }
  return manifest;
}

function checkEntries(manifest: BackupManifest, seen: Map<string, { bytes: number; sha256: string; lines: number }>): void {
  const expected = new Set<string>();
  for (const table of manifest.tables) {
    if (!isSafeTableName(table.name) || table.entry !== `${TABLE_PREFIX}${table.name}.jsonl` || !Array.isArray(table.columns)) {
      throw new RestoreRefused(`the manifest's entry for table "${String(table.name).slice(0, 80)}" is damaged`);
    }
    expected.add(table.entry);
    const got = seen.get(table.entry);
    if (!got) throw new RestoreRefused(`the archive lacks the rows of table ${table.name} (${table.entry})`);
    if (got.bytes !== table.bytes || got.sha256 !== table.sha256) throw new RestoreRefused(`table ${table.name} is damaged: its checksum does not match the manifest`);
    if (got.lines !== table.rows) throw new RestoreRefused(`table ${table.name} holds ${got.lines} rows, the manifest says ${table.rows}`);
  }
  for (const file of manifest.files) {
    expected.add(file.entry);
    if (file.entry !== `${MEDIA_PREFIX}${file.path}`) throw new RestoreRefused(`the manifest names ${file.entry} for ${file.path}`);
    const got = seen.get(file.entry);
    if (!got) throw new RestoreRefused(`the archive lacks the media file ${file.path}`);
    if (got.bytes !== file.bytes || got.sha256 !== file.sha256) throw new RestoreRefused(`media file ${file.path} is damaged: its checksum does not match the manifest`);
  }
  for (const name of seen.keys()) {
    if (!expected.has(name)) throw new RestoreRefused(`the archive holds ${name}, which its manifest does not list`);
  }
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await fsp.open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import type { BackupManifest } from '../../src/platform/backup/manifest.ts';
import { createTarWriter, readTar } from '../../src/platform/backup/tar.ts';
import { PROJECT_ROOT } from './server-process.ts';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npx ensemble …` without waiting on it synchronously (other work runs meanwhile); never throws on its exit code. */
export function runCliAsync(site: { dataDir: string; databaseUrl?: string; env?: Record<string, string> }, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ensemble.js', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: site.dataDir, DATABASE_URL: site.databaseUrl ?? '', PUBLIC_URL: 'https://ensemble.test', ...site.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Every entry of an archive (gzip or not), in memory: archives in tests are a few MB. */
export async function readArchive(file: string): Promise<Map<string, Buffer>> {
  const raw = await fsp.readFile(file);
  const input = new PassThrough();
  const stream = raw[0] === 0x1f && raw[1] === 0x8b ? input.pipe(createGunzip()) : input;
  input.end(raw);
  const entries = new Map<string, Buffer>();
  await readTar(stream, (name) => {
    const parts: Buffer[] = [];
    return { write: (chunk) => void parts.push(Buffer.from(chunk)), end: () => void entries.set(name, Buffer.concat(parts)) };
  });
  return entries;
}

export async function writeArchive(file: string, entries: ReadonlyMap<string, Buffer>): Promise<void> {
  const out = fs.createWriteStream(file);
  const tar = createTarWriter(out);
  for (const [name, bytes] of entries) await tar.add(name, bytes.length, [bytes]);
  await tar.finish();
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export function manifestOf(entries: ReadonlyMap<string, Buffer>): BackupManifest {
  return JSON.parse(entries.get('manifest.json')!.toString('utf8')) as BackupManifest;
}

/** SHA-256 of every file under a media folder, by relative path, without work in progress. */
export async function mediaHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith('.part')) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    out.set(relative, createHash('sha256').update(await fsp.readFile(path.join(dir, relative))).digest('hex'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** An empty PostgreSQL database beside TEST_DATABASE_URL's, named after it. */
export async function createEmptyDatabase(): Promise<string> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `${url.pathname.slice(1) || 'ensemble'}_${randomBytes(4).toString('hex')}`;
  await adminQuery(url.href, `CREATE DATABASE ${name}`);
  url.pathname = `/${name}`;
  return url.href;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  await adminQuery(url.href, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export async function tableCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(`select count(*) as n from information_schema.tables where table_schema = 'public'`)).rows[0].n);
  } finally {
    await client.end();
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import type { BackupManifest } from '../../src/platform/backup/manifest.ts';
import { createEmptyDatabase, dropDatabase, manifestOf, mediaHashes, readArchive, runCliAsync, tableCount, writeArchive } from '../helpers/backup-archive.ts';
import { openDataSite, type DataSite } from '../helpers/data-site.ts';
import { testDialects } from '../helpers/test-database.ts';

// One demo site (SQLite), backed up once; the PostgreSQL site is that archive restored, which is
// the move to PostgreSQL under test. Every other site is restored from one of the two.
const withPostgres = testDialects().includes('postgres');
let root: string;
let source: DataSite;
let sourceArchive: string;
let sourceManifest: BackupManifest;
let postgres: DataSite | undefined;
const databases: string[] = [];
const opened: DataSite[] = [];

async function restoreInto(archive: string, options: { postgres?: boolean } = {}): Promise<{ dataDir: string; databaseUrl?: string; stdout: string }> {
  const dataDir = path.join(root, `site-${opened.length}-${Math.random().toString(36).slice(2, 8)}`);
  const databaseUrl = options.postgres ? await createEmptyDatabase() : undefined;
  if (databaseUrl) databases.push(databaseUrl);
  const result = await runCliAsync({ dataDir, databaseUrl }, 'restore', archive);
  expect(result.stderr).not.toMatch(/refused/i);
  expect(result.status).toBe(0);
  return { dataDir, databaseUrl, stdout: result.stdout };
}

async function open(dataDir: string, databaseUrl?: string): Promise<DataSite> {
  const site = await openDataSite(dataDir, { databaseUrl });
  opened.push(site);
  return site;
}

/** Every table's rows, sorted, with PostgreSQL's bigint strings read as numbers. */
async function rowsOf(site: DataSite, tables: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(site.database.db);
    out[table] = rows.map((row) => JSON.stringify(Object.entries(row).sort().map(([k, v]) => [k, typeof v === 'string' && /^-?\d{1,15}$/.test(v) ? Number(v) : v]))).sort();
  }
  return out;
}

/** The home pages and the pages they link to, as visitors get them. */
async function pagesOf(site: DataSite, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const url of paths) {
    const response = await site.app.inject({ method: 'GET', url });
    out.push(`${url} ${response.statusCode} ${String(response.headers['content-type'])}\n${response.body}`);
  }
  return out;
}

/** Search pages only between sites on the same database: FTS5 and tsvector rank differently by design. */
async function samplePaths(site: DataSite, withSearch: boolean): Promise<string[]> {
  const homes = ['/fr/', '/en/', '/es/', '/ar/'];
  const home = await site.app.inject({ method: 'GET', url: '/fr/' });
  const links = [...home.body.matchAll(/href="(\/(?:fr|en|es|ar)\/[^"#?]+)"/g)].map((m) => m[1]!);
  return [...new Set([...homes, ...links])].slice(0, 24).concat(withSearch ? ['/en/search?q=water', '/fr/recherche?q=eau'] : []);
}

async function expectSameSite(a: DataSite, b: DataSite): Promise<void> {
  const tables = sourceManifest.tables.map((t) => t.name);
  expect(await rowsOf(b, tables)).toEqual(await rowsOf(a, tables));
  expect(await mediaHashes(b.mediaDir)).toEqual(await mediaHashes(a.mediaDir));
  const paths = await samplePaths(a, a.database.dialect === b.database.dialect);
  expect(paths.length).toBeGreaterThan(10);
  expect(await pagesOf(b, paths)).toEqual(await pagesOf(a, paths));
}

beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'ensemble-backup-test-'));
  source = await openDataSite(path.join(root, 'source'), { demo: true });
  opened.push(source);
  sourceArchive = path.join(root, 'source.tar.gz');
  const result = await runCliAsync({ dataDir: source.dataDir }, 'backup', sourceArchive);
  expect(result.status, result.stderr).toBe(0);
  sourceManifest = manifestOf(await readArchive(sourceArchive));
  if (withPostgres) {
    const restored = await restoreInto(sourceArchive, { postgres: true });
    postgres = await open(restored.dataDir, restored.databaseUrl);
  }
}, 600_000);

afterAll(async () => {
  for (const site of opened) await site.close().catch(() => undefined);
  for (const url of databases) await dropDatabase(url);
  if (root) await fsp.rm(root, { recursive: true, force: true });
}, 60_000);

describe('backup and restore', () => {
  it('writes an archive whose manifest lists the schema, every table and every media file with checksums', async () => {
    const entries = await readArchive(sourceArchive);
    expect(sourceManifest.source).toBe('sqlite');
    expect(sourceManifest.migrations.at(-1)).toMatch(/^\d{8}-\d{4}-/);
    const names = sourceManifest.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['documents', 'translations', 'media_assets', 'locales', 'users']));
    expect(names.some((n) => n.startsWith('search_'))).toBe(false);
    expect(sourceManifest.tables.find((t) => t.name === 'translations')!.rows).toBeGreaterThan(100);
    expect(sourceManifest.files.length).toBe((await mediaHashes(source.mediaDir)).size);
    expect(entries.size).toBe(sourceManifest.tables.length + sourceManifest.files.length + 1);
  });

  it('restores into an empty data folder: every row, every file and the same pages byte for byte [sqlite]', async () => {
    const restored = await restoreInto(sourceArchive);
    expect(restored.stdout).toMatch(/Restored \d+ tables/);
    await expectSameSite(source, await open(restored.dataDir));
  }, 300_000);

  it.runIf(withPostgres)('moves the site from SQLite to PostgreSQL and back, every row and file arriving', async () => {
    await expectSameSite(source, postgres!);
    const archive = path.join(root, 'postgres.tar');
    const backup = await runCliAsync({ dataDir: postgres!.dataDir, databaseUrl: postgres!.databaseUrl }, 'backup', archive);
    expect(backup.status, backup.stderr).toBe(0);
    const manifest = manifestOf(await readArchive(archive));
    expect(manifest.source).toBe('postgres');
    // The archive's rows do not depend on the database they came from.
    expect(manifest.tables.map((t) => [t.name, t.rows, t.sha256])).toEqual(sourceManifest.tables.map((t) => [t.name, t.rows, t.sha256]));
    const back = await restoreInto(archive);
    await expectSameSite(postgres!, await open(back.dataDir));
  }, 300_000);

  for (const dialect of testDialects()) {
    it(`takes a consistent backup while saves and uploads run [${dialect}]`, async () => {
      const site = dialect === 'sqlite' ? source : postgres!;
      const archive = path.join(root, `busy-${dialect}.tar.gz`);
      const backup = runCliAsync({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }, 'backup', archive);
      let finished = false;
      void backup.then(() => (finished = true));
      let writes = 0;
      while (!finished) {
        const n = writes++;
        await site.content.service.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: `pendant-${dialect}-${n}`, title: `Écrit pendant la sauvegarde ${n}` }, actor: SYSTEM_ACTOR });
        const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: n % 256, g: (n * 7) % 256, b: 99 } } }).png().toBuffer();
        await site.media.createImage(png, { displayName: `pendant-${n}.png`, alt: { fr: `Image ${n}` } });
      }
      const result = await backup;
      expect(result.status, result.stderr).toBe(0);
      expect(writes).toBeGreaterThan(0);
      const entries = await readArchive(archive);
      const manifest = manifestOf(entries);
      for (const table of manifest.tables) {
        const body = entries.get(table.entry)!;
        expect(body.toString('utf8').split('\n').length - 1, table.name).toBe(table.rows);
      }
      const restored = await restoreInto(archive, { postgres: dialect === 'postgres' });
      const copy = await open(restored.dataDir, restored.databaseUrl);
      for (const table of manifest.tables) {
        const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(copy.database.db);
        expect(Number(rows[0]!.n), table.name).toBe(table.rows);
      }
      // Every image the restored rows name has its files.
      const { rows: assets } = await sql<{ variants: string }>`select variants from media_assets`.execute(copy.database.db);
      for (const asset of assets) {
        for (const variant of JSON.parse(asset.variants) as { file: string }[]) expect(fs.existsSync(path.join(copy.mediaDir, variant.file)), variant.file).toBe(true);
      }
    }, 300_000);
  }

  it('refuses a truncated archive and one with a flipped byte, writing nothing', async () => {
    const whole = await fsp.readFile(sourceArchive);
    const truncated = path.join(root, 'truncated.tar.gz');
    await fsp.writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const plain = path.join(root, 'plain.tar');
    await writeArchive(plain, await readArchive(sourceArchive));
    const bytes = await fsp.readFile(plain);
    const at = bytes.indexOf('[["') + 5;
    bytes[at] = bytes[at]! ^ 0x20;
    const flipped = path.join(root, 'flipped.tar');
    await fsp.writeFile(flipped, bytes);
    const cutPlain = path.join(root, 'cut.tar');
    await fsp.writeFile(cutPlain, (await fsp.readFile(plain)).subarray(0, 700_000));

    for (const [archive, reason] of [[truncated, /truncated|damaged/], [flipped, /checksum/], [cutPlain, /truncated/]] as const) {
      for (const target of withPostgres ? ['sqlite', 'postgres'] : ['sqlite']) {
        const dataDir = path.join(root, `refused-${path.basename(archive)}-${target}`);
        const databaseUrl = target === 'postgres' ? await createEmptyDatabase() : undefined;
        if (databaseUrl) databases.push(databaseUrl);
        const result = await runCliAsync({ dataDir, databaseUrl }, 'restore', archive);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(reason);
        expect(result.stderr).toMatch(/Nothing was written/);
        expect(fs.existsSync(dataDir)).toBe(false);
        if (databaseUrl) expect(await tableCount(databaseUrl)).toBe(0);
      }
    }
  }, 300_000);

  it('refuses a target that is not empty', async () => {
    const result = await runCliAsync({ dataDir: source.dataDir }, 'restore', sourceArchive);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not empty|already holds a database/);
    if (postgres) {
      const before = await tableCount(postgres.databaseUrl);
      const intoPostgres = await runCliAsync({ dataDir: path.join(root, 'empty-folder'), databaseUrl: postgres.databaseUrl }, 'restore', sourceArchive);
      expect(intoPostgres.status).toBe(1);
      expect(intoPostgres.stderr).toMatch(/already has \d+ tables/);
      expect(await tableCount(postgres.databaseUrl)).toBe(before);
      expect(fs.existsSync(path.join(root, 'empty-folder'))).toBe(false);
    }
  }, 120_000);

  it('refuses an archive from a newer schema, naming the migrations it does not know', async () => {
    const entries = await readArchive(sourceArchive);
    const manifest = manifestOf(entries);
    entries.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, migrations: [...manifest.migrations, '29991231-2359-from-the-future'] })));
    const newer = path.join(root, 'newer.tar');
    await writeArchive(newer, entries);
    const dataDir = path.join(root, 'refused-newer');
    const result = await runCliAsync({ dataDir }, 'restore', newer);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/newer version of Ensemble.*29991231-2359-from-the-future/);
    expect(fs.existsSync(dataDir)).toBe(false);
  }, 120_000);
});

// Times `backup` and `restore` (in process, without the CLI's start-up) on the demo site and on the
// bench's large site, and prints archive sizes.
//   node --import tsx scripts/backup-times.ts [--documents N] [--no-demo] [--postgres postgres://…/empty_db]
// --documents 5000 is the bench's 10,000-page site (5,000 documents × fr, en); 0 skips it.
// --postgres also restores each archive into that (empty, dropped and re-made per site) database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openBenchSite } from '../bench/site.ts';
import { seedSite } from '../bench/seed.ts';
import { createModules } from '../src/modules.ts';
import { demoConsentRecorder, loadDemoOnFirstRun } from '../src/modules/demo/index.ts';
import { isSearchIndexTable } from '../src/modules/search/index.ts';
import { createLocalFileStore } from '../src/platform/file-store/index.ts';
import { createBackup } from '../src/platform/backup/backup.ts';
import { restoreBackup } from '../src/platform/backup/restore.ts';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase } from '../src/platform/db/database.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const documents = Number(option('--documents') ?? 5000);
const postgresUrl = option('--postgres');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-backup-times-'));
const rows: string[][] = [];
// Each figure is printed when measured too, so a long run stopped early still tells something.
const record = (row: string[]) => {
  rows.push(row);
  process.stderr.write(`${row.join(' | ')}\n`);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const log = (text: string) => process.stderr.write(`${text}\n`);

try {
  if (!args.includes('--no-demo')) {
    const dir = path.join(work, 'demo');
    const t = performance.now();
    const site = await openBenchSite(dir);
    const { modules } = site;
    await modules.locales.load();
    await loadDemoOnFirstRun(modules.content.service, modules.settings, {
      createImage: (bytes, details) => modules.media.createImage(bytes, details),
      createFile: (bytes, details) => modules.files.createFileFromBytes(bytes, details),
      recordConsent: demoConsentRecorder(modules.consent),
      locales: modules.locales,
    });
    await site.database.close();
    log(`demo loaded in ${seconds(performance.now() - t)}`);
    await measure('demo', dir);
  }
  if (documents > 0) {
    const dir = path.join(work, 'bench');
    const site = await openBenchSite(dir);
    await site.modules.locales.load();
    const seeded = await seedSite(site.modules, { documents, bodyChars: 21_500, sections: 10 }, { onProgress: (n) => n % 500 === 0 && log(`  ${n} documents`) });
    await site.database.close();
    log(`bench site seeded in ${seconds(seeded.ms)} (${seeded.translations} translations)`);
    await measure(`bench, ${documents} documents × 2 locales`, dir);
  }
  process.stdout.write(`\n| site | step | time | size |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

async function measure(label: string, dataDir: string): Promise<void> {
  const database = { url: `file:${path.join(dataDir, 'ensemble.sqlite')}` };
  const dbBytes = fs.statSync(path.join(dataDir, 'ensemble.sqlite')).size;
  record([label, 'SQLite file (for scale)', '', size(dbBytes)]);
  const gz = path.join(work, `${path.basename(dataDir)}.tar.gz`);
  const plain = path.join(work, `${path.basename(dataDir)}.tar`);
  const backup = await createBackup({ database, store: createLocalFileStore(path.join(dataDir, 'media')), file: gz, skipTable: isSearchIndexTable });
  const rowCount = backup.manifest.tables.reduce((s, t) => s + t.rows, 0);
  record([label, `backup from SQLite, gzip (${rowCount} rows, ${backup.manifest.files.length} files)`, seconds(backup.ms), size(backup.bytes)]);
  const uncompressed = await createBackup({ database, store: createLocalFileStore(path.join(dataDir, 'media')), file: plain, gzip: false, skipTable: isSearchIndexTable });
  record([label, 'backup from SQLite, uncompressed', seconds(uncompressed.ms), size(uncompressed.bytes)]);
  const target = path.join(work, `${path.basename(dataDir)}-restored`);
  await restoreInto(label, 'SQLite', gz, target, `file:${path.join(target, 'ensemble.sqlite')}`);
  if (postgresUrl) {
    await recreate(postgresUrl);
    await restoreInto(label, 'PostgreSQL', gz, `${target}-pg`, postgresUrl);
    const fromPg = await createBackup({ database: { url: postgresUrl }, store: createLocalFileStore(path.join(`${target}-pg`, 'media')), file: path.join(work, 'from-pg.tar.gz'), skipTable: isSearchIndexTable });
    record([label, 'backup from PostgreSQL, gzip', seconds(fromPg.ms), size(fromPg.bytes)]);
    fs.rmSync(path.join(work, 'from-pg.tar.gz'));
  }
  fs.rmSync(target, { recursive: true, force: true });
}

async function restoreInto(label: string, name: string, archive: string, dataDir: string, url: string): Promise<void> {
  const restored = await restoreBackup({ file: archive, database: { url }, dataDir, mediaDir: path.join(dataDir, 'media'), store: createLocalFileStore(path.join(dataDir, 'media')) });
  record([label, `restore into ${name} (unpack, verify, load)`, seconds(restored.ms), '']);
  const database = openDatabase({ url });
  const t = performance.now();
  const modules = createModules({ db: database.db, clock: systemClock, mediaDir: path.join(dataDir, 'media'), pageCacheBytes: 1 << 20 });
  await modules.locales.load();
  const indexed = await modules.search.rebuild();
  await database.close();
  record([label, `search index rebuilt after restore into ${name} (${indexed} entries)`, seconds(performance.now() - t), '']);
}

async function recreate(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
}

import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { createModulesFromConfig } from '../../modules.ts';
import { isSearchIndexTable } from '../../modules/search/index.ts';
import { createBackup } from '../../platform/backup/backup.ts';
import { restoreBackup, RestoreRefused } from '../../platform/backup/restore.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { createFileStore } from '../../platform/file-store/index.ts';
import { createProgress, formatBytes } from '../progress.ts';

export const BACKUP_USAGE = 'Usage: npx ensemble backup FILE [--gzip|--no-gzip]   (FILE.tar, or FILE.tar.gz compressed)';
export const RESTORE_USAGE = 'Usage: npx ensemble restore FILE   (into an empty data folder, or the empty database of DATABASE_URL)';

/** `backup FILE`: one archive of the database, the media files and a manifest, while the site serves. */
export async function runBackup(config: Config, args: readonly string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  const flags = args.filter((a) => a.startsWith('--'));
  if (files.length !== 1 || flags.some((f) => f !== '--gzip' && f !== '--no-gzip')) {
    process.stderr.write(`${BACKUP_USAGE}\n`);
    return 2;
  }
  const file = path.resolve(files[0]!);
  const progress = createProgress(process.stderr, 'backup');
  const store = createFileStore(config.fileStore, config.data.mediaDir);
  const summary = await createBackup({
    database: { url: config.db.url },
    store,
    file,
    gzip: flags.includes('--gzip') ? true : flags.includes('--no-gzip') ? false : undefined,
    skipTable: isSearchIndexTable,
    onProgress: ({ phase, done, total }) => progress.update(phase === 'tables' ? 'tables' : 'media', done, total, phase === 'files'),
  }).finally(() => store.close());
  progress.end();
  const { manifest } = summary;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const mediaBytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  process.stdout.write(
    `Backed up ${manifest.tables.length} tables (${rows} rows) and ${manifest.files.length} media files (${formatBytes(mediaBytes)}) from ${manifest.source} ` +
      `in ${(summary.ms / 1000).toFixed(2)} s.\nArchive: ${file} (${formatBytes(summary.bytes)}), schema ${manifest.migrations.at(-1)}.\n`,
  );
  return 0;
}

/** `restore FILE`: into an empty target only; refused archives leave nothing behind. */
export async function runRestore(config: Config, args: readonly string[]): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    process.stderr.write(`${RESTORE_USAGE}\n`);
    return 2;
  }
  const file = path.resolve(args[0]!);
  const progress = createProgress(process.stderr, 'restore');
  let summary;
  const store = createFileStore(config.fileStore, config.data.mediaDir);
  try {
    summary = await restoreBackup({
      file,
      database: { url: config.db.url },
      dataDir: config.data.dir,
      mediaDir: config.data.mediaDir,
      store,
      onProgress: ({ phase, done, total }) => progress.update(phase === 'read' ? 'archive' : phase, done, total, phase === 'read'),
    });
  } catch (error) {
    progress.end();
    await store.close();
    if (!(error instanceof RestoreRefused)) throw error;
    process.stderr.write(`Restore refused: ${error.message}\nNothing was written.\n`);
    return 1;
  }
  progress.end();
  await store.close();
  // The search index is left out of archives (its form differs by database): rebuilt here, so the restored site searches at once.
  const database = openDatabase({ url: config.db.url });
  let indexed = 0;
  try {
    const modules = createModulesFromConfig(database.db, config);
    await modules.locales.load();
    indexed = await modules.search.rebuild();
    await modules.notifications.stop();
  } finally {
    await database.close();
  }
  process.stdout.write(
    `Restored ${summary.manifest.tables.length} tables (${summary.rows} rows) and ${summary.files} media files into ${config.db.dialect} ` +
      `in ${(summary.ms / 1000).toFixed(2)} s; search index rebuilt (${indexed} entries).\n`,
  );
  return 0;
}

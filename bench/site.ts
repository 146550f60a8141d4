// Opens a bench database with every module wired as the server wires them.
import fs from 'node:fs';
import path from 'node:path';
import { createModules, type Modules } from '../src/modules.ts';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest, openDatabase, type Database } from '../src/platform/db/database.ts';

export interface BenchSite {
  readonly database: Database;
  readonly modules: Modules;
}

/** `url` is a postgres:// URL, or undefined for SQLite in `dataDir` (the file the server opens). */
export async function openBenchSite(dataDir: string, url?: string, pageCacheBytes = 64 * 2 ** 20): Promise<BenchSite> {
  const mediaDir = path.join(dataDir, 'media');
  fs.mkdirSync(mediaDir, { recursive: true });
  const database = openDatabase({ url: url ?? `file:${path.join(dataDir, 'ensemble.sqlite')}` });
  await migrateToLatest(database.db);
  const modules = createModules({ db: database.db, clock: systemClock, mediaDir, pageCacheBytes });
  // As the server does at start: records the search index's format (instant on an empty site), so
  // the servers the bench starts on this database do not rebuild an index it just wrote.
  await modules.search.ensureCurrent();
  return { database, modules };
}

/**
 * Loads a module that another part of the code base may not have yet, so the bench runs (and
 * reports "not available yet") before it lands. Real import errors still throw.
 */
export async function optionalImport<T>(relative: string): Promise<T | undefined> {
  const url = new URL(relative, import.meta.url);
  if (!fs.existsSync(url)) return undefined;
  return (await import(url.href)) as T;
}

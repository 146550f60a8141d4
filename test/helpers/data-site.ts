import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { loadSiteAssets } from '../../src/http/site/site-assets.ts';
import { attachDemoClips, demoConsentRecorder, loadDemoOnFirstRun } from '../../src/modules/demo/index.ts';
import { createModules, type Modules } from '../../src/modules.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { migrateToLatest, openDatabase, type Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { FileStore } from '../../src/platform/file-store/index.ts';

/** A site in a real data folder (SQLite file or a PostgreSQL database, and its media folder), as `npm start` leaves it. */
export interface DataSite extends Modules {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly dataDir: string;
  readonly mediaDir: string;
  /** What the CLI needs to act on it: DATABASE_URL empty for SQLite in DATA_DIR. */
  readonly databaseUrl: string;
  close(): Promise<void>;
}

export const DATA_SITE_URL = 'https://ensemble.test';

/**
 * Opens (migrating) the site in `dataDir` or on `databaseUrl`, optionally loading the demo
 * (with its two clips drawn, when `clips` is set), and builds its app without listening.
 */
export async function openDataSite(dataDir: string, options: { databaseUrl?: string; demo?: boolean; clips?: boolean; fileStore?: FileStore } = {}): Promise<DataSite> {
  const databaseUrl = options.databaseUrl ?? '';
  const mediaDir = path.join(dataDir, 'media');
  const database = openDatabase({ url: databaseUrl || `file:${path.join(dataDir, 'ensemble.sqlite')}` });
  await migrateToLatest(database.db);
  const modules = createModules({ db: database.db, clock: systemClock, mediaDir, fileStore: options.fileStore, pageCacheBytes: 16 * 1024 * 1024, notifications: { config: { adminOrigin: DATA_SITE_URL, digestHourUtc: 7 } } });
  await modules.locales.load();
  if (options.demo) {
    const demo = await loadDemoOnFirstRun(modules.content.service, modules.settings, {
      createImage: (bytes, details) => modules.media.createImage(bytes, details),
      createFile: (bytes, details) => modules.files.createFileFromBytes(bytes, details),
      recordConsent: demoConsentRecorder(modules.consent),
      locales: modules.locales,
    });
    if (demo && options.clips) await attachDemoClips(modules.content.service, modules.video, demo.clips);
  }
  await modules.search.ensureCurrent();
  const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger: createLogger('silent'), publicUrl: DATA_SITE_URL });
  return {
    ...modules,
    app,
    database,
    dataDir,
    mediaDir,
    databaseUrl,
    async close() {
      await modules.notifications.stop();
      await app.close();
      await modules.fileStore.close();
      await database.close();
    },
  };
}

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config/config.ts';
import { buildApp } from './http/app.ts';
import { loadSiteAssets } from './http/site/site-assets.ts';
import { loadDemoOnFirstRun } from './modules/demo/index.ts';
import { DEFAULT_MEDIA_LIMITS } from './modules/media/index.ts';
import { createModules } from './modules.ts';
import { systemClock } from './platform/clock.ts';
import { migrateToLatest, openDatabase } from './platform/db/database.ts';
import { createLogger } from './platform/logger.ts';

/** Composition root: config → data folder → database → migrations → modules → demo → HTTP. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.log.level);

  // The media folder lives beside the SQLite file; both are created on first start.
  fs.mkdirSync(config.data.mediaDir, { recursive: true });
  const database = openDatabase({ url: config.db.url });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

  const modules = createModules({
    db: database.db,
    clock: systemClock,
    mediaDir: config.data.mediaDir,
    mediaLimits: { ...DEFAULT_MEDIA_LIMITS, maxUploadBytes: config.media.maxUploadBytes },
    pageCacheBytes: config.cache.pageCacheBytes,
  });
  const { content, settings, media, accounts, workflow } = modules;

  if (config.demo.loadOnFirstRun) {
    const demo = await loadDemoOnFirstRun(content.service, settings, (bytes, details) => media.createImage(bytes, details));
    if (demo) logger.info(demo, 'demo content loaded');
  }

  const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger, publicUrl: config.http.publicUrl });
  const address = await app.listen({ port: config.http.port, host: config.http.host });
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  logger.info({ database: database.dialect, ms: Math.round(performance.now() - started) }, 'ready');
  process.stdout.write(`Ensemble is serving ${shown}/ (${database.dialect}, data in ${config.data.dir})\n`);
  // Started once the site answers; its first run carries out what fell due while the server was down.
  const runner = workflow.createRunner({ onError: (error) => logger.error({ err: error }, 'scheduled changes run failed') });
  const firstRun = await runner.start();
  if (firstRun.applied.length + firstRun.failed.length > 0) logger.info(firstRun, 'scheduled changes carried out');
  // A fresh site has nobody who can sign in: print, once, the link that creates the first administrator.
  const setupToken = await accounts.setup.createSetupToken();
  if (setupToken) {
    process.stdout.write(`No administrator yet. Create the first one here (link valid for 24 hours):\n  ${config.http.publicUrl}/admin/setup?token=${setupToken}\n`);
  }

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    // The runner stops first, so no change is half applied when the database closes.
    await runner.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
  } else {
    process.stderr.write(`Ensemble could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

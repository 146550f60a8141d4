import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config/config.ts';
import { buildApp } from './http/app.ts';
import { loadSiteAssets } from './http/site/site-assets.ts';
import { attachDemoClips, demoConsentRecorder, loadDemoOnFirstRun, type DemoLoadResult } from './modules/demo/index.ts';
import { connectInstances, createModulesFromConfig } from './modules.ts';
import { SYSTEM } from './modules/accounts/index.ts';
import { DatabaseNewerThanCodeError, migrateToLatest, openDatabase } from './platform/db/database.ts';
import { createMetrics, listenForMetrics } from './http/ops/metrics.ts';
import type { FastifyInstance } from 'fastify';
import { createLogger, type Logger } from './platform/logger.ts';

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

  const modules = createModulesFromConfig(database.db, config, logger);
  const { content, settings, media, accounts, workflow } = modules;
  await modules.locales.load();
  // A language added with the CLI (or by another instance) is served within seconds, without a restart.
  const localesWatch = setInterval(() => void modules.locales.refreshIfChanged().catch((error: unknown) => logger.error({ err: error }, 'reloading locales failed')), 5000);
  localesWatch.unref();

  let demo: DemoLoadResult | undefined;
  if (config.demo.loadOnFirstRun) {
    demo = await loadDemoOnFirstRun(content.service, settings, {
      createImage: (bytes, details) => media.createImage(bytes, details),
      createFile: (bytes, details) => modules.files.createFileFromBytes(bytes, details),
      recordConsent: demoConsentRecorder(modules.consent),
      locales: modules.locales,
      addGlossaryTerm: (term) => modules.memory.glossary.save({ ...term, actor: SYSTEM }),
    });
    if (demo) logger.info({ documents: demo.documents, translations: demo.translations }, 'demo content loaded');
  }

  // The translation memory follows every publication; a site published before it existed (or
  // whose memory was emptied) has it filled once from its published translations.
  if ((await modules.memory.count()) === 0 && (await content.service.countDocuments()) > 0) {
    const built = await modules.memory.rebuild(SYSTEM);
    logger.info(built, 'translation memory built from published translations');
  }

  // The search index is rebuilt once when its format changed (or a database predates it).
  await modules.search.ensureCurrent();

  // Other instances on the same PostgreSQL hear of this one's changes, and it of theirs.
  const disconnect = await connectInstances(database, modules, (error) => logger.error({ err: error }, 'instance bridge failed'));

  const metrics = createMetrics({
    pageCache: modules.pageCache,
    poolUse: database.poolUse,
    videoQueueDepth: modules.video.queueDepth,
    scheduledPending: workflow.countPending,
  });
  // Made now, started once the site answers: /readyz says "not running" until then.
  const videoWorker = modules.video.createWorker({
    onError: (error) => logger.error({ err: error }, 'video job failed'),
    onJobEnd: (outcome, ms) => metrics.observeVideoJob(outcome, ms),
  });
  const ops = {
    health: { db: database.db, fileStore: modules.fileStore, videoWorker: () => ({ ...videoWorker.heartbeat(), intervalMs: videoWorker.intervalMs }) },
    metrics,
    metricsToken: config.ops.metricsToken,
  };
  const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger, publicUrl: config.http.publicUrl, ops });
  const address = await app.listen({ port: config.http.port, host: config.http.host });
  const metricsServer = config.ops.metricsPort === null ? undefined : await listenForMetrics(metrics, config.ops.metricsPort, config.http.host);
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  logger.info({ database: database.dialect, ms: Math.round(performance.now() - started) }, 'ready');
  process.stdout.write(`Ensemble is serving ${shown}/ (${database.dialect}, data in ${config.data.dir}${modules.fileStore.kind === 's3' ? `, media in ${modules.fileStore.description}` : ''})\n`);
  // Started once the site answers; its first run carries out what fell due while the server was down.
  const runner = workflow.createRunner({ onError: (error) => logger.error({ err: error }, 'scheduled changes run failed') });
  const firstRun = await runner.start();
  // Consent that lapsed while the server was down takes its stories off the web now; then every 10 minutes.
  const sweeper = modules.consent.createSweeper({ onError: (error) => logger.error({ err: error }, 'consent sweep failed') });
  const firstSweep = await sweeper.start();
  if (firstSweep.unpublished.length + firstSweep.failed.length > 0) logger.info(firstSweep, 'stories taken off the web: consent lapsed');
  // Transcoding runs in this process, one video at a time; jobs left by a stopped server resume here.
  // Notification mail queued before a restart (or due for today's digest) goes out now, then every 30 s.
  modules.notifications.start();
  if (modules.notifications.mailerKind === 'log') logger.info('SMTP_URL is not set: notification mail is written to this log');
  void videoWorker.start();
  if (demo) {
    // The demo stories' clips are drawn once the site answers; until then they show their pictures.
    void attachDemoClips(content.service, modules.video, demo.clips, (error) => logger.warn({ err: error }, 'demo clip not made')).then((count) =>
      logger.info({ count }, 'demo clips attached'),
    );
  }
  if (firstRun.applied.length + firstRun.failed.length > 0) logger.info(firstRun, 'scheduled changes carried out');
  // A fresh site has nobody who can sign in: print, once, the link that creates the first administrator.
  const setupToken = await accounts.setup.createSetupToken();
  if (setupToken) {
    process.stdout.write(`No administrator yet. Create the first one here (link valid for 24 hours):\n  ${config.http.publicUrl}/admin/setup?token=${setupToken}\n`);
  }

  const shutdown = async (signal: string) => {
    logger.info({ signal, graceMs: config.ops.shutdownGraceMs }, 'shutting down');
    // No new connection from here; requests in flight finish (up to the grace) while the
    // background work stops beside them.
    const drained = closeHttp(app, config.ops.shutdownGraceMs, logger);
    // Each hands back what it holds: the video worker kills ffmpeg and frees its job's lease, the
    // runner and the dispatcher finish the row they hold; another instance takes over at once.
    await Promise.all([runner.stop(), videoWorker.stop(), sweeper.stop(), modules.notifications.stop()]);
    clearInterval(localesWatch);
    await drained;
    await metricsServer?.close();
    await disconnect();
    await modules.fileStore.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  const stop = (signal: string) =>
    void shutdown(signal).catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** Lets requests in flight finish, up to the grace; connections still busy after it are cut. */
async function closeHttp(app: FastifyInstance, graceMs: number, logger: Logger): Promise<void> {
  if (!(await app.drainRequests(graceMs))) {
    logger.warn({ graceMs }, 'requests still running when the grace ended: closing their connections');
    app.server.closeAllConnections();
  }
  await app.close();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
  } else if (error instanceof DatabaseNewerThanCodeError) {
    process.stderr.write(`Ensemble will not start: ${error.message}\n`);
  } else {
    process.stderr.write(`Ensemble could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

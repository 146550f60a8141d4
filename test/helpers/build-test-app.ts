import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import type { HealthDeps } from '../../src/http/ops/health.routes.ts';
import { createMetrics } from '../../src/http/ops/metrics.ts';
import { loadSiteAssets } from '../../src/http/site/site-assets.ts';
import { attachDemoClips, demoConsentRecorder, loadDemoOnFirstRun } from '../../src/modules/demo/index.ts';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { createModules, type ModuleOptions, type Modules } from '../../src/modules.ts';
import { systemClock, type Clock } from '../../src/platform/clock.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { openTestDatabase, type TestDialect } from './test-database.ts';
import { testMediaDir } from './test-media.ts';
import { createLocalFileStore } from '../../src/platform/file-store/index.ts';

/** The application and its modules, on a test database. */
export interface TestSite extends Modules {
  readonly app: FastifyInstance;
  readonly database: Database;
  close(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'https://ensemble.test';

/** The whole application on a fresh database, wired by the same createModules as main.ts, optionally with the demo. */
export async function buildTestSite(
  dialect: TestDialect,
  options: {
    demo?: boolean;
    demoVideos?: boolean;
    fileMaxUploadBytes?: number;
    clock?: Clock;
    notifications?: ModuleOptions['notifications'];
    /** Health checks and metrics, as main.ts wires them, with a stand-in video worker. */
    ops?: { metricsToken?: string; videoWorker: HealthDeps['videoWorker'] };
  } = {},
): Promise<TestSite> {
  const database = await openTestDatabase(dialect);
  const modules = createModules({
    db: database.db,
    clock: options.clock ?? systemClock,
    mediaDir: testMediaDir(),
    pageCacheBytes: 16 * 1024 * 1024,
    files: { maxUploadBytes: options.fileMaxUploadBytes },
    notifications: options.notifications ?? { config: { adminOrigin: TEST_PUBLIC_URL, digestHourUtc: 7 } },
  });
  const { content, settings, media } = modules;
  await modules.locales.load();
  if (options.demo ?? true) {
    const demo = await loadDemoOnFirstRun(content.service, settings, {
      createImage: (bytes, details) => media.createImage(bytes, details),
      createFile: (bytes, details) => modules.files.createFileFromBytes(bytes, details),
      recordConsent: demoConsentRecorder(modules.consent),
      locales: modules.locales,
      addGlossaryTerm: (term) => modules.memory.glossary.save({ ...term, actor: SYSTEM }),
    });
    // Drawing clips costs seconds: only the tests about video ask for them.
    if (demo && options.demoVideos) await attachDemoClips(content.service, modules.video, demo.clips);
  }
  const app = await buildApp({
    ...modules,
    assets: loadSiteAssets(),
    logger: createLogger('silent'),
    publicUrl: TEST_PUBLIC_URL,
    ...(options.ops && {
      ops: {
        health: { db: database.db, fileStore: createLocalFileStore(testMediaDir()), videoWorker: options.ops.videoWorker },
        metrics: createMetrics({ pageCache: modules.pageCache, poolUse: database.poolUse, videoQueueDepth: modules.video.queueDepth, scheduledPending: modules.workflow.countPending }),
        metricsToken: options.ops.metricsToken,
      },
    }),
  });
  return {
    app,
    ...modules,
    database,
    async close() {
      await modules.notifications.stop();
      await app.close();
      await database.close();
    },
  };
}

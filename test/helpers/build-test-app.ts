import type { FastifyInstance } from 'fastify';
import { buildApp, PageCache } from '../../src/http/app.ts';
import { loadSiteAssets } from '../../src/http/site/site-assets.ts';
import { createAccountsModule, DEFAULT_ACCOUNTS_CONFIG, type AccountsModule } from '../../src/modules/accounts/index.ts';
import { createAuditModule, type AuditModule } from '../../src/modules/audit/index.ts';
import { createContentModule, type ContentModule } from '../../src/modules/content/index.ts';
import { loadDemoOnFirstRun } from '../../src/modules/demo/index.ts';
import { altTextPublishCheck, createMediaModule, sharpImageProcessor, type MediaModule } from '../../src/modules/media/index.ts';
import { createSettingsModule, type SettingsModule } from '../../src/modules/settings/index.ts';
import { createWorkflowModule, type WorkflowModule } from '../../src/modules/workflow/index.ts';
import { testMediaDir } from './test-media.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { openTestDatabase, type TestDialect } from './test-database.ts';

export interface TestSite {
  readonly app: FastifyInstance;
  readonly content: ContentModule;
  readonly settings: SettingsModule;
  readonly media: MediaModule;
  readonly accounts: AccountsModule;
  readonly audit: AuditModule;
  readonly workflow: WorkflowModule;
  readonly database: Database;
  readonly pageCache: PageCache;
  close(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'https://ensemble.test';

/** The whole application on a fresh database, wired as main.ts wires it, optionally with the demo. */
export async function buildTestSite(dialect: TestDialect, options: { demo?: boolean } = {}): Promise<TestSite> {
  const database = await openTestDatabase(dialect);
  const pageCache = new PageCache(16 * 1024 * 1024);
  const media = createMediaModule({ db: database.db, clock: systemClock, mediaDir: testMediaDir(), processor: sharpImageProcessor });
  const content = createContentModule({
    db: database.db,
    clock: systemClock,
    onChange: () => pageCache.clear(),
    publishChecks: [altTextPublishCheck((ids, locale) => media.findMissingAlt(ids, locale))],
  });
  const settings = createSettingsModule({ db: database.db });
  const audit = createAuditModule({ db: database.db, clock: systemClock });
  const accounts = createAccountsModule({ db: database.db, clock: systemClock, config: DEFAULT_ACCOUNTS_CONFIG, audit });
  const workflow = createWorkflowModule({ db: database.db, clock: systemClock, content: content.service, audit, settings });
  if (options.demo ?? true) await loadDemoOnFirstRun(content.service, settings, (bytes, details) => media.createImage(bytes, details));
  const app = await buildApp({
    content,
    settings,
    media,
    accounts,
    audit,
    workflow,
    assets: loadSiteAssets(),
    logger: createLogger('silent'),
    publicUrl: TEST_PUBLIC_URL,
    pageCache,
  });
  return {
    app,
    content,
    settings,
    media,
    accounts,
    audit,
    workflow,
    database,
    pageCache,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

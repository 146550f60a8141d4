import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createCacheInvalidator } from './http/site/cache-invalidation.ts';
import { formatFactValue } from './http/site/format.ts';
import { PageCache } from './http/site/page-cache.ts';
import { createAccountsModule, DEFAULT_ACCOUNTS_CONFIG, SYSTEM } from './modules/accounts/index.ts';
import { createAuditModule } from './modules/audit/index.ts';
import { createConsentModule } from './modules/consent/index.ts';
import { createContentModule, type PublishCheck, type WorkflowStepListener } from './modules/content/index.ts';
import { createFilesModule } from './modules/files/index.ts';
import { createLocalesModule } from './modules/locales/index.ts';
import { createLogMailer, createNotificationsModule, createSmtpMailer, DEFAULT_NOTIFICATIONS_CONFIG, type Mailer, type NotificationsConfig } from './modules/notifications/index.ts';
import { createMachineTranslationModule, type ProviderOptions } from './modules/machine-translation/index.ts';
import { altTextPublishCheck, createMediaModule, DEFAULT_MEDIA_LIMITS, sharpImageProcessor, type ImageProcessor, type MediaLimits } from './modules/media/index.ts';
import { createSearchModule } from './modules/search/index.ts';
import { createSettingsModule } from './modules/settings/index.ts';
import { createSubmissionsModule } from './modules/submissions/index.ts';
import { createTranslationMemoryModule } from './modules/translation-memory/index.ts';
import { createTranslationJobsModule } from './modules/translation-jobs/index.ts';
import { createVideoModule } from './modules/video/index.ts';
import { createWorkflowModule } from './modules/workflow/index.ts';
import { createChangeHub, type SiteChange } from './platform/change-hub.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { Config } from './config/config.ts';
import type { Logger } from './platform/logger.ts';
import type { Database, Db } from './platform/db/database.ts';
import { bridgeInstances } from './platform/db/instance-bridge.ts';
import { resolveSecretKey } from './platform/secret-key.ts';
import { createFileStore, createLocalFileStore, type FileStore } from './platform/file-store/index.ts';

export interface ModuleOptions {
  readonly db: Db;
  readonly clock: Clock;
  /** Uploads being checked, and the media themselves unless `fileStore` is given. */
  readonly mediaDir: string;
  /** Where images, videos and files live; by default the media folder. */
  readonly fileStore?: FileStore;
  readonly mediaLimits?: MediaLimits;
  readonly imageProcessor?: ImageProcessor;
  readonly pageCacheBytes: number;
  readonly video?: { readonly maxUploadBytes?: number; readonly ffmpegPath?: string; readonly ffprobePath?: string };
  readonly files?: { readonly maxUploadBytes?: number };
  /** Where mail goes (none: nowhere, in tests that do not read it) and the links' origin. */
  readonly notifications?: { readonly mailer?: Mailer; readonly config?: NotificationsConfig; readonly onError?: (error: unknown) => void };
  /** 32 bytes that seal stored secrets; a test without one gets a random key for its run. */
  readonly secretKey?: Uint8Array;
  /** Machine translation providers' timeout (tests shorten it). */
  readonly machineTranslation?: ProviderOptions;
}

/**
 * Every domain module, wired to each other in one place, so the server and the tests run the same
 * composition. Order matters: the page cache and the change hub come first, so every module that
 * changes what pages show can announce it; media comes before content, whose publishing asks it
 * whether every image has alt text.
 */
export function createModules({ db, clock, mediaDir, fileStore = createLocalFileStore(mediaDir), mediaLimits = DEFAULT_MEDIA_LIMITS, imageProcessor = sharpImageProcessor, pageCacheBytes, video: videoOptions = {}, files: fileOptions = {}, notifications: notificationOptions = {}, secretKey = randomBytes(32), machineTranslation: mtOptions = {} }: ModuleOptions) {
  const pageCache = new PageCache(pageCacheBytes);
  // Every committed change goes through here: the page cache, the search index and (on
  // PostgreSQL) the other instances hear of it before the editor is told it is saved.
  const changes = createChangeHub<SiteChange>();
  const audit = createAuditModule({ db, clock });
  // The configured locales, read by every module that lists languages; loaded before the server listens.
  // A locale just added gets its pages' addresses and its search index (wired once content and search exist).
  const whenLocaleAdded: ((tag: string) => Promise<unknown>)[] = [];
  const locales = createLocalesModule({
    db,
    clock,
    audit,
    onChange: () => changes.publish({ documentIds: [], everything: true }),
    onAdded: async (tag) => {
      for (const step of whenLocaleAdded) await step(tag);
    },
  });
  const media = createMediaModule({ db, clock, mediaDir, store: fileStore, processor: imageProcessor, limits: mediaLimits, audit, locales, onChange: (imageIds) => changes.publish({ documentIds: [], imageIds }) });
  const video = createVideoModule({ db, clock, mediaDir, store: fileStore, ...videoOptions, audit, onChange: (videoId) => changes.publish({ documentIds: [], videoIds: [videoId] }) });
  const files = createFilesModule({ db, clock, mediaDir, store: fileStore, audit, ...fileOptions });
  // Consent's publishing rule needs content, which takes its checks when created: the list is
  // filled in once consent exists, before anything can be published.
  const publishChecks: PublishCheck[] = [altTextPublishCheck((ids, locale) => media.findMissingAlt(ids, locale))];
  // Notifications hear of workflow steps inside their transaction; the listener is added once they exist.
  const stepListeners: WorkflowStepListener[] = [];
  const content = createContentModule({ db, clock, onChange: (change) => changes.publish(change), publishChecks, audit, locales, findFiles: (ids, trx) => files.findFiles(ids, trx), stepListeners });
  changes.subscribe(createCacheInvalidator({ cache: pageCache, reader: content.reader }));
  // The index follows publishing at once; a change heard from another instance is already in the shared index.
  // Every configured locale is indexed (a re-enabled one is searchable at once); searches are only offered in enabled ones.
  const search = createSearchModule({ db, reader: content.reader, listLocales: () => locales.current().allCodes, formatFact: formatFactValue });
  changes.subscribe((change) => (change.remote || change.documentIds.length === 0 ? undefined : search.reindex(change.documentIds, change.locales)));
  whenLocaleAdded.push(() => content.service.addLocalePaths(SYSTEM), (tag) => search.prepareLocale(tag));
  const settings = createSettingsModule({ db, audit, onChange: () => changes.publish({ documentIds: [], everything: true }) });
  changes.subscribe((change) => (change.everything && change.remote ? Promise.all([settings.forgetCached(), locales.load()]) : undefined));
  const accounts = createAccountsModule({ db, clock, config: DEFAULT_ACCOUNTS_CONFIG, audit, locales });
  // Who is told what: a notice per recipient written in the step's own transaction, mailed after it commits.
  const notifications = createNotificationsModule({
    db,
    clock,
    audit,
    listUsers: (unit) => accounts.users.listUsers(unit),
    mailer: notificationOptions.mailer ?? createLogMailer(() => undefined),
    config: notificationOptions.config ?? DEFAULT_NOTIFICATIONS_CONFIG,
    ...(notificationOptions.onError ? { onError: notificationOptions.onError } : {}),
  });
  stepListeners.push((event, unit) => notifications.onWorkflowStep(event, unit));
  // Every publication feeds the translation memory, in the publish step's own transaction.
  const memory = createTranslationMemoryModule({ db, clock, audit, locales, content: content.service });
  stepListeners.push((event, unit) => memory.onWorkflowStep(event, unit));
  const workflow = createWorkflowModule({
    db,
    clock,
    content: content.service,
    audit,
    settings,
    locales,
    onScheduleFailed: ({ change, title, error }, unit) =>
      notifications.onScheduleFailed({ documentId: change.documentId, locale: change.locale, title, scheduledBy: change.createdBy, error }, SYSTEM, unit),
  });
  const consent = createConsentModule({ db, clock, content: content.service, audit });
  publishChecks.push(consent.publishCheck);
  // Stories from the public form; files wait beside the media while the form is checked.
  const submissions = createSubmissionsModule({
    db,
    locales,
    clock,
    audit,
    content: content.service,
    images: media,
    videos: video,
    stagingDir: path.join(mediaDir, '.submissions-incoming'),
    onSubmitted: (submission, unit) => notifications.onStorySubmitted(submission, SYSTEM, unit),
    // The sender agreed, in plain words, to publication on the web: that is the story's consent record.
    onApproved: async (submission, documentId, unit) => {
      await consent.record(
        {
          documentId,
          // The consent register never holds contact details, even when a sender typed them as a name.
          personLabel: submission.displayName.replace(/@|\d{6,}/g, ' ').replace(/\s+/g, ' ').trim() || 'sender',
          formReference: `submission ${submission.id} (consent text ${submission.consentTextVersion})`,
          identifiable: true,
          minor: false,
          guardianConsent: false,
          channels: ['web'],
          collectedAt: submission.consentedAt.slice(0, 10),
        },
        SYSTEM,
        unit,
      );
    },
  });
  // Machine translation, always reviewed: exact memory matches first, then the provider with the glossary.
  const machineTranslation = createMachineTranslationModule({
    db,
    clock,
    content: content.service,
    secretKey,
    audit,
    locales,
    provider: mtOptions,
    memory,
    glossary: memory,
  });
  // Translation jobs: files out to translators and agencies, pending versions back in.
  const translationJobs = createTranslationJobsModule({
    db,
    clock,
    audit,
    content,
    locales,
    listUsers: (unit) => accounts.users.listUsers(unit),
    onAssigned: (input, unit) => notifications.notifyTranslationAssigned(input, unit),
    linkOrigin: (notificationOptions.config ?? DEFAULT_NOTIFICATIONS_CONFIG).adminOrigin,
    matches: memory.matchesForExport,
  });
  return { fileStore, locales, media, video, files, pageCache, changes, content, search, settings, audit, accounts, workflow, consent, submissions, notifications, memory, machineTranslation, translationJobs };
}

export type Modules = ReturnType<typeof createModules>;

/**
 * The modules as the server and the CLI run them, from the validated configuration. Mail goes
 * through SMTP when SMTP_URL is set, else to the log (`log`, when given; the CLI sends none).
 */
export function createModulesFromConfig(db: Db, config: Config, log?: Logger): Modules {
  const mailer = config.mail.smtpUrl
    ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from })
    : createLogMailer((entry, message) => log?.info({ mail: entry }, message));
  return createModules({
    db,
    clock: systemClock,
    mediaDir: config.data.mediaDir,
    fileStore: createFileStore(config.fileStore, config.data.mediaDir),
    mediaLimits: { ...DEFAULT_MEDIA_LIMITS, maxUploadBytes: config.media.maxUploadBytes },
    pageCacheBytes: config.cache.pageCacheBytes,
    video: config.video,
    files: config.files,
    secretKey: resolveSecretKey(config.secrets.keyHex, config.data.dir),
    notifications: {
      mailer,
      config: { adminOrigin: config.http.publicUrl, digestHourUtc: config.mail.digestHourUtc },
      onError: (error) => log?.warn({ err: error }, 'notification mail not sent (will be retried)'),
    },
  });
}

/**
 * Joins the other instances on the same PostgreSQL database: this one's changes are announced to
 * them and theirs are heard here (see instance-bridge.ts). Nothing to do on SQLite.
 * @returns a function that stops listening
 */
export function connectInstances(database: Database, modules: Pick<Modules, 'changes'>, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  return bridgeInstances(database, modules.changes, onError);
}

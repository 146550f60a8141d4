import path from 'node:path';
import { PageCache } from './http/site/page-cache.ts';
import { createAccountsModule, DEFAULT_ACCOUNTS_CONFIG } from './modules/accounts/index.ts';
import { createAuditModule } from './modules/audit/index.ts';
import { createConsentModule } from './modules/consent/index.ts';
import { createContentModule, type ContentChange, type PublishCheck } from './modules/content/index.ts';
import { altTextPublishCheck, createMediaModule, DEFAULT_MEDIA_LIMITS, sharpImageProcessor, type ImageProcessor, type MediaLimits } from './modules/media/index.ts';
import { createSettingsModule } from './modules/settings/index.ts';
import { createSubmissionsModule } from './modules/submissions/index.ts';
import { createVideoModule } from './modules/video/index.ts';
import { createWorkflowModule } from './modules/workflow/index.ts';
import { createChangeHub } from './platform/change-hub.ts';
import type { Clock } from './platform/clock.ts';
import type { Db } from './platform/db/database.ts';

export interface ModuleOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly mediaDir: string;
  readonly mediaLimits?: MediaLimits;
  readonly imageProcessor?: ImageProcessor;
  readonly pageCacheBytes: number;
  readonly video?: { readonly maxUploadBytes?: number; readonly ffmpegPath?: string; readonly ffprobePath?: string };
}

/**
 * Every domain module, wired to each other in one place, so the server and the tests run the same
 * composition. Order matters: media comes before content, whose publishing asks it whether every
 * image has alt text; the page cache comes before content so every committed change can empty it.
 */
export function createModules({ db, clock, mediaDir, mediaLimits = DEFAULT_MEDIA_LIMITS, imageProcessor = sharpImageProcessor, pageCacheBytes, video: videoOptions = {} }: ModuleOptions) {
  const media = createMediaModule({ db, clock, mediaDir, processor: imageProcessor, limits: mediaLimits });
  const pageCache = new PageCache(pageCacheBytes);
  const video = createVideoModule({ db, clock, mediaDir, ...videoOptions, onChange: () => pageCache.clear() });
  // Consent's publishing rule needs content, which takes its checks when created: the list is
  // filled in once consent exists, before anything can be published.
  const publishChecks: PublishCheck[] = [altTextPublishCheck((ids, locale) => media.findMissingAlt(ids, locale))];
  // Every committed content change goes through here: the page cache, the search index and (on
  // PostgreSQL) the other instances hear of it before the editor is told it is saved.
  const changes = createChangeHub<ContentChange>();
  changes.subscribe(() => pageCache.clear());
  const content = createContentModule({ db, clock, onChange: (change) => changes.publish(change), publishChecks });
  const settings = createSettingsModule({ db });
  const audit = createAuditModule({ db, clock });
  const accounts = createAccountsModule({ db, clock, config: DEFAULT_ACCOUNTS_CONFIG, audit });
  const workflow = createWorkflowModule({ db, clock, content: content.service, audit, settings });
  const consent = createConsentModule({ db, clock, content: content.service, audit });
  publishChecks.push(consent.publishCheck);
  // Stories from the public form; files wait beside the media while the form is checked.
  const submissions = createSubmissionsModule({
    db,
    clock,
    audit,
    content: content.service,
    images: media,
    videos: video,
    stagingDir: path.join(mediaDir, '.submissions-incoming'),
    // The sender agreed, in plain words, to publication on the web: that is the story's consent record.
    onApproved: async (submission, documentId, actor) => {
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
        actor,
      );
    },
  });
  return { media, video, pageCache, changes, content, settings, audit, accounts, workflow, consent, submissions };
}

export type Modules = ReturnType<typeof createModules>;

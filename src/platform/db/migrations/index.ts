import type { Migration } from 'kysely';
import * as createContent from './20261128-2100-create-content.ts';
import * as createMediaAssets from './20261128-2200-create-media-assets.ts';
import * as createAccounts from './20261128-2300-create-accounts.ts';
import * as addTranslationSourceVersion from './20261129-0030-add-translation-source-version.ts';
import * as createScheduledChanges from './20261129-0200-create-scheduled-changes.ts';
import * as addMediaDetails from './20261129-0300-add-media-details.ts';
import * as createPathRedirects from './20261129-0400-create-path-redirects.ts';
import * as addScheduledChangeLease from './20261129-0500-add-scheduled-change-lease.ts';
import * as createVideos from './20261129-0600-create-videos.ts';
import * as createConsentRecords from './20261129-0700-create-consent-records.ts';
import * as createStorySubmissions from './20261129-0800-create-story-submissions.ts';
import * as createSearchIndex from './20261129-0900-create-search-index.ts';
import * as addTranslationStateIndex from './20261129-1000-add-translation-state-index.ts';
import * as addSearchHeadVector from './20261129-1100-add-search-head-vector.ts';
import * as createPendingTranslations from './20261202-1800-create-pending-translations.ts';
import * as createApiTokens from './20261202-1900-create-api-tokens.ts';
import * as createLocales from './20261202-2200-create-locales.ts';
import * as createSearchReferences from './20261202-2210-create-search-references.ts';
import * as addTranslationSourceIndex from './20261203-0400-add-translation-source-index.ts';
import * as createFiles from './20261203-0800-create-files.ts';
import * as createCaptionTrackSources from './20261203-1040-create-caption-track-sources.ts';
import * as createNotifications from './20261203-1050-create-notifications.ts';
import * as createTranslationJobs from './20261203-1120-create-translation-jobs.ts';
import * as addRequestIdToAuditLog from './20261203-1130-add-request-id-to-audit-log.ts';
import * as addTimeZoneToUsers from './20261203-1060-add-time-zone-to-users.ts';
import * as createTranslationMemory from './20261203-1100-create-translation-memory.ts';
import * as createMachineTranslation from './20261203-1110-create-machine-translation.ts';

/** Every migration in order. Listed explicitly so the same code runs from source and in tests. */
export const MIGRATIONS: Record<string, Migration> = {
  '20261128-2100-create-content': createContent,
  '20261128-2200-create-media-assets': createMediaAssets,
  '20261128-2300-create-accounts': createAccounts,
  '20261129-0030-add-translation-source-version': addTranslationSourceVersion,
  '20261129-0200-create-scheduled-changes': createScheduledChanges,
  '20261129-0300-add-media-details': addMediaDetails,
  '20261129-0400-create-path-redirects': createPathRedirects,
  '20261129-0500-add-scheduled-change-lease': addScheduledChangeLease,
  '20261129-0600-create-videos': createVideos,
  '20261129-0700-create-consent-records': createConsentRecords,
  '20261129-0800-create-story-submissions': createStorySubmissions,
  '20261129-0900-create-search-index': createSearchIndex,
  '20261129-1000-add-translation-state-index': addTranslationStateIndex,
  '20261129-1100-add-search-head-vector': addSearchHeadVector,
  '20261202-1800-create-pending-translations': createPendingTranslations,
  '20261202-1900-create-api-tokens': createApiTokens,
  '20261202-2200-create-locales': createLocales,
  '20261202-2210-create-search-references': createSearchReferences,
  '20261203-0400-add-translation-source-index': addTranslationSourceIndex,
  '20261203-0800-create-files': createFiles,
  '20261203-1040-create-caption-track-sources': createCaptionTrackSources,
  '20261203-1050-create-notifications': createNotifications,
  '20261203-1060-add-time-zone-to-users': addTimeZoneToUsers,
  '20261203-1100-create-translation-memory': createTranslationMemory,
  '20261203-1110-create-machine-translation': createMachineTranslation,
  '20261203-1120-create-translation-jobs': createTranslationJobs,
  '20261203-1130-add-request-id-to-audit-log': addRequestIdToAuditLog,
};

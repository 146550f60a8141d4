/** @module content — documents, their per-locale translations, revisions, public paths and menus. */
import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleSource } from '../locales/index.ts';
import { createCaptionTracks } from './caption-tracks.ts';
import { createContentReader } from './content-reader.ts';
import { createContentTreeService } from './content-tree.service.ts';
import { createContentService, type ContentChange, type FindFiles, type PublishCheck } from './content.service.ts';
import { createMenusService } from './menus.service.ts';
import type { WorkflowStepListener } from './translation-workflow.ts';
import type { Schema } from '../../platform/db/schema.ts';

export function createContentModule(deps: {
  db: Db;
  clock: Clock;
  onChange?: (change: ContentChange) => unknown;
  publishChecks?: readonly PublishCheck[];
  findFiles?: FindFiles;
  audit?: Pick<AuditModule, 'record'>;
  locales?: LocaleSource;
  stepListeners?: readonly WorkflowStepListener[];
}) {
  const service = createContentService(deps);
  return {
    service,
    reader: createContentReader(deps),
    tree: createContentTreeService({ db: deps.db, service, ...(deps.locales ? { locales: deps.locales } : {}), ...(deps.onChange ? { onChange: deps.onChange } : {}), ...(deps.audit ? { audit: deps.audit } : {}) }),
    menus: createMenusService(deps),
    captionTracks: createCaptionTracks({ db: deps.db, clock: deps.clock, service }),
  };
}

export type ContentModule = ReturnType<typeof createContentModule>;
export type { ContentService, ContentChange, PublishCheck } from './content.service.ts';
export type { TranslationPreview } from './translation-preview.ts';
export type { ContentTreeService, MoveResult, MoveUndo, TreeNode } from './content-tree.service.ts';
export type { WorkflowStepEvent, WorkflowStepListener } from './translation-workflow.ts';
export { MENUS, isMenuName, type MenuName, type MenuItemNode, type MenuTarget, type MenusService } from './menus.service.ts';
export type { ContentReader, FallbackPolicy, ReadOptions, Alternate } from './content-reader.ts';
export type * from './content.types.ts';
export type { AdminListFilter, AdminListRow, PublishedAddress } from './content.repository.ts';
export { SYSTEM_ACTOR, TRANSLATION_STATUSES } from './content.types.ts';
export type * from './rich-text.ts';
export { collectReferences, isReferenceId, isRichTextDoc, isSafeHref, MAX_BLOCK_TEXT, richTextToPlain, validateRichText, EMPTY_DOC } from './rich-text.ts';
export { CONTENT_TYPES, findContentType } from './content-types.ts';
export { STORY_THEMES } from './types/story.type.ts';
export { ISO_3166_NUMERIC } from './iso-3166.ts';
export { COUNTRY_REGIONS, type CountryRegion } from './types/country.type.ts';
export { isCategorySeries, labelsToText, parseLabelsText, parseSeriesText, seriesToText, type SeriesRow } from './types/dataset-series.ts';
export { markupToRichText, richTextToMarkup, type KeyResolver } from './markup.ts';
export { translationStates, textFingerprint, type TranslationState } from './translation-states.ts';
export type { TranslationRow } from './translation-overview.ts';
export { TRANSITIONS, WORKFLOW_ACTIONS, isWorkflowAction, planTransition, STEP_PERMISSION, transitionTarget, type TransitionPlan, type WorkflowAction } from './transitions.ts';
export { MAX_BULK_ITEMS, type BulkItem, type BulkResult } from './bulk-workflow.ts';
export { sourceLocaleOf } from './translation-source.ts';
export type { ContentTypeDef, FieldDef } from './content-type.ts';
export { referenceIds } from './content-type.ts';
export * from './content.errors.ts';
export { CaptionTrackInvalidError, isCaptionTrackInvalid, captionFingerprint, type CaptionTracks, type CaptionTrackState, type CaptionTrackVia } from './caption-tracks.ts';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['documents', 'translations', 'documentPaths', 'pathRedirects', 'revisions', 'menuItems', 'pendingTranslations', 'reviewNotes', 'captionTrackSources'] as const satisfies readonly (keyof Schema)[];

/** @module content — documents, their per-locale translations, revisions, public paths and menus. */
import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleSource } from '../locales/index.ts';
import { createContentReader } from './content-reader.ts';
import { createContentTreeService } from './content-tree.service.ts';
import { createContentService, type ContentChange, type PublishCheck } from './content.service.ts';
import { createMenusService } from './menus.service.ts';
import type { Schema } from '../../platform/db/schema.ts';

export function createContentModule(deps: {
  db: Db;
  clock: Clock;
  onChange?: (change: ContentChange) => unknown;
  publishChecks?: readonly PublishCheck[];
  audit?: Pick<AuditModule, 'record'>;
  locales?: LocaleSource;
}) {
  const service = createContentService(deps);
  return {
    service,
    reader: createContentReader(deps),
    tree: createContentTreeService({ db: deps.db, service, ...(deps.locales ? { locales: deps.locales } : {}) }),
    menus: createMenusService(deps),
  };
}

export type ContentModule = ReturnType<typeof createContentModule>;
export type { ContentService, ContentChange, PublishCheck } from './content.service.ts';
export type { ContentTreeService, TreeNode } from './content-tree.service.ts';
export { MENUS, isMenuName, type MenuName, type MenuItemNode, type MenuTarget, type MenusService } from './menus.service.ts';
export type { ContentReader, FallbackPolicy, ReadOptions, Alternate } from './content-reader.ts';
export type * from './content.types.ts';
export type { AdminListFilter, AdminListRow, PublishedAddress } from './content.repository.ts';
export { SYSTEM_ACTOR, TRANSLATION_STATUSES } from './content.types.ts';
export type * from './rich-text.ts';
export { collectReferences, isRichTextDoc, isSafeHref, richTextToPlain, validateRichText, EMPTY_DOC } from './rich-text.ts';
export { CONTENT_TYPES, findContentType } from './content-types.ts';
export { STORY_THEMES } from './types/story.type.ts';
export { markupToRichText, richTextToMarkup, type KeyResolver } from './markup.ts';
export { translationStates, textFingerprint, type TranslationState } from './translation-states.ts';
export type { TranslationRow } from './translation-overview.ts';
export { TRANSITIONS, WORKFLOW_ACTIONS, isWorkflowAction, planTransition, STEP_PERMISSION, transitionTarget, type TransitionPlan, type WorkflowAction } from './transitions.ts';
export { sourceLocaleOf } from './translation-source.ts';
export type { ContentTypeDef, FieldDef } from './content-type.ts';
export * from './content.errors.ts';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['documents', 'translations', 'documentPaths', 'pathRedirects', 'revisions', 'menuItems', 'pendingTranslations', 'reviewNotes'] as const satisfies readonly (keyof Schema)[];

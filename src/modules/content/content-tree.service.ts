import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { AuditModule } from '../audit/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { createOperationRunner } from './content-operation.ts';
import { findContentType } from './content-types.ts';
import { createContentRepository, type ContentRepository } from './content.repository.ts';
import { documentNotFound, invalidContent, versionConflict } from './content.errors.ts';
import type { ContentChange, ContentService } from './content.service.ts';
import type { Actor, ContentDocument, TranslationStatus } from './content.types.ts';

/** A routable document in the page tree, titled in the reader's language (or the nearest one). */
export interface TreeNode {
  readonly document: ContentDocument;
  readonly title: string;
  readonly titleLocale: LocaleCode | undefined;
  /** The status of each translation the document has. */
  readonly statuses: Readonly<Partial<Record<LocaleCode, TranslationStatus>>>;
  readonly children: readonly TreeNode[];
}

/** What puts a moved page back where it was: the same move the other way, from the version the move left. */
export interface MoveUndo {
  readonly id: string;
  readonly version: number;
  readonly parentId: string | null;
  readonly index: number;
}

/** A move done: the document as it is now, where it went, and how to undo it (absent when nothing moved). */
export interface MoveResult {
  readonly document: ContentDocument;
  readonly parentId: string | null;
  readonly index: number;
  readonly undo?: MoveUndo;
}

export type ContentTreeService = ReturnType<typeof createContentTreeService>;

/** The page tree: reading it, and moving a page (reorder, re-parent, both at once) with undo. */
export function createContentTreeService({ db, service, locales = INITIAL_LOCALE_SOURCE, onChange, audit }: {
  db: Db;
  service: ContentService;
  locales?: LocaleSource;
  onChange?: (change: ContentChange) => unknown;
  audit?: Pick<AuditModule, 'record'>;
}) {
  const repo = createContentRepository(db);
  const operate = createOperationRunner({ db, onChange, audit });

  /** The routable children of a parent (the top level for null), in the order the site shows them. */
  const siblingsOf = async (r: ContentRepository, parentId: string | null): Promise<ContentDocument[]> =>
    (parentId === null ? (await r.listAllDocuments()).filter((d) => d.parentId === null) : await r.listChildren(parentId)).filter(
      (d) => findContentType(d.type)?.routable,
    );

  /**
   * Places a document at `index` among the children of `parentId`: one transaction that moves it
   * (version-checked, with its revision, redirects from every address that changes and one
   * `document.moved` audit entry naming where it came from and went) and renumbers the siblings
   * it left and joined.
   */
  const place = async (input: { id: string; expectedVersion: number; parentId: string | null; index: number; actor: Actor; unit?: UnitOfWork; undo?: boolean }): Promise<MoveResult> => {
    authorize(input.actor, 'content.edit');
    if (!Number.isInteger(input.index) || input.index < 0) throw invalidContent([{ path: 'index', message: 'must be a whole number from 0' }]);
    if (input.parentId === input.id) throw invalidContent([{ path: 'parentId', message: 'must be another existing document' }]);
    return withUnitOfWork(db, input.unit, async (unit) => {
      const r = createContentRepository(unit.trx);
      const doc = await r.findDocument(input.id);
      if (!doc || !findContentType(doc.type)?.routable) throw documentNotFound(input.id);
      if (doc.version !== input.expectedVersion) throw versionConflict('This document', input.expectedVersion, doc.version);
      if (input.parentId !== null) {
        const parent = await r.findDocument(input.parentId);
        if (!parent) throw documentNotFound(input.parentId);
        if (!findContentType(parent.type)?.routable) throw invalidContent([{ path: 'parentId', message: 'must be a page of the tree' }]);
      }
      const from = await siblingsOf(r, doc.parentId);
      const fromIndex = Math.max(0, from.findIndex((d) => d.id === doc.id));
      const target = (await siblingsOf(r, input.parentId)).filter((d) => d.id !== doc.id);
      const index = Math.min(input.index, target.length);
      if (doc.parentId === input.parentId && index === fromIndex) return { document: doc, parentId: doc.parentId, index };
      // The moved document first: its version check, its descendant check and its new addresses
      // (with redirects from the old ones) decide whether anything happens at all.
      const moved = await service.updateDocument({
        id: doc.id,
        expectedVersion: input.expectedVersion,
        parentId: input.parentId,
        position: index,
        actor: input.actor,
        unit,
        auditAction: 'document.moved',
        auditDetails: { fromParentId: doc.parentId, fromPosition: fromIndex, toParentId: input.parentId, toPosition: index, ...(input.undo ? { undo: true } : {}) },
      });
      await operate(unit, async (op) => {
        // The pages that list their children (the old parent and the new) read differently now.
        op.touch(...[doc.parentId, input.parentId].filter((id): id is string => id !== null));
        const order = [...target.slice(0, index), moved, ...target.slice(index)];
        const left = doc.parentId === input.parentId ? [] : from.filter((d) => d.id !== doc.id);
        for (const list of [order, left]) {
          for (const [position, sibling] of list.entries()) {
            if (sibling.id === doc.id || sibling.position === position) continue;
            await op.repo.setPosition(sibling.id, position);
            op.touch(sibling.id);
          }
        }
      });
      return { document: moved, parentId: input.parentId, index, undo: { id: doc.id, version: moved.version, parentId: doc.parentId, index: fromIndex } };
    });
  };

  return {
    /** Every routable document as nested lists, in the order the public site shows children. */
    async getTree(locale: LocaleCode): Promise<TreeNode[]> {
      const docs = (await repo.listAllDocuments()).filter((d) => findContentType(d.type)?.routable);
      const translations = await repo.listTranslationSummaries(docs.map((d) => d.id));
      const set = locales.current();
      const chain = [...set.chain(locale), ...set.all.map((l) => l.code)];
      const build = (parentId: string | null, depth: number): TreeNode[] =>
        depth > 20
          ? []
          : docs
              .filter((d) => d.parentId === parentId)
              .map((document) => {
                const own = translations.filter((t) => t.documentId === document.id);
                const t = chain.map((l) => own.find((x) => x.locale === l)).find((x) => x);
                const statuses = Object.fromEntries(own.map((x) => [x.locale, x.status]));
                return { document, title: t?.title ?? document.id, titleLocale: t?.locale, statuses, children: build(document.id, depth + 1) };
              });
      return build(null, 0);
    },

    /**
     * Moves a document (with everything under it) to position `index` under `parentId` (null: the
     * top level), reordering and re-parenting in one operation; returns how to undo it.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_INVALID (under itself or a descendant), CONTENT_SLUG_TAKEN
     */
    async moveTo(input: { id: string; expectedVersion: number; parentId: string | null; index: number; actor: Actor; unit?: UnitOfWork }): Promise<MoveResult> {
      return place(input);
    },

    /**
     * Puts a moved document back where it was, if nothing changed it since the move.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT (changed since), CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async undoMove(input: { undo: MoveUndo; actor: Actor; unit?: UnitOfWork }): Promise<MoveResult> {
      const { id, version, parentId, index } = input.undo;
      return place({ id, expectedVersion: version, parentId, index, actor: input.actor, ...(input.unit ? { unit: input.unit } : {}), undo: true });
    },

    /**
     * Swaps a document with its previous or next sibling (a move to the index before or after).
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT
     */
    async moveAmongSiblings(input: { id: string; expectedVersion: number; direction: 'up' | 'down'; actor: Actor }): Promise<MoveResult> {
      const doc = await repo.findDocument(input.id);
      if (!doc) throw documentNotFound(input.id);
      if (doc.version !== input.expectedVersion) throw versionConflict('This document', input.expectedVersion, doc.version);
      const index = (await siblingsOf(repo, doc.parentId)).findIndex((d) => d.id === doc.id);
      const to = index + (input.direction === 'up' ? -1 : 1);
      if (index < 0 || to < 0) return { document: doc, parentId: doc.parentId, index: Math.max(index, 0) };
      return place({ ...input, parentId: doc.parentId, index: to });
    },

    /**
     * Moves a document (with everything under it) to the end of another parent's children, or to
     * the top level; its public paths change and the old ones redirect.
     * @throws CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async moveUnder(input: { id: string; expectedVersion: number; parentId: string | null; actor: Actor }): Promise<ContentDocument> {
      return (await place({ ...input, index: Number.MAX_SAFE_INTEGER })).document;
    },
  };
}

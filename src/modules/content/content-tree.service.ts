import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { findContentType } from './content-types.ts';
import { createContentRepository } from './content.repository.ts';
import { documentNotFound, invalidContent, versionConflict } from './content.errors.ts';
import type { ContentService } from './content.service.ts';
import type { Actor, ContentDocument } from './content.types.ts';

/** A routable document in the page tree, titled in the reader's language (or the nearest one). */
export interface TreeNode {
  readonly document: ContentDocument;
  readonly title: string;
  readonly titleLocale: LocaleCode | undefined;
  readonly children: readonly TreeNode[];
}

export type ContentTreeService = ReturnType<typeof createContentTreeService>;

/** The page tree: reading it, reordering siblings and moving a page under another one. */
export function createContentTreeService({ db, service, locales = INITIAL_LOCALE_SOURCE }: { db: Db; service: ContentService; locales?: LocaleSource }) {
  const repo = createContentRepository(db);

  const siblingsOf = async (parentId: string | null): Promise<ContentDocument[]> =>
    parentId === null
      ? (await repo.listAllDocuments()).filter((d) => d.parentId === null && findContentType(d.type)?.routable)
      : repo.listChildren(parentId);

  return {
    /** Every routable document as nested lists, in the order the public site shows children. */
    async getTree(locale: LocaleCode): Promise<TreeNode[]> {
      const docs = (await repo.listAllDocuments()).filter((d) => findContentType(d.type)?.routable);
      const translations = await repo.listTranslations(docs.map((d) => d.id));
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
                return { document, title: t?.title ?? document.id, titleLocale: t?.locale, children: build(document.id, depth + 1) };
              });
      return build(null, 0);
    },

    /**
     * Swaps a document with its previous or next sibling; positions are renumbered 0…n so the
     * order no longer depends on creation dates.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT
     */
    async moveAmongSiblings(input: { id: string; expectedVersion: number; direction: 'up' | 'down'; actor: Actor }): Promise<void> {
      const doc = await repo.findDocument(input.id);
      if (!doc) throw documentNotFound(input.id);
      if (doc.version !== input.expectedVersion) throw versionConflict('This document', input.expectedVersion, doc.version);
      const siblings = await siblingsOf(doc.parentId);
      const index = siblings.findIndex((d) => d.id === doc.id);
      const other = index + (input.direction === 'up' ? -1 : 1);
      if (index < 0 || other < 0 || other >= siblings.length) return;
      const order = [...siblings];
      [order[index], order[other]] = [order[other]!, order[index]!];
      // One move is one commit: the moved document first, with the version its editor saw, then
      // the siblings renumbered; a conflict anywhere changes nothing.
      await withUnitOfWork(db, undefined, async (unit) => {
        const common = { actor: input.actor, unit, auditAction: 'document.moved' as const };
        await service.updateDocument({ id: doc.id, expectedVersion: input.expectedVersion, position: other, ...common });
        for (const [position, sibling] of order.entries()) {
          if (sibling.id === doc.id || sibling.position === position) continue;
          await service.updateDocument({ id: sibling.id, expectedVersion: sibling.version, position, ...common });
        }
      });
    },

    /**
     * Moves a document (with everything under it) to the end of another parent's children, or to
     * the top level; its public paths change and the old ones redirect.
     * @throws CONTENT_DOCUMENT_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async moveUnder(input: { id: string; expectedVersion: number; parentId: string | null; actor: Actor }): Promise<ContentDocument> {
      if (input.parentId === input.id) {
        throw invalidContent([{ path: 'parentId', message: 'must be another existing document' }]);
      }
      const siblings = await siblingsOf(input.parentId);
      const position = siblings.reduce((max, d) => Math.max(max, d.position + 1), siblings.length);
      return service.updateDocument({ id: input.id, expectedVersion: input.expectedVersion, parentId: input.parentId, position, actor: input.actor, auditAction: 'document.moved' });
    },
  };
}

import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditModule, AuditRecordInput } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { findContentType } from './content-types.ts';
import { createContentRepository, type ContentRepository } from './content.repository.ts';
import { documentNotFound, invalidContent, menuItemNotFound } from './content.errors.ts';
import type { ContentChange } from './content.service.ts';
import type { Actor, ContentDocument, Translation } from './content.types.ts';

/** The menus the public site shows. */
export const MENUS = ['main', 'footer'] as const;
export type MenuName = (typeof MENUS)[number];

export function isMenuName(value: unknown): value is MenuName {
  return typeof value === 'string' && (MENUS as readonly string[]).includes(value);
}

/** One entry of a menu as the back office edits it: its id, the document it points at, titled. */
export interface MenuItemNode {
  readonly id: string;
  readonly menu: MenuName;
  readonly documentId: string;
  readonly title: string;
  readonly titleLocale: LocaleCode | undefined;
  readonly children: readonly MenuItemNode[];
}

/** A routable document one may point a menu entry at, titled in the editor's language (or the nearest one). */
export interface MenuTarget {
  readonly documentId: string;
  readonly title: string;
  readonly titleLocale: LocaleCode | undefined;
}

export type MenusService = ReturnType<typeof createMenusService>;

interface MenuItemRow {
  readonly id: string;
  readonly menu: string;
  readonly parentId: string | null;
  readonly position: number;
  readonly documentId: string;
}

/**
 * The menus edited from the back office: entries added, removed and reordered. Each is an operation:
 * the actor needs content.edit, and the change commits with its audit entry in one transaction.
 */
export function createMenusService({ db, onChange, audit, locales = INITIAL_LOCALE_SOURCE }: { db: Db; onChange?: (change: ContentChange) => unknown; audit?: Pick<AuditModule, 'record'>; locales?: LocaleSource }) {
  const inTransaction = async <T>(actor: Actor, work: (repo: ContentRepository, record: (entry: Omit<AuditRecordInput, 'actorId'>) => Promise<void>) => Promise<T>): Promise<T> => {
    authorize(actor, 'content.edit');
    return withUnitOfWork(db, undefined, ({ trx }) =>
      work(createContentRepository(trx), async (entry) => {
        await audit?.record({ ...entry, actorId: actor.id }, trx);
      }),
    );
  };
  const changed = async (...documentIds: string[]) => onChange?.({ documentIds, menus: true });

  const titled = (document: ContentDocument, translations: readonly Translation[], locale: LocaleCode) => {
    const own = translations.filter((t) => t.documentId === document.id);
    const set = locales.current();
    const t = [...set.chain(locale), ...set.all.map((l) => l.code)].map((l) => own.find((x) => x.locale === l)).find((x) => x);
    return { title: t?.title ?? document.id, titleLocale: t?.locale };
  };

  const descendantsOf = (items: readonly MenuItemRow[], id: string): string[] => {
    const out: string[] = [];
    const walk = (parentId: string, depth: number) => {
      if (depth > 20) return;
      for (const child of items.filter((i) => i.parentId === parentId)) {
        out.push(child.id);
        walk(child.id, depth + 1);
      }
    };
    walk(id, 0);
    return out;
  };

  return {
    /** A menu as nested entries in stored order, titled in the locale (or the nearest one), with ids. */
    async getMenu(menu: MenuName, locale: LocaleCode): Promise<MenuItemNode[]> {
      const repo = createContentRepository(db);
      const items = await repo.listMenuItems(menu);
      const docIds = [...new Set(items.map((i) => i.documentId))];
      const docs = new Map((await repo.findDocuments(docIds)).map((d) => [d.id, d]));
      const translations = await repo.listTranslations(docIds);
      const build = (parentId: string | null, depth: number): MenuItemNode[] =>
        depth > 20
          ? []
          : items
              .filter((i) => i.parentId === parentId)
              .map((i) => {
                const doc = docs.get(i.documentId);
                const names = doc ? titled(doc, translations, locale) : { title: i.documentId, titleLocale: undefined };
                return { id: i.id, menu, documentId: i.documentId, ...names, children: build(i.id, depth + 1) };
              });
      return build(null, 0);
    },

    /** Every routable document, titled in the locale, for the "add an entry" form. */
    async listTargets(locale: LocaleCode): Promise<MenuTarget[]> {
      const repo = createContentRepository(db);
      const docs = (await repo.listAllDocuments()).filter((d) => findContentType(d.type)?.routable);
      const translations = await repo.listTranslations(docs.map((d) => d.id));
      return docs
        .map((d) => ({ documentId: d.id, ...titled(d, translations, locale) }))
        .sort((a, b) => a.title.localeCompare(b.title, locale));
    },

    /**
     * Adds an entry pointing at a routable document, at the end of a parent entry's children (or of
     * the top level); returns its id.
     * @throws POLICY_FORBIDDEN, CONTENT_INVALID (unknown menu, parent in another menu), CONTENT_DOCUMENT_NOT_FOUND, CONTENT_MENU_ITEM_NOT_FOUND
     */
    async addItem(input: { menu: string; documentId: string; parentId: string | null; actor: Actor }): Promise<string> {
      if (!isMenuName(input.menu)) throw invalidContent([{ path: 'menu', message: `must be one of ${MENUS.join(', ')}` }]);
      const menu = input.menu;
      const id = newId();
      await inTransaction(input.actor, async (repo, record) => {
        const doc = await repo.findDocument(input.documentId);
        if (!doc || !findContentType(doc.type)?.routable) throw documentNotFound(input.documentId);
        if (input.parentId !== null) {
          const parent = await repo.findMenuItem(input.parentId);
          if (!parent) throw menuItemNotFound(input.parentId);
          if (parent.menu !== menu) throw invalidContent([{ path: 'parentId', message: 'must be an entry of the same menu' }]);
        }
        const siblings = (await repo.listMenuItems(menu)).filter((i) => i.parentId === input.parentId);
        const position = siblings.reduce((max, i) => Math.max(max, i.position + 1), siblings.length);
        await repo.insertMenuItem({ id, menu, parentId: input.parentId, position, documentId: doc.id });
        await record({ action: 'menu.item-added', documentId: doc.id, details: { menu, item: id } });
      });
      await changed(input.documentId);
      return id;
    },

    /**
     * Removes an entry and every entry under it; returns what was removed.
     * @throws POLICY_FORBIDDEN, CONTENT_MENU_ITEM_NOT_FOUND
     */
    async removeItem(id: string, actor: Actor): Promise<{ menu: string; documentId: string; removed: number }> {
      const result = await inTransaction(actor, async (repo, record) => {
        const item = await repo.findMenuItem(id);
        if (!item) throw menuItemNotFound(id);
        const items = await repo.listMenuItems(item.menu);
        const ids = [...descendantsOf(items, id).reverse(), id];
        await repo.deleteMenuItems(ids);
        const documentIds = items.filter((i) => ids.includes(i.id)).map((i) => i.documentId);
        await record({ action: 'menu.item-removed', documentId: item.documentId, details: { menu: item.menu, item: id, removed: ids.length } });
        return { menu: item.menu, documentId: item.documentId, removed: ids.length, documentIds };
      });
      await changed(...new Set(result.documentIds));
      return { menu: result.menu, documentId: result.documentId, removed: result.removed };
    },

    /**
     * Swaps an entry with its previous or next sibling; the siblings' positions are renumbered 0…n.
     * Moving the first entry up (or the last down) changes nothing.
     * @throws POLICY_FORBIDDEN, CONTENT_MENU_ITEM_NOT_FOUND
     */
    async moveItem(input: { id: string; direction: 'up' | 'down'; actor: Actor }): Promise<{ menu: string; documentId: string; moved: boolean }> {
      const result = await inTransaction(input.actor, async (repo, record) => {
        const item = await repo.findMenuItem(input.id);
        if (!item) throw menuItemNotFound(input.id);
        const siblings = (await repo.listMenuItems(item.menu)).filter((i) => i.parentId === item.parentId);
        const index = siblings.findIndex((i) => i.id === item.id);
        const other = index + (input.direction === 'up' ? -1 : 1);
        if (index < 0 || other < 0 || other >= siblings.length) return { menu: item.menu, documentId: item.documentId, moved: false };
        const order = [...siblings];
        [order[index], order[other]] = [order[other]!, order[index]!];
        for (const [position, sibling] of order.entries()) {
          if (sibling.position !== position) await repo.setMenuItemPosition(sibling.id, position);
        }
        await record({ action: 'menu.item-moved', documentId: item.documentId, details: { menu: item.menu, item: item.id, direction: input.direction } });
        return { menu: item.menu, documentId: item.documentId, moved: true };
      });
      if (result.moved) await changed(result.documentId);
      return result;
    },
  };
}

import type { Db } from '../../platform/db/database.ts';
import type { LocaleCode } from '../locales/index.ts';

/** SQL for the documents' public paths and the redirects from their old ones (part of the content repository). */
export function createPathQueries(db: Db) {
  return {
    async replacePaths(documentId: string, paths: ReadonlyMap<LocaleCode, string>): Promise<void> {
      await db.deleteFrom('documentPaths').where('documentId', '=', documentId).execute();
      if (paths.size === 0) return;
      await db
        .insertInto('documentPaths')
        .values([...paths].map(([locale, path]) => ({ documentId, locale, path })))
        .execute();
    },

    async findDocumentIdByPath(locale: LocaleCode, path: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('documentPaths')
        .select('documentId')
        .where('locale', '=', locale)
        .where('path', '=', path)
        .executeTakeFirst();
      return row?.documentId;
    },

    async listPaths(documentIds: readonly string[], locale?: LocaleCode): Promise<{ documentId: string; locale: LocaleCode; path: string }[]> {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('documentPaths')
        .selectAll()
        .where('documentId', 'in', [...documentIds])
        .$if(locale !== undefined, (q) => q.where('locale', '=', locale as string))
        .execute();
      return rows.map((r) => ({ ...r, locale: r.locale as LocaleCode }));
    },

    /** Every published translation of these types that has an address, without its text (sitemaps). */
    async listPublishedAddresses(types: readonly string[]): Promise<PublishedAddress[]> {
      if (types.length === 0) return [];
      const rows = await db
        .selectFrom('translations')
        .innerJoin('documents', 'documents.id', 'translations.documentId')
        .innerJoin('documentPaths', (join) =>
          join.onRef('documentPaths.documentId', '=', 'translations.documentId').onRef('documentPaths.locale', '=', 'translations.locale'),
        )
        .select([
          'translations.documentId as documentId',
          'translations.locale as locale',
          'documentPaths.path as path',
          'translations.updatedAt as translationUpdatedAt',
          'documents.updatedAt as documentUpdatedAt',
        ])
        .where('translations.status', '=', 'published')
        .where('documents.type', 'in', [...types])
        .execute();
      return rows.map((r) => ({
        documentId: r.documentId,
        locale: r.locale as LocaleCode,
        path: r.path,
        updatedAt: r.documentUpdatedAt > r.translationUpdatedAt ? r.documentUpdatedAt : r.translationUpdatedAt,
      }));
    },

    /** Remembers that an old path leads to a document; the newest record for a path wins. */
    async recordRedirect(locale: LocaleCode, path: string, documentId: string, createdAt: string): Promise<void> {
      await db
        .insertInto('pathRedirects')
        .values({ locale, path, documentId, createdAt })
        .onConflict((oc) => oc.columns(['locale', 'path']).doUpdateSet({ documentId, createdAt }))
        .execute();
    },

    /** Drops redirects from paths a live page now owns. */
    async deleteRedirects(locale: LocaleCode, paths: readonly string[]): Promise<void> {
      if (paths.length === 0) return;
      await db.deleteFrom('pathRedirects').where('locale', '=', locale).where('path', 'in', [...paths]).execute();
    },

    async findRedirectTarget(locale: LocaleCode, path: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('pathRedirects')
        .select('documentId')
        .where('locale', '=', locale)
        .where('path', '=', path)
        .executeTakeFirst();
      return row?.documentId;
    },
  };
}

/** Where a published translation lives, and when it or its document last changed. */
export interface PublishedAddress {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly path: string;
  readonly updatedAt: string;
}

import { sql, type Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { DocumentsTable, RevisionsTable, TranslationsTable } from '../../platform/db/schema.ts';
import { parseJson } from './json-column.ts';
import { createWorkingCopyQueries } from './working-copy.repository.ts';
import { newId } from '../../platform/ids.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { RichTextDoc } from './rich-text.ts';
import type {
  ContentDocument,
  FieldValues,
  Revision,
  Translation,
  TranslationStatus,
  TranslationSummary,
} from './content.types.ts';

export type ContentRepository = ReturnType<typeof createContentRepository>;

export interface AdminListFilter {
  readonly type?: string;
  readonly status?: TranslationStatus;
  readonly locale?: LocaleCode;
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface AdminListRow {
  readonly documentId: string;
  readonly type: string;
  readonly locale: LocaleCode;
  readonly title: string;
  readonly status: TranslationStatus;
  readonly version: number;
  readonly updatedAt: string;
}

/** The only place with SQL for documents, translations, paths, revisions and menus (working copies and review notes: working-copy.repository.ts). */
export function createContentRepository(db: Db) {
  return {
    ...createWorkingCopyQueries(db),
    async insertDocument(doc: ContentDocument): Promise<void> {
      await db
        .insertInto('documents')
        .values({ ...doc, fields: JSON.stringify(doc.fields) })
        .execute();
    },

    async findDocument(id: string): Promise<ContentDocument | undefined> {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDocument(row);
    },

    async findDocuments(ids: readonly string[]): Promise<ContentDocument[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('documents').selectAll().where('id', 'in', [...ids]).execute();
      return rows.map(toDocument);
    },

    async listDocumentsByType(type: string): Promise<ContentDocument[]> {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('type', '=', type)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();
      return rows.map(toDocument);
    },

    async listChildren(parentId: string): Promise<ContentDocument[]> {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('parentId', '=', parentId)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();
      return rows.map(toDocument);
    },

    async countDocuments(): Promise<number> {
      const row = await db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Applies the change only if nobody saved since `expectedVersion`; says whether it did. */
    async updateDocumentIfVersion(
      id: string,
      expectedVersion: number,
      patch: { fields: FieldValues; parentId: string | null; position: number; updatedAt: string },
    ): Promise<boolean> {
      const result = await db
        .updateTable('documents')
        .set({ ...patch, fields: JSON.stringify(patch.fields), version: expectedVersion + 1 })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async findTranslation(documentId: string, locale: LocaleCode): Promise<Translation | undefined> {
      const row = await db
        .selectFrom('translations')
        .selectAll()
        .where('documentId', '=', documentId)
        .where('locale', '=', locale)
        .executeTakeFirst();
      return row && toTranslation(row);
    },

    async listTranslations(documentIds: readonly string[]): Promise<Translation[]> {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('translations')
        .selectAll()
        .where('documentId', 'in', [...documentIds])
        .execute();
      return rows.map(toTranslation);
    },

    /** The translations of these documents without their bodies (listings: a section may list thousands). */
    async listTranslationSummaries(documentIds: readonly string[]): Promise<TranslationSummary[]> {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('translations')
        .select(SUMMARY_COLUMNS)
        .where('documentId', 'in', [...documentIds])
        .execute();
      return rows.map(toTranslationSummary);
    },

    async insertTranslation(t: Translation): Promise<void> {
      await db.insertInto('translations').values(toTranslationRow(t)).execute();
    },

    async updateTranslationIfVersion(t: Translation, expectedVersion: number): Promise<boolean> {
      const row = toTranslationRow(t);
      const result = await db
        .updateTable('translations')
        .set({
          slug: row.slug,
          title: row.title,
          summary: row.summary,
          body: row.body,
          fields: row.fields,
          status: row.status,
          version: row.version,
          sourceLocale: row.sourceLocale,
          sourceVersion: row.sourceVersion,
          sourceFingerprint: row.sourceFingerprint,
          publishedAt: row.publishedAt,
          updatedAt: row.updatedAt,
        })
        .where('id', '=', row.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

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

    async listPaths(documentIds: readonly string[]): Promise<{ documentId: string; locale: LocaleCode; path: string }[]> {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('documentPaths')
        .selectAll()
        .where('documentId', 'in', [...documentIds])
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

    /** Every document, in tree order within each parent (for the back office's page tree). */
    async listAllDocuments(): Promise<ContentDocument[]> {
      const rows = await db.selectFrom('documents').selectAll().orderBy('position').orderBy('createdAt').execute();
      return rows.map(toDocument);
    },

    /** One page of translations for the back office, filtered and searched by title. */
    async listTranslationsForAdmin(filter: AdminListFilter): Promise<{ rows: AdminListRow[]; total: number }> {
      let query = db
        .selectFrom('translations')
        .innerJoin('documents', 'documents.id', 'translations.documentId');
      if (filter.type) query = query.where('documents.type', '=', filter.type);
      if (filter.status) query = query.where('translations.status', '=', filter.status);
      if (filter.locale) query = query.where('translations.locale', '=', filter.locale);
      if (filter.search) {
        const pattern = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where(sql<boolean>`lower(translations.title) like ${pattern} escape '\\'`);
      }
      const [rows, count] = await Promise.all([
        query
          .select([
            'translations.documentId',
            'documents.type',
            'translations.locale',
            'translations.title',
            'translations.status',
            'translations.version',
            'translations.updatedAt',
          ])
          .orderBy('translations.updatedAt', 'desc')
          .orderBy('translations.id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        rows: rows.map((r) => ({ ...r, locale: r.locale as LocaleCode, status: r.status as TranslationStatus })),
        total: Number(count.n),
      };
    },

    async insertRevision(revision: Omit<Revision, 'id'>): Promise<void> {
      await db
        .insertInto('revisions')
        .values({ ...revision, id: newId(), snapshot: JSON.stringify(revision.snapshot) })
        .execute();
    },

    async listRevisions(documentId: string, locale: LocaleCode | null): Promise<Revision[]> {
      let query = db.selectFrom('revisions').selectAll().where('documentId', '=', documentId);
      query = locale === null ? query.where('locale', 'is', null) : query.where('locale', '=', locale);
      const rows = await query.orderBy('version', 'desc').execute();
      return rows.map(toRevision);
    },

    async insertMenuItem(item: {
      id: string;
      menu: string;
      parentId: string | null;
      position: number;
      documentId: string;
    }): Promise<void> {
      await db.insertInto('menuItems').values(item).execute();
    },

    async listMenuItems(menu: string) {
      return db
        .selectFrom('menuItems')
        .selectAll()
        .where('menu', '=', menu)
        .orderBy('position')
        .execute();
    },

    async findMenuItem(id: string) {
      return db.selectFrom('menuItems').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async setMenuItemPosition(id: string, position: number): Promise<void> {
      await db.updateTable('menuItems').set({ position }).where('id', '=', id).execute();
    },

    async deleteMenuItems(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('menuItems').where('id', 'in', [...ids]).execute();
    },

    /** Moves a translation's version on without touching its text (its working copy changed). */
    async bumpTranslationVersion(id: string, expectedVersion: number): Promise<boolean> {
      const result = await db
        .updateTable('translations')
        .set({ version: expectedVersion + 1 })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Every document, translation (no text), path and menu item: what a page's version is made of. */
    async listVersionRows() {
      const [documents, translations, paths, menuItems] = await Promise.all([
        db.selectFrom('documents').select(['id', 'type', 'parentId', 'position', 'version', 'updatedAt', 'fields']).execute(),
        db.selectFrom('translations').select(['documentId', 'locale', 'status', 'version', 'slug', 'updatedAt']).execute(),
        db.selectFrom('documentPaths').selectAll().execute(),
        db.selectFrom('menuItems').selectAll().execute(),
      ]);
      return { documents, translations, paths, menuItems };
    },
  };
}

function toDocument(row: Selectable<DocumentsTable>): ContentDocument {
  return { ...row, fields: parseJson(row.fields, {}) as FieldValues };
}

function toTranslation(row: Selectable<TranslationsTable>): Translation {
  return { ...toTranslationSummary(row), body: parseJson(row.body, { type: 'doc', content: [] }) as RichTextDoc };
}

const SUMMARY_COLUMNS = [
  'id',
  'documentId',
  'locale',
  'slug',
  'title',
  'summary',
  'fields',
  'status',
  'version',
  'sourceLocale',
  'sourceVersion',
  'sourceFingerprint',
  'publishedAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof TranslationsTable)[];

function toTranslationSummary(row: Omit<Selectable<TranslationsTable>, 'body'>): TranslationSummary {
  const { id, documentId, slug, title, summary, version, sourceVersion, sourceFingerprint, publishedAt, createdAt, updatedAt } = row;
  return {
    id,
    documentId,
    slug,
    title,
    summary,
    version,
    sourceVersion,
    sourceFingerprint,
    publishedAt,
    createdAt,
    updatedAt,
    locale: row.locale as LocaleCode,
    sourceLocale: row.sourceLocale as LocaleCode | null,
    status: row.status as TranslationStatus,
    fields: parseJson(row.fields, {}) as FieldValues,
  };
}

function toTranslationRow(t: Translation): TranslationsTable {
  return { ...t, body: JSON.stringify(t.body), fields: JSON.stringify(t.fields) };
}

function toRevision(row: Selectable<RevisionsTable>): Revision {
  return { ...row, locale: row.locale as LocaleCode | null, snapshot: parseJson(row.snapshot, null) };
}


/** Where a published translation lives, and when it or its document last changed. */
export interface PublishedAddress {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly path: string;
  readonly updatedAt: string;
}

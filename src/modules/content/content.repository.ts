import { sql, type Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { DocumentsTable, RevisionsTable, TranslationsTable } from '../../platform/db/schema.ts';
import { parseJson } from './json-column.ts';
import { createMenuQueries } from './menu.repository.ts';
import { createPathQueries } from './path.repository.ts';
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

export type { PublishedAddress } from './path.repository.ts';
export type ContentRepository = ReturnType<typeof createContentRepository>;

export interface AdminListFilter {
  readonly type?: string;
  readonly status?: TranslationStatus;
  readonly locale?: LocaleCode;
  readonly search?: string;
  /** Only documents that have no translation in this locale (their other translations are listed). */
  readonly missing?: LocaleCode;
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

/**
 * The only place with SQL for documents, translations and revisions; with the queries of paths and
 * redirects (path.repository.ts), menus (menu.repository.ts), working copies and review notes
 * (working-copy.repository.ts) it makes the content module's repository.
 */
export function createContentRepository(db: Db) {
  return {
    ...createWorkingCopyQueries(db),
    ...createPathQueries(db),
    ...createMenuQueries(db),
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

    /**
     * Sets a document's place among its siblings without a new version: renumbering the siblings of
     * a moved page changes none of their content, and nobody editing one should meet a conflict.
     */
    async setPosition(id: string, position: number): Promise<void> {
      await db.updateTable('documents').set({ position }).where('id', '=', id).execute();
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

    /** The translations of these documents, in `locales` only when given (a page reads its fallback chain, not forty). */
    async listTranslations(documentIds: readonly string[], locales?: readonly LocaleCode[]): Promise<Translation[]> {
      if (documentIds.length === 0 || locales?.length === 0) return [];
      const rows = await db
        .selectFrom('translations')
        .selectAll()
        .where('documentId', 'in', [...documentIds])
        .$if(locales !== undefined, (q) => q.where('locale', 'in', [...(locales ?? [])]))
        .execute();
      return rows.map(toTranslation);
    },

    /**
     * The locale of the document's source: its oldest translation without a source of its own, other
     * than `except` (translations_source_idx finds it without reading any text).
     */
    async findSourceLocale(documentId: string, except?: LocaleCode): Promise<LocaleCode | undefined> {
      const row = await db
        .selectFrom('translations')
        .select('locale')
        .where('documentId', '=', documentId)
        .where('sourceLocale', 'is', null)
        .$if(except !== undefined, (q) => q.where('locale', '!=', except as string))
        .orderBy('createdAt')
        .orderBy('locale')
        .limit(1)
        .executeTakeFirst();
      return row?.locale as LocaleCode | undefined;
    },

    /** Whole translations by their own ids, read in chunks (a dashboard may ask for thousands). */
    async listTranslationsById(ids: readonly string[]): Promise<Translation[]> {
      const out: Translation[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db.selectFrom('translations').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute();
        out.push(...rows.map(toTranslation));
      }
      return out;
    },

    /** The translations of these documents without their bodies (listings: a section may list thousands). */
    async listTranslationSummaries(documentIds: readonly string[], locales?: readonly LocaleCode[]): Promise<TranslationSummary[]> {
      if (documentIds.length === 0 || locales?.length === 0) return [];
      const rows = await db
        .selectFrom('translations')
        .select(SUMMARY_COLUMNS)
        .where('documentId', 'in', [...documentIds])
        .$if(locales !== undefined, (q) => q.where('locale', 'in', [...(locales ?? [])]))
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
      const missing = filter.missing;
      if (missing) {
        query = query.where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('translations as other').select('other.id').whereRef('other.documentId', '=', 'translations.documentId').where('other.locale', '=', missing))),
        );
      }
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

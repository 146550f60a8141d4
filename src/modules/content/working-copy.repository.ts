import { sql, type Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { PendingTranslationsTable, ReviewNotesTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { FieldValues, PendingVersion, ReviewNote, ReviewQueueItem, ReviewState, ReviewStep } from './content.types.ts';
import { parseJson } from './json-column.ts';
import type { RichTextDoc } from './rich-text.ts';

/** SQL for the working copies of published translations and the notes of their review (part of the content repository). */
export function createWorkingCopyQueries(db: Db) {
  return {
    async findPending(translationId: string): Promise<PendingVersion | undefined> {
      const row = await db.selectFrom('pendingTranslations').selectAll().where('translationId', '=', translationId).executeTakeFirst();
      return row && toPending(row);
    },

    async listPending(documentIds: readonly string[]): Promise<PendingVersion[]> {
      if (documentIds.length === 0) return [];
      const rows = await db.selectFrom('pendingTranslations').selectAll().where('documentId', 'in', [...documentIds]).execute();
      return rows.map(toPending);
    },

    /** Writes the working copy of a translation; the caller has already moved its version on. */
    async savePending(translationId: string, p: PendingVersion): Promise<void> {
      const row: PendingTranslationsTable = { ...p, translationId, body: JSON.stringify(p.body), fields: JSON.stringify(p.fields) };
      const { translationId: _key, ...update } = row;
      await db
        .insertInto('pendingTranslations')
        .values(row)
        .onConflict((oc) => oc.column('translationId').doUpdateSet(update))
        .execute();
    },

    async deletePending(translationId: string): Promise<void> {
      await db.deleteFrom('pendingTranslations').where('translationId', '=', translationId).execute();
    },

    async insertReviewNote(note: ReviewNote): Promise<void> {
      await db.insertInto('reviewNotes').values(note).execute();
    },

    /** The review history of a document (every locale, or one), newest first. */
    async listReviewNotes(documentId: string, locale?: LocaleCode): Promise<ReviewNote[]> {
      let query = db.selectFrom('reviewNotes').selectAll().where('documentId', '=', documentId);
      if (locale) query = query.where('locale', '=', locale);
      const rows = await query.orderBy('at', 'desc').orderBy('version', 'desc').execute();
      return rows.map(toReviewNote);
    },

    /**
     * Translations waiting for a reviewer, oldest first: new work in review and working copies of
     * published pages submitted for review. Waiting since its latest "submitted" note (else its last save).
     */
    async listReviewQueue(locales: readonly LocaleCode[] | null, limit: number): Promise<ReviewQueueItem[]> {
      const submittedAt = (locale: 'translations.locale', documentId: 'translations.documentId') =>
        sql<string | null>`(select max(review_notes.at) from review_notes where review_notes.document_id = ${sql.ref(documentId)} and review_notes.locale = ${sql.ref(locale)} and review_notes.step = 'submitted')`;
      let query = db
        .selectFrom('translations')
        .innerJoin('documents', 'documents.id', 'translations.documentId')
        .leftJoin('pendingTranslations', 'pendingTranslations.translationId', 'translations.id')
        .select([
          'translations.documentId as documentId',
          'documents.type as type',
          'translations.locale as locale',
          'translations.title as title',
          'pendingTranslations.title as pendingTitle',
          'translations.version as version',
          'translations.updatedAt as updatedAt',
          'pendingTranslations.updatedAt as pendingUpdatedAt',
          submittedAt('translations.locale', 'translations.documentId').as('submittedAt'),
        ])
        .where((eb) => eb.or([eb('translations.status', '=', 'in_review'), eb('pendingTranslations.reviewState', '=', 'in_review')]));
      if (locales) query = query.where('translations.locale', 'in', locales.length > 0 ? [...locales] : ['']);
      const rows = await query.limit(limit).execute();
      return rows
        .map((r) => ({
          documentId: r.documentId,
          type: r.type,
          locale: r.locale as LocaleCode,
          title: r.pendingTitle ?? r.title,
          version: r.version,
          isPendingChange: r.pendingTitle !== null,
          waitingSince: r.submittedAt ?? r.pendingUpdatedAt ?? r.updatedAt,
        }))
        .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.documentId.localeCompare(b.documentId));
    },
  };
}

function toPending(row: Selectable<PendingTranslationsTable>): PendingVersion {
  const { translationId: _id, ...rest } = row;
  return {
    ...rest,
    locale: row.locale as LocaleCode,
    reviewState: row.reviewState as ReviewState,
    body: parseJson(row.body, { type: 'doc', content: [] }) as RichTextDoc,
    fields: parseJson(row.fields, {}) as FieldValues,
  };
}

function toReviewNote(row: Selectable<ReviewNotesTable>): ReviewNote {
  return { ...row, locale: row.locale as LocaleCode, step: row.step as ReviewStep };
}

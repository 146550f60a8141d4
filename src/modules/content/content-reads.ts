import type { Db } from '../../platform/db/database.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { withPending } from './content-operation.ts';
import { createContentRepository, type AdminListFilter, type ContentRepository } from './content.repository.ts';
import { documentNotFound, translationNotFound } from './content.errors.ts';
import type { Actor, ContentDocument, ReviewNote, ReviewQueueItem, Translation, WorkingCopy } from './content.types.ts';
import { listTranslationRows } from './translation-overview.ts';

/**
 * What the content service reads: documents, translations with their working copies, review
 * queues and lists for the back office. Reads write nothing and need no transaction; those that
 * take a unit read inside the caller's, so an operation sees its own writes.
 */
export function createContentReads({ db, locales }: { readonly db: Db; readonly locales: LocaleSource }) {
  const reads = {
    /**
     * A document, for an actor who may read content (the API's management reads).
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND
     */
    async readDocument(actor: Actor, id: string): Promise<ContentDocument> {
      authorize(actor, 'content.read');
      return reads.getDocument(id);
    },

    /**
     * A translation with its working copy, for an actor who may read content.
     * @throws POLICY_FORBIDDEN, CONTENT_TRANSLATION_NOT_FOUND
     */
    async readWorkingCopy(actor: Actor, documentId: string, locale: LocaleCode): Promise<WorkingCopy> {
      authorize(actor, 'content.read');
      const copy = await reads.findWorkingCopy(documentId, locale);
      if (!copy) throw translationNotFound(documentId, locale);
      return copy;
    },

    /** @throws CONTENT_DOCUMENT_NOT_FOUND */
    async getDocument(id: string, unit?: UnitOfWork): Promise<ContentDocument> {
      const doc = await createContentRepository(unit?.trx ?? db).findDocument(id);
      if (!doc) throw documentNotFound(id);
      return doc;
    },

    /** The stored translation: for a published one, the text visitors see (see findWorkingCopy). */
    async findTranslation(documentId: string, locale: LocaleCode, unit?: UnitOfWork): Promise<Translation | undefined> {
      return createContentRepository(unit?.trx ?? db).findTranslation(documentId, locale);
    },

    /** Every stored translation of a document, in whatever locales it has: one query, however many locales the site has. */
    async listTranslations(documentId: string, unit?: UnitOfWork): Promise<Translation[]> {
      // The source first, then its translations in the order they were made.
      const all = await createContentRepository(unit?.trx ?? db).listTranslations([documentId]);
      return all.sort((a, b) => Number(a.sourceLocale !== null) - Number(b.sourceLocale !== null) || a.createdAt.localeCompare(b.createdAt) || a.locale.localeCompare(b.locale));
    },

    /** Every translation of a document as its editors see it, each with its working copy if it has one. */
    async listWorkingCopies(documentId: string, unit?: UnitOfWork): Promise<WorkingCopy[]> {
      const repo = createContentRepository(unit?.trx ?? db);
      const translations = await repo.listTranslations([documentId]);
      return Promise.all(translations.map((translation) => workingCopyOf(repo, translation)));
    },

    /** A translation as its editors see it: with its working copy, if it has one. */
    async findWorkingCopy(documentId: string, locale: LocaleCode, unit?: UnitOfWork): Promise<WorkingCopy | undefined> {
      const repo = createContentRepository(unit?.trx ?? db);
      const translation = await repo.findTranslation(documentId, locale);
      return translation ? workingCopyOf(repo, translation) : undefined;
    },

    /** The locales of these documents that have a working copy, by document. */
    async listPendingLocales(documentIds: readonly string[]): Promise<Map<string, Set<LocaleCode>>> {
      const out = new Map<string, Set<LocaleCode>>();
      for (const p of await createContentRepository(db).listPending(documentIds)) {
        if (!out.has(p.documentId)) out.set(p.documentId, new Set());
        out.get(p.documentId)!.add(p.locale);
      }
      return out;
    },

    /** The review history of a document, newest first: who submitted, asked for changes, published, discarded. */
    async listReviewNotes(documentId: string, locale?: LocaleCode): Promise<ReviewNote[]> {
      return createContentRepository(db).listReviewNotes(documentId, locale);
    },

    /** What waits for a reviewer, oldest first; `locales` narrows it (null: every locale). */
    async listReviewQueue(locales: readonly LocaleCode[] | null, limit = 200): Promise<ReviewQueueItem[]> {
      return createContentRepository(db).listReviewQueue(locales, limit);
    },

    async listRevisions(documentId: string, locale: LocaleCode | null) {
      return createContentRepository(db).listRevisions(documentId, locale);
    },

    /** Every document of a type, whatever its translations' status. */
    async listDocuments(type: string): Promise<ContentDocument[]> {
      return createContentRepository(db).listDocumentsByType(type);
    },

    /** The titles of these translations (a bulk step's results name what they are about). */
    async listTranslationTitles(items: readonly { documentId: string; locale: LocaleCode }[]): Promise<{ documentId: string; locale: LocaleCode; title: string }[]> {
      const wanted = new Set(items.map((i) => `${i.documentId}\u0000${i.locale}`));
      const summaries = await createContentRepository(db).listTranslationSummaries([...new Set(items.map((i) => i.documentId))]);
      return summaries.filter((s) => wanted.has(`${s.documentId}\u0000${s.locale}`)).map(({ documentId, locale, title }) => ({ documentId, locale, title }));
    },

    /** A page of translations for the back office's lists. */
    async listForAdmin(filter: AdminListFilter) {
      return createContentRepository(db).listTranslationsForAdmin(filter);
    },

    /** Every translatable document with the state of each locale (missing, outdated, current). */
    async listTranslationRows() {
      return listTranslationRows(db, locales.current().all.map((l) => l.code));
    },

    async countDocuments(): Promise<number> {
      return createContentRepository(db).countDocuments();
    },
  };
  return reads;
}

/** A translation with its working copy: only a published one can have one. */
async function workingCopyOf(repo: ContentRepository, translation: Translation): Promise<WorkingCopy> {
  const pending = translation.status === 'published' ? await repo.findPending(translation.id) : undefined;
  return { translation, pending, text: pending ? withPending(translation, pending, translation.version) : translation };
}

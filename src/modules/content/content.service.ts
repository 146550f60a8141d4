import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/db-errors.ts';
import type { Clock } from '../../platform/clock.ts';
import { isAppError, type FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { LocaleCode } from '../locales/index.ts';
import { checkShared, checkTranslation } from './content-checks.ts';
import { findContentType, normaliseFields } from './content-types.ts';
import { createContentRepository, type AdminListFilter, type ContentRepository } from './content.repository.ts';
import {
  CONTENT_INVALID,
  documentNotFound,
  invalidContent,
  translationNotFound,
  unknownType,
  versionConflict,
} from './content.errors.ts';
import type {
  Actor,
  ContentDocument,
  FieldValues,
  Translation,
  TranslationInput,
  TranslationStatus,
} from './content.types.ts';
import { TRANSLATION_STATUSES } from './content.types.ts';
import { rebuildPaths } from './paths.ts';
import { listTranslationRows } from './translation-overview.ts';
import { textFingerprint } from './translation-states.ts';
import { EMPTY_DOC } from './rich-text.ts';

/** Told after a change is committed, so caches drop exactly what changed. */
/**
 * What a committed change touched. Listeners (page cache, search index) run before the change is
 * acknowledged to its caller, so nothing stale is served once the caller hears "saved".
 */
export interface ContentChange {
  readonly documentIds: readonly string[];
  /** Set when menus changed: every page shows them. */
  readonly menus?: boolean;
}

/**
 * A rule another module adds to publishing, e.g. "every image shown has alt text in that locale".
 * It lists what stands in the way; an empty list lets the translation be published.
 */
export type PublishCheck = (document: ContentDocument, locale: LocaleCode) => Promise<readonly FieldProblem[]>;

export interface ContentServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly onChange?: (change: ContentChange) => unknown;
  readonly publishChecks?: readonly PublishCheck[];
}

export type ContentService = ReturnType<typeof createContentService>;

interface SaveTranslationInput {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly expectedVersion: number;
  readonly translation: TranslationInput;
  readonly actor: Actor;
  /**
   * A partial change (one caption track uploaded) says nothing about the rest of the text: the
   * translation keeps the source version it was last brought up to, and stays outdated if it was.
   */
  readonly keepSourceVersion?: boolean;
}

/** Use cases that change content: documents, translations, statuses. Every save writes a revision. */
export function createContentService({ db, clock, onChange, publishChecks = [] }: ContentServiceDeps) {
  const inTransaction = async <T>(work: (repo: ContentRepository) => Promise<T>): Promise<T> =>
    db.transaction().execute((trx) => work(createContentRepository(trx)));
  const changed = async (...documentIds: string[]) => onChange?.({ documentIds: [...new Set(documentIds)] });

  /** Saves one translation inside the caller's transaction (see saveTranslation). */
  const saveTranslationIn = async (repo: ContentRepository, input: SaveTranslationInput, moved: string[] = []): Promise<Translation> => {
    const doc = await repo.findDocument(input.documentId);
    if (!doc) throw documentNotFound(input.documentId);
    const type = findContentType(doc.type);
    const t: TranslationInput = type && input.translation.fields
      ? { ...input.translation, fields: normaliseFields(type.translatableFields, input.translation.fields) }
      : input.translation;
    checkTranslation(doc, input.locale, t);
    const current = await repo.findTranslation(doc.id, input.locale);
    const actual = current?.version ?? 0;
    if (actual !== input.expectedVersion) {
      throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual);
    }
    const now = clock.now().toISOString();
    const sourceLocale = await resolveSourceLocale(repo, doc.id, input.locale, t.sourceLocale, current);
    const source = sourceLocale ? await repo.findTranslation(doc.id, sourceLocale) : undefined;
    const next: Translation = {
      id: current?.id ?? newId(),
      documentId: doc.id,
      locale: input.locale,
      slug: t.slug,
      title: t.title.trim(),
      summary: (t.summary ?? '').trim(),
      body: t.body ?? EMPTY_DOC,
      fields: t.fields ?? {},
      status: current?.status ?? 'draft',
      version: actual + 1,
      sourceLocale,
      // Saving a translation records the source text it now matches.
      sourceVersion: input.keepSourceVersion && current ? current.sourceVersion : (source?.version ?? null),
      sourceFingerprint: input.keepSourceVersion && current ? current.sourceFingerprint : source ? textFingerprint(source) : null,
      publishedAt: current?.publishedAt ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    if (current) {
      if (!(await repo.updateTranslationIfVersion(next, actual))) {
        throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual + 1);
      }
    } else {
      await repo.insertTranslation(next).catch((error: unknown) => {
        // Two first saves of one locale at once: the unique (document, locale) key admits one.
        throw isUniqueViolation(error) ? versionConflict(`The ${input.locale} translation`, 0, 1) : error;
      });
    }
    await writeRevision(repo, next, input.actor);
    // A new address for this page moves its descendants' too: they count as changed.
    if (!current || current.slug !== next.slug) moved.push(...(await rebuildPaths(repo, doc.id)));
    return next;
  };

  return {
    /**
     * Creates a document with its shared fields; translations are added with saveTranslation.
     * @throws CONTENT_UNKNOWN_TYPE, CONTENT_INVALID, CONTENT_DOCUMENT_NOT_FOUND (parent)
     */
    async createDocument(input: {
      type: string;
      parentId?: string | null;
      position?: number;
      fields?: FieldValues;
      actor: Actor;
    }): Promise<ContentDocument> {
      const type = findContentType(input.type);
      if (!type) throw unknownType(input.type);
      const fields = input.fields ?? {};
      const now = clock.now().toISOString();
      const doc: ContentDocument = {
        id: newId(),
        type: type.name,
        parentId: input.parentId ?? null,
        position: input.position ?? 0,
        fields,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await inTransaction(async (repo) => {
        await checkShared(repo, doc.type, fields, doc.parentId);
        await repo.insertDocument(doc);
        await repo.insertRevision({
          documentId: doc.id,
          locale: null,
          version: 1,
          snapshot: { fields, parentId: doc.parentId, position: doc.position },
          author: input.actor.id,
          createdAt: now,
        });
      });
      await changed(doc.id);
      return doc;
    },

    /**
     * Creates a document and its first translation in one transaction: both are saved or neither,
     * and the problems of both are reported together.
     * @throws CONTENT_UNKNOWN_TYPE, CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async createDocumentWithTranslation(input: {
      type: string;
      parentId?: string | null;
      fields?: FieldValues;
      locale: LocaleCode;
      translation: TranslationInput;
      actor: Actor;
    }): Promise<{ document: ContentDocument; translation: Translation }> {
      const type = findContentType(input.type);
      if (!type) throw unknownType(input.type);
      const now = clock.now().toISOString();
      const fields = input.fields ?? {};
      const doc: ContentDocument = {
        id: newId(),
        type: type.name,
        parentId: input.parentId ?? null,
        position: 0,
        fields,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      const translation = await inTransaction(async (repo) => {
        const problems: FieldProblem[] = [];
        const collect = async (check: () => Promise<void> | void) => {
          try {
            await check();
          } catch (error) {
            if (!isAppError(error) || error.code !== CONTENT_INVALID) throw error;
            problems.push(...error.details);
          }
        };
        await collect(() => checkShared(repo, doc.type, fields, doc.parentId));
        await collect(() => checkTranslation(doc, input.locale, input.translation));
        if (problems.length > 0) throw invalidContent(problems);
        await repo.insertDocument(doc);
        await repo.insertRevision({
          documentId: doc.id,
          locale: null,
          version: 1,
          snapshot: { fields, parentId: doc.parentId, position: 0 },
          author: input.actor.id,
          createdAt: now,
        });
        const { locale, translation, actor } = input;
        return saveTranslationIn(repo, { documentId: doc.id, locale, expectedVersion: 0, translation, actor });
      });
      await changed(doc.id);
      return { document: doc, translation };
    },

    /**
     * Changes shared fields, parent or position of the version the caller saw.
     * @throws CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_VERSION_CONFLICT, CONTENT_SLUG_TAKEN
     */
    async updateDocument(input: {
      id: string;
      expectedVersion: number;
      fields?: FieldValues;
      parentId?: string | null;
      position?: number;
      actor: Actor;
    }): Promise<ContentDocument> {
      const moved: string[] = [];
      const updated = await inTransaction(async (repo) => {
        const current = await repo.findDocument(input.id);
        if (!current) throw documentNotFound(input.id);
        if (current.version !== input.expectedVersion) {
          throw versionConflict('This document', input.expectedVersion, current.version);
        }
        const next: ContentDocument = {
          ...current,
          fields: input.fields ?? current.fields,
          parentId: input.parentId === undefined ? current.parentId : input.parentId,
          position: input.position ?? current.position,
          version: current.version + 1,
          updatedAt: clock.now().toISOString(),
        };
        await checkShared(repo, next.type, next.fields, next.parentId, next.id);
        const ok = await repo.updateDocumentIfVersion(next.id, input.expectedVersion, next);
        if (!ok) throw versionConflict('This document', input.expectedVersion, input.expectedVersion + 1);
        await repo.insertRevision({
          documentId: next.id,
          locale: null,
          version: next.version,
          snapshot: { fields: next.fields, parentId: next.parentId, position: next.position },
          author: input.actor.id,
          createdAt: next.updatedAt,
        });
        if (next.parentId !== current.parentId) moved.push(...(await rebuildPaths(repo, next.id)));
        return next;
      });
      await changed(updated.id, ...moved);
      return updated;
    },

    /**
     * Creates (expectedVersion 0) or updates a translation; a new one starts as a draft.
     * @throws CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_VERSION_CONFLICT, CONTENT_SLUG_TAKEN
     */
    async saveTranslation(input: SaveTranslationInput): Promise<Translation> {
      const moved: string[] = [];
      const saved = await inTransaction((repo) => saveTranslationIn(repo, input, moved));
      await changed(saved.documentId, ...moved);
      return saved;
    },

    /**
     * Moves a translation through draft → in review → published → archived.
     * @throws CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_INVALID
     */
    async setTranslationStatus(input: {
      documentId: string;
      locale: LocaleCode;
      status: TranslationStatus;
      expectedVersion?: number;
      actor: Actor;
    }): Promise<Translation> {
      if (!TRANSLATION_STATUSES.includes(input.status)) {
        throw invalidContent([{ path: 'status', message: `must be one of ${TRANSLATION_STATUSES.join(', ')}` }]);
      }
      if (input.status === 'published' && publishChecks.length > 0) {
        const document = await createContentRepository(db).findDocument(input.documentId);
        if (!document) throw documentNotFound(input.documentId);
        const problems = (await Promise.all(publishChecks.map((check) => check(document, input.locale)))).flat();
        if (problems.length > 0) throw invalidContent(problems);
      }
      const saved = await inTransaction(async (repo) => {
        const current = await repo.findTranslation(input.documentId, input.locale);
        if (!current) throw translationNotFound(input.documentId, input.locale);
        const expected = input.expectedVersion ?? current.version;
        if (current.version !== expected) {
          throw versionConflict(`The ${input.locale} translation`, expected, current.version);
        }
        const now = clock.now().toISOString();
        const next: Translation = {
          ...current,
          status: input.status,
          version: current.version + 1,
          publishedAt: input.status === 'published' ? (current.publishedAt ?? now) : current.publishedAt,
          updatedAt: now,
        };
        if (!(await repo.updateTranslationIfVersion(next, expected))) {
          throw versionConflict(`The ${input.locale} translation`, expected, expected + 1);
        }
        await writeRevision(repo, next, input.actor);
        return next;
      });
      await changed(saved.documentId);
      return saved;
    },

    /** @throws CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT */
    async publishTranslation(input: { documentId: string; locale: LocaleCode; expectedVersion?: number; actor: Actor }) {
      return this.setTranslationStatus({ ...input, status: 'published' });
    },

    /** @throws CONTENT_DOCUMENT_NOT_FOUND */
    async getDocument(id: string): Promise<ContentDocument> {
      const doc = await createContentRepository(db).findDocument(id);
      if (!doc) throw documentNotFound(id);
      return doc;
    },

    async findTranslation(documentId: string, locale: LocaleCode): Promise<Translation | undefined> {
      return createContentRepository(db).findTranslation(documentId, locale);
    },

    async listRevisions(documentId: string, locale: LocaleCode | null) {
      return createContentRepository(db).listRevisions(documentId, locale);
    },

    /** Adds an entry pointing at a document to a menu; returns the entry's id. */
    async addMenuItem(input: {
      menu: string;
      documentId: string;
      parentId?: string | null;
      position?: number;
    }): Promise<string> {
      const id = newId();
      await inTransaction(async (repo) => {
        if (!(await repo.findDocument(input.documentId))) throw documentNotFound(input.documentId);
        await repo.insertMenuItem({
          id,
          menu: input.menu,
          parentId: input.parentId ?? null,
          position: input.position ?? 0,
          documentId: input.documentId,
        });
      });
      await changed(input.documentId);
      return id;
    },

    /** Every document of a type, whatever its translations' status. */
    async listDocuments(type: string): Promise<ContentDocument[]> {
      return createContentRepository(db).listDocumentsByType(type);
    },

    /** A page of translations for the back office's lists. */
    async listForAdmin(filter: AdminListFilter) {
      return createContentRepository(db).listTranslationsForAdmin(filter);
    },

    /** Every translatable document with the state of each locale (missing, outdated, current). */
    async listTranslationRows() {
      return listTranslationRows(db);
    },

    async countDocuments(): Promise<number> {
      return createContentRepository(db).countDocuments();
    },
  };
}

/**
 * The locale a translation is made from: as given, else as stored, else for a new translation the
 * document's source (the translation that has no source itself), never the locale itself.
 */
async function resolveSourceLocale(
  repo: ContentRepository,
  documentId: string,
  locale: LocaleCode,
  given: LocaleCode | null | undefined,
  current: Translation | undefined,
): Promise<LocaleCode | null> {
  if (given !== undefined) return given === locale ? null : given;
  if (current) return current.sourceLocale;
  const existing = await repo.listTranslations([documentId]);
  return existing.find((x) => x.sourceLocale === null && x.locale !== locale)?.locale ?? null;
}

async function writeRevision(repo: ContentRepository, t: Translation, actor: Actor): Promise<void> {
  await repo.insertRevision({
    documentId: t.documentId,
    locale: t.locale,
    version: t.version,
    snapshot: { slug: t.slug, title: t.title, summary: t.summary, body: t.body, fields: t.fields, status: t.status },
    author: actor.id,
    createdAt: t.updatedAt,
  });
}

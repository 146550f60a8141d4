import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { isLocaleCode, type LocaleCode } from '../locales/index.ts';
import { findContentType, SLUG_PATTERN, validateFields } from './content-types.ts';
import { createContentRepository, type AdminListFilter, type ContentRepository } from './content.repository.ts';
import {
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
import { EMPTY_DOC, validateRichText } from './rich-text.ts';

/** Told after a change is committed, so caches drop exactly what changed. */
export interface ContentChange {
  readonly documentIds: readonly string[];
}

export interface ContentServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly onChange?: (change: ContentChange) => void;
}

export type ContentService = ReturnType<typeof createContentService>;

/** Use cases that change content: documents, translations, statuses. Every save writes a revision. */
export function createContentService({ db, clock, onChange }: ContentServiceDeps) {
  const inTransaction = async <T>(work: (repo: ContentRepository) => Promise<T>): Promise<T> =>
    db.transaction().execute((trx) => work(createContentRepository(trx)));
  const changed = (...documentIds: string[]) => onChange?.({ documentIds });

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
      changed(doc.id);
      return doc;
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
        if (next.parentId !== current.parentId) await rebuildPaths(repo, next.id);
        return next;
      });
      changed(updated.id);
      return updated;
    },

    /**
     * Creates (expectedVersion 0) or updates a translation; a new one starts as a draft.
     * @throws CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_VERSION_CONFLICT, CONTENT_SLUG_TAKEN
     */
    async saveTranslation(input: {
      documentId: string;
      locale: LocaleCode;
      expectedVersion: number;
      translation: TranslationInput;
      actor: Actor;
    }): Promise<Translation> {
      const saved = await inTransaction(async (repo) => {
        const doc = await repo.findDocument(input.documentId);
        if (!doc) throw documentNotFound(input.documentId);
        checkTranslation(doc, input.locale, input.translation);
        const current = await repo.findTranslation(doc.id, input.locale);
        const actual = current?.version ?? 0;
        if (actual !== input.expectedVersion) {
          throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual);
        }
        const now = clock.now().toISOString();
        const t = input.translation;
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
          sourceVersion: source?.version ?? null,
          sourceFingerprint: source ? textFingerprint(source) : null,
          publishedAt: current?.publishedAt ?? null,
          createdAt: current?.createdAt ?? now,
          updatedAt: now,
        };
        if (current) {
          if (!(await repo.updateTranslationIfVersion(next, actual))) {
            throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual + 1);
          }
        } else {
          await repo.insertTranslation(next);
        }
        await writeRevision(repo, next, input.actor);
        if (!current || current.slug !== next.slug) await rebuildPaths(repo, doc.id);
        return next;
      });
      changed(saved.documentId);
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
      changed(saved.documentId);
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
      changed(input.documentId);
      return id;
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

async function checkShared(
  repo: ContentRepository,
  typeName: string,
  fields: FieldValues,
  parentId: string | null,
  selfId?: string,
): Promise<void> {
  const type = findContentType(typeName);
  if (!type) throw unknownType(typeName);
  const problems: FieldProblem[] = validateFields(type.sharedFields, fields, 'fields');
  problems.push(...(type.validate?.(fields) ?? []));
  if (parentId !== null) {
    if (parentId === selfId || !(await repo.findDocument(parentId))) {
      problems.push({ path: 'parentId', message: 'must be another existing document' });
    } else if (selfId && (await isAncestor(repo, selfId, parentId))) {
      problems.push({ path: 'parentId', message: 'cannot be one of the document’s own descendants' });
    }
  }
  for (const def of type.sharedFields) {
    if (def.kind !== 'reference' && def.kind !== 'references') continue;
    const raw = fields[def.name];
    if (raw === undefined || raw === null || raw === '') continue;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    const found = await repo.findDocuments(ids);
    for (const id of ids) {
      const target = found.find((d) => d.id === id);
      if (!target || (def.refType && target.type !== def.refType)) {
        problems.push({ path: `fields.${def.name}`, message: `must refer to an existing ${def.refType ?? 'document'}` });
      }
    }
  }
  if (problems.length > 0) throw invalidContent(problems);
}

async function isAncestor(repo: ContentRepository, ancestorId: string, ofId: string): Promise<boolean> {
  let current = await repo.findDocument(ofId);
  for (let depth = 0; current && depth < 100; depth++) {
    if (current.parentId === ancestorId) return true;
    current = current.parentId ? await repo.findDocument(current.parentId) : undefined;
  }
  return false;
}

function checkTranslation(doc: ContentDocument, locale: string, t: TranslationInput): void {
  const type = findContentType(doc.type);
  if (!type) throw unknownType(doc.type);
  const problems: FieldProblem[] = [];
  if (!isLocaleCode(locale)) problems.push({ path: 'locale', message: 'is not a locale of this site' });
  const isRoot = doc.parentId === null && type.routable;
  if (typeof t.slug !== 'string' || !(SLUG_PATTERN.test(t.slug) || (t.slug === '' && isRoot))) {
    problems.push({ path: 'slug', message: 'must be lowercase letters a–z, digits and single hyphens' });
  } else if (t.slug.length > 120) {
    problems.push({ path: 'slug', message: 'must be at most 120 characters' });
  }
  if (typeof t.title !== 'string' || t.title.trim() === '') problems.push({ path: 'title', message: 'is required' });
  else if (t.title.length > 300) problems.push({ path: 'title', message: 'must be at most 300 characters' });
  if (t.summary !== undefined && (typeof t.summary !== 'string' || t.summary.length > 1000)) {
    problems.push({ path: 'summary', message: 'must be text of at most 1000 characters' });
  }
  if (t.body !== undefined) problems.push(...validateRichText(t.body));
  problems.push(...validateFields(type.translatableFields, t.fields ?? {}, 'fields'));
  if (problems.length > 0) throw invalidContent(problems);
}

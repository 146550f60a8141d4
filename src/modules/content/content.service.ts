import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/db-errors.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditModule } from '../audit/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { checkFileFields, checkShared, checkTranslation, collectProblems } from './content-checks.ts';
import type { RichTextDoc } from './rich-text.ts';
import { findContentType, normaliseFields } from './content-types.ts';
import { createContentRepository, type ContentRepository } from './content.repository.ts';
import {
  documentNotFound,
  invalidContent,
  unknownType,
  versionConflict,
} from './content.errors.ts';
import type {
  Actor,
  ContentDocument,
  FieldValues,
  PendingVersion,
  Translation,
  TranslationInput,
} from './content.types.ts';
import { createOperationRunner, withPending, writeRevision, type Operation } from './content-operation.ts';
import { rebuildPaths } from './paths.ts';
import { createWorkflowStep, type WorkflowStepListener } from './translation-workflow.ts';
import { createBulkTransition } from './bulk-workflow.ts';
import { createContentReads } from './content-reads.ts';
import { textFingerprint } from './translation-states.ts';
import { createTranslationPreview } from './translation-preview.ts';
import { EMPTY_DOC } from './rich-text.ts';

/**
 * What a committed change touched. Listeners (page cache, search index) run before the change is
 * acknowledged to its caller, so nothing stale is served once the caller hears "saved".
 */
export interface ContentChange {
  readonly documentIds: readonly string[];
  /** Set when menus changed: every page shows them. */
  readonly menus?: boolean;
  /**
   * Set when only these locales' text of the documents changed (a save, a publish); absent means
   * every locale. Pages that show the documents, in any locale, may still read differently.
   */
  readonly locales?: readonly LocaleCode[];
}

/**
 * A rule another module adds to publishing, e.g. "every image shown has alt text in that locale":
 * given the document and the body about to go live in `locale`, it lists what stands in the way;
 * an empty list lets the translation be published.
 */
export type PublishCheck = (document: ContentDocument, locale: LocaleCode, body: RichTextDoc) => Promise<readonly FieldProblem[]>;

/** The files module's lookup, read in the caller's transaction when there is one. */
export type FindFiles = (ids: readonly string[], trx?: Db) => Promise<readonly { readonly id: string }[]>;

export interface ContentServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly onChange?: (change: ContentChange) => unknown;
  readonly publishChecks?: readonly PublishCheck[];
  /** Which of these file ids the files library holds: a `file` field must name one. Without it, only the id's shape is checked. */
  readonly findFiles?: FindFiles;
  /** Where operations record who did what, inside their own transaction. */
  readonly audit?: Pick<AuditModule, 'record'>;
  /** The configured locales; a module tested on its own gets the initial four. */
  readonly locales?: LocaleSource;
  /** Told of each workflow step inside its transaction (notifications); filled in once those modules exist. */
  readonly stepListeners?: readonly WorkflowStepListener[];
}

export type ContentService = ReturnType<typeof createContentService>;

interface SaveTranslationInput {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly expectedVersion: number;
  readonly translation: TranslationInput;
  readonly actor: Actor;
  readonly unit?: UnitOfWork;
  /** How the audit log names this save when it is more than a save (a caption track uploaded). */
  readonly auditAs?: { readonly action: string; readonly details: Readonly<Record<string, unknown>> };
  /**
   * A partial change (one caption track uploaded) says nothing about the rest of the text: the
   * translation keeps the source version it was last brought up to, and stays outdated if it was.
   */
  readonly keepSourceVersion?: boolean;
}

/**
 * The operations that change content: documents, translations and their workflow. Each checks the
 * actor's permission with the policy module, validates, and commits its change, its revision and
 * its audit entry in one transaction (the caller's unit when given); the change is announced
 * after the commit. A published translation keeps its text while editors save a working copy.
 */
export function createContentService({ db, clock, onChange, publishChecks = [], audit, locales = INITIAL_LOCALE_SOURCE, findFiles, stepListeners = [] }: ContentServiceDeps) {
  const operate = createOperationRunner({ db, onChange, audit });
  const reads = createContentReads({ db, locales });
  const workflowStep = createWorkflowStep({ db, clock, publishChecks, operate, locales, stepListeners });

  /** Saves one translation inside an operation (see saveTranslation). */
  const saveTranslationIn = async (op: Operation, input: SaveTranslationInput): Promise<Translation> => {
    const { repo } = op;
    const doc = await repo.findDocument(input.documentId);
    if (!doc) throw documentNotFound(input.documentId);
    // The source's locale (from an index) and the two texts this save needs, its own and its
    // source's: with forty locales a save reads what it reads with four.
    const documentSource = await repo.findSourceLocale(doc.id);
    authorize(input.actor, 'translation.edit', { locale: input.locale, isSource: (documentSource ?? locales.current().defaultLocale) === input.locale });
    const type = findContentType(doc.type);
    const t: TranslationInput = type && input.translation.fields
      ? { ...input.translation, fields: normaliseFields(type.translatableFields, input.translation.fields) }
      : input.translation;
    checkTranslation(doc, input.locale, t, locales.current());
    const current = await repo.findTranslation(doc.id, input.locale);
    const actual = current?.version ?? 0;
    if (actual !== input.expectedVersion) {
      throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual);
    }
    const now = clock.now().toISOString();
    const sourceLocale = await resolveSourceLocale(repo, doc.id, input.locale, t.sourceLocale, current);
    const source = sourceLocale ? await repo.findTranslation(doc.id, sourceLocale) : undefined;
    // Saving a translation records the source text it now matches.
    const keepSource = input.keepSourceVersion === true && current !== undefined;
    const sourceVersion = keepSource ? current.sourceVersion : (source?.version ?? null);
    const sourceFingerprint = keepSource ? current.sourceFingerprint : source ? textFingerprint(source) : null;
    const text = { slug: t.slug, title: t.title.trim(), summary: (t.summary ?? '').trim(), body: t.body ?? EMPTY_DOC, fields: t.fields ?? {} };
    const audited = { actorId: input.actor.id, action: input.auditAs?.action ?? 'translation.saved', documentId: doc.id, locale: input.locale };

    if (current?.status === 'published') {
      // Visitors keep the published text: the save becomes the working copy, published by a publish.
      const before = await repo.findPending(current.id);
      const pending: PendingVersion = {
        documentId: doc.id,
        locale: input.locale,
        ...text,
        reviewState: before?.reviewState ?? 'draft',
        sourceVersion,
        sourceFingerprint,
        savedBy: input.actor.id,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      };
      if (!(await repo.bumpTranslationVersion(current.id, actual))) {
        throw versionConflict(`The ${input.locale} translation`, input.expectedVersion, actual + 1);
      }
      await repo.savePending(current.id, pending);
      const saved = withPending(current, pending, actual + 1);
      await writeRevision(repo, saved, input.actor, true);
      await op.record({ ...audited, details: { ...input.auditAs?.details, version: saved.version, pending: true } });
      return saved;
    }

    const next: Translation = {
      id: current?.id ?? newId(),
      documentId: doc.id,
      locale: input.locale,
      ...text,
      status: current?.status ?? 'draft',
      version: actual + 1,
      sourceLocale,
      sourceVersion,
      sourceFingerprint,
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
    await writeRevision(repo, next, input.actor, false);
    await op.record({ ...audited, details: { ...input.auditAs?.details, version: next.version } });
    op.touchIn(input.locale, doc.id);
    // A new address for this page moves its descendants' too: they count as changed.
    if (!current || current.slug !== next.slug) op.touch(...(await rebuildPaths(repo, doc.id, locales.current())));
    return next;
  };

  /** Inserts a document and its first revision, after checking its shared fields. */
  const insertDocumentIn = async (op: Operation, doc: ContentDocument, actor: Actor, problems?: FieldProblem[]): Promise<void> => {
    const check = checkShared(op.repo, doc.type, doc.fields, doc.parentId);
    if (problems) await collectProblems(problems, () => check);
    else await check;
    if (problems && problems.length > 0) return;
    await op.repo.insertDocument(doc);
    await op.repo.insertRevision({
      documentId: doc.id,
      locale: null,
      version: 1,
      snapshot: { fields: doc.fields, parentId: doc.parentId, position: doc.position },
      author: actor.id,
      createdAt: doc.createdAt,
    });
    await op.record({ actorId: actor.id, action: 'document.created', documentId: doc.id, details: { type: doc.type } });
    op.touch(doc.id);
  };

  const newDocument = (input: { type: string; parentId?: string | null; position?: number; fields?: FieldValues }): ContentDocument => {
    const type = findContentType(input.type);
    if (!type) throw unknownType(input.type);
    const now = clock.now().toISOString();
    return { id: newId(), type: type.name, parentId: input.parentId ?? null, position: input.position ?? 0, fields: input.fields ?? {}, version: 1, createdAt: now, updatedAt: now };
  };

  return {
    /**
     * Creates a document with its shared fields; translations are added with saveTranslation.
     * @throws POLICY_FORBIDDEN, CONTENT_UNKNOWN_TYPE, CONTENT_INVALID, CONTENT_DOCUMENT_NOT_FOUND (parent)
     */
    async createDocument(input: { type: string; parentId?: string | null; position?: number; fields?: FieldValues; actor: Actor; unit?: UnitOfWork }): Promise<ContentDocument> {
      authorize(input.actor, 'content.create');
      const doc = newDocument(input);
      await operate(input.unit, (op) => insertDocumentIn(op, doc, input.actor));
      return doc;
    },

    /**
     * Creates a document and its first translation in one transaction: both are saved or neither,
     * and the problems of both are reported together.
     * @throws POLICY_FORBIDDEN, CONTENT_UNKNOWN_TYPE, CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async createDocumentWithTranslation(input: {
      type: string;
      parentId?: string | null;
      fields?: FieldValues;
      locale: LocaleCode;
      translation: TranslationInput;
      actor: Actor;
      unit?: UnitOfWork;
    }): Promise<{ document: ContentDocument; translation: Translation }> {
      authorize(input.actor, 'content.create');
      const doc = newDocument(input);
      await checkFileFields(input.type, input.translation.fields, findFiles, input.unit?.trx);
      return operate(input.unit, async (op) => {
        const problems: FieldProblem[] = [];
        await insertDocumentIn(op, doc, input.actor, problems);
        await collectProblems(problems, () => checkTranslation(doc, input.locale, input.translation, locales.current()));
        if (problems.length > 0) throw invalidContent(problems);
        const { locale, translation, actor } = input;
        return { document: doc, translation: await saveTranslationIn(op, { documentId: doc.id, locale, expectedVersion: 0, translation, actor }) };
      });
    },

    /**
     * Changes shared fields, parent or position of the version the caller saw.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_VERSION_CONFLICT, CONTENT_SLUG_TAKEN
     */
    async updateDocument(input: {
      id: string;
      expectedVersion: number;
      fields?: FieldValues;
      parentId?: string | null;
      position?: number;
      actor: Actor;
      unit?: UnitOfWork;
      /** What the audit log calls it (a move in the page tree, a save of the form). */
      auditAction?: 'document.saved' | 'document.moved';
      /** More for the audit entry (a move's from and to). */
      auditDetails?: Readonly<Record<string, unknown>>;
    }): Promise<ContentDocument> {
      authorize(input.actor, 'content.edit');
      return operate(input.unit, async ({ repo, record, touch }) => {
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
        await record({ actorId: input.actor.id, action: input.auditAction ?? 'document.saved', documentId: next.id, details: { ...input.auditDetails, version: next.version, parentId: next.parentId, position: next.position } });
        touch(next.id);
        if (next.parentId !== current.parentId) touch(...(await rebuildPaths(repo, next.id, locales.current())));
        return next;
      });
    },

    /**
     * Creates (expectedVersion 0) or updates a translation; a new one starts as a draft. Saving a
     * published translation stores its working copy: visitors keep the published text.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_VERSION_CONFLICT, CONTENT_SLUG_TAKEN
     */
    async saveTranslation(input: SaveTranslationInput): Promise<Translation> {
      // The files library's table is read before the transaction opens (on SQLite a read outside it would wait for it).
      if (findFiles && input.translation.fields && Object.keys(input.translation.fields).length > 0) {
        const doc = await createContentRepository(input.unit?.trx ?? db).findDocument(input.documentId);
        if (doc) await checkFileFields(doc.type, input.translation.fields, findFiles, input.unit?.trx);
      }
      return operate(input.unit, (op) => saveTranslationIn(op, input));
    },

    /**
     * Takes a translation through one step of the workflow (see translation-workflow.ts).
     * @throws POLICY_FORBIDDEN, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_TRANSITION_NOT_ALLOWED, CONTENT_INVALID
     */
    transition: workflowStep,

    /**
     * One workflow step on several translations (the documents list's bulk actions): each goes
     * through `transition` on its own, and each gets its result, done or refused with the reason.
     */
    transitionMany: createBulkTransition(workflowStep),

    /**
     * The translation as it would read with this unsaved text, for a live preview; writes nothing.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND
     */
    previewTranslation: createTranslationPreview({ db, clock, locales }),

    /** @throws POLICY_FORBIDDEN, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_TRANSITION_NOT_ALLOWED */
    async publishTranslation(input: { documentId: string; locale: LocaleCode; expectedVersion?: number; actor: Actor; unit?: UnitOfWork }) {
      return this.transition({ ...input, action: 'publish' });
    },

    /**
     * Gives every page its address in a locale just added (its fallback's slug until it has its
     * own), in one transaction. Idempotent: addresses already right are left alone.
     * @returns how many documents' paths were written
     */
    async addLocalePaths(actor: Actor): Promise<number> {
      authorize(actor, 'content.edit');
      return operate(undefined, async ({ repo, touch }) => {
        const roots = (await repo.listAllDocuments()).filter((d) => d.parentId === null);
        let count = 0;
        for (const root of roots) {
          const rebuilt = await rebuildPaths(repo, root.id, locales.current());
          count += rebuilt.length;
          touch(...rebuilt);
        }
        return count;
      });
    },

    /**
     * Adds an entry pointing at a document to a menu; returns the entry's id.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND
     */
    async addMenuItem(input: { menu: string; documentId: string; parentId?: string | null; position?: number; actor: Actor; unit?: UnitOfWork }): Promise<string> {
      authorize(input.actor, 'content.edit');
      const id = newId();
      await operate(input.unit, async ({ repo, record, touch }) => {
        if (!(await repo.findDocument(input.documentId))) throw documentNotFound(input.documentId);
        await repo.insertMenuItem({ id, menu: input.menu, parentId: input.parentId ?? null, position: input.position ?? 0, documentId: input.documentId });
        await record({ actorId: input.actor.id, action: 'menu.item-added', documentId: input.documentId, details: { menu: input.menu, item: id } });
        touch(input.documentId);
      });
      return id;
    },

    ...reads,
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
  return (await repo.findSourceLocale(documentId, locale)) ?? null;
}

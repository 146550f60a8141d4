import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import {
  richTextToMarkup,
  translationNotFound,
  type ContentService,
  type RichTextDoc,
  type Translation,
} from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { diffLines, diffWords, type DiffRow, type Segment } from './text-diff.ts';
import { invalidWorkflow, revisionNotFound } from './workflow.errors.ts';
import type { RevisionEntry, TranslationSnapshot } from './workflow.types.ts';

/** One text property of two revisions, word by word. */
export interface TextComparison {
  readonly before: readonly Segment[];
  readonly after: readonly Segment[];
  readonly changed: boolean;
}

export interface RevisionComparison {
  readonly from: RevisionEntry;
  readonly to: RevisionEntry;
  readonly title: TextComparison;
  readonly summary: TextComparison;
  readonly slug: TextComparison;
  readonly status: { readonly before: string; readonly after: string; readonly changed: boolean };
  readonly fields: readonly ({ readonly name: string } & TextComparison)[];
  /** The body as markup, line by line then word by word. */
  readonly body: readonly DiffRow[];
}

export type RevisionsService = ReturnType<typeof createRevisionsService>;

/** A translation's revisions: the list, the comparison of two, and restoring one as a new save. */
export function createRevisionsService({ db, content, audit }: { db: Db; content: ContentService; audit: AuditModule }) {
  async function listRevisions(documentId: string, locale: LocaleCode): Promise<RevisionEntry[]> {
    const revisions = await content.listRevisions(documentId, locale);
    if (revisions.length === 0 && !(await content.findTranslation(documentId, locale))) {
      throw translationNotFound(documentId, locale);
    }
    return revisions.map((r) => ({ version: r.version, author: r.author, createdAt: r.createdAt, snapshot: toSnapshot(r.snapshot) }));
  }

  async function getRevision(documentId: string, locale: LocaleCode, version: number): Promise<RevisionEntry> {
    const found = (await listRevisions(documentId, locale)).find((r) => r.version === version);
    if (!found) throw revisionNotFound(documentId, locale, version);
    return found;
  }

  return {
    /** Newest first. @throws CONTENT_TRANSLATION_NOT_FOUND */
    listRevisions,

    /** @throws CONTENT_TRANSLATION_NOT_FOUND, WORKFLOW_REVISION_NOT_FOUND */
    getRevision,

    /**
     * Two revisions side by side: title, summary, slug, status, each field, and the body as markup.
     * @throws CONTENT_TRANSLATION_NOT_FOUND, WORKFLOW_REVISION_NOT_FOUND
     */
    async compareRevisions(documentId: string, locale: LocaleCode, fromVersion: number, toVersion: number): Promise<RevisionComparison> {
      const all = await listRevisions(documentId, locale);
      const pick = (version: number) => {
        const found = all.find((r) => r.version === version);
        if (!found) throw revisionNotFound(documentId, locale, version);
        return found;
      };
      const from = pick(fromVersion);
      const to = pick(toVersion);
      const a = from.snapshot;
      const b = to.snapshot;
      const names = [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].sort();
      return {
        from,
        to,
        title: compareText(a.title, b.title),
        summary: compareText(a.summary, b.summary),
        slug: compareText(a.slug, b.slug),
        status: { before: a.status, after: b.status, changed: a.status !== b.status },
        fields: names.map((name) => ({ name, ...compareText(fieldText(a.fields[name]), fieldText(b.fields[name])) })),
        body: diffLines(bodyMarkup(a.body), bodyMarkup(b.body)),
      };
    },

    /**
     * Saves the revision's text as a new revision of the version the editor saw; the status stays.
     * @throws WORKFLOW_REVISION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_INVALID, CONTENT_SLUG_TAKEN
     */
    async restoreRevision(input: {
      documentId: string;
      locale: LocaleCode;
      version: number;
      expectedVersion: number;
      actor: Actor;
    }): Promise<Translation> {
      if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) {
        throw invalidWorkflow([{ path: 'expectedVersion', message: 'must be the version you were looking at' }]);
      }
      const { snapshot } = await getRevision(input.documentId, input.locale, input.version);
      // The restored text and its audit entry are one commit; a published translation gets it as its
      // working copy, like any save.
      return withUnitOfWork(db, undefined, async (unit) => {
        const saved = await content.saveTranslation({
          documentId: input.documentId,
          locale: input.locale,
          expectedVersion: input.expectedVersion,
          translation: {
            slug: snapshot.slug,
            title: snapshot.title,
            summary: snapshot.summary,
            body: snapshot.body as RichTextDoc,
            fields: snapshot.fields,
          },
          actor: input.actor,
          unit,
        });
        const details = { restoredVersion: input.version, newVersion: saved.version };
        await audit.record({ actorId: input.actor.id, action: 'revision.restored', documentId: input.documentId, locale: input.locale, details }, unit.trx);
        return saved;
      });
    },
  };
}

function compareText(before: string, after: string): TextComparison {
  return { ...diffWords(before, after), changed: before !== after };
}

/** Revisions written before a property existed read it as empty. */
function toSnapshot(raw: unknown): TranslationSnapshot {
  const s = (raw ?? {}) as Partial<Record<keyof TranslationSnapshot, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    slug: text(s.slug),
    title: text(s.title),
    summary: text(s.summary),
    body: s.body ?? { type: 'doc', content: [] },
    fields: s.fields && typeof s.fields === 'object' ? (s.fields as Record<string, unknown>) : {},
    status: text(s.status),
  };
}

function bodyMarkup(body: unknown): string {
  try {
    return richTextToMarkup(body as RichTextDoc);
  } catch {
    return JSON.stringify(body);
  }
}

function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

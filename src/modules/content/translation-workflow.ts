import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { withPending, writeRevision, type OperationRunner } from './content-operation.ts';
import { createContentRepository, type ContentRepository } from './content.repository.ts';
import { invalidContent, transitionNotAllowed, translationNotFound, versionConflict } from './content.errors.ts';
import type { PublishCheck } from './content.service.ts';
import { EMPTY_DOC } from './rich-text.ts';
import type { Actor, ReviewNote, Translation } from './content.types.ts';
import { rebuildPaths } from './paths.ts';
import { planTransition, STEP_PERMISSION, type WorkflowAction } from './transitions.ts';

/** What the audit log calls each step. */
const STEP_AUDIT: Readonly<Record<WorkflowAction, string>> = {
  submit: 'translation.submitted',
  'request-changes': 'translation.changes-requested',
  publish: 'translation.published',
  unpublish: 'translation.unpublished',
  archive: 'translation.archived',
  discard: 'translation.pending-discarded',
};

/** The steps recorded as review notes, with what their author wrote. */
const REVIEW_STEP: Partial<Record<WorkflowAction, ReviewNote['step']>> = {
  submit: 'submitted',
  'request-changes': 'changes-requested',
  publish: 'published',
  discard: 'discarded',
};

const MAX_NOTE = 2000;

/** A workflow step as other modules hear of it, inside its transaction (notifications). */
export interface WorkflowStepEvent {
  readonly documentId: string;
  readonly documentType: string;
  readonly locale: LocaleCode;
  readonly action: WorkflowAction;
  /** The translation's title after the step (its working copy's, for a published page). */
  readonly title: string;
  /** What the actor wrote with the step (a reviewer's comment); may be empty. */
  readonly message: string;
  readonly actor: Actor;
  /**
   * Whose work this is: who last submitted it for review, else who last saved it before this step;
   * null when nobody but the system did. Only for request-changes and publish.
   */
  readonly authorId: string | null;
  readonly version: number;
}

/** Runs in the step's transaction: what it writes commits, or rolls back, with the step. */
export type WorkflowStepListener = (event: WorkflowStepEvent, unit: UnitOfWork) => Promise<void>;

/**
 * The workflow step operation: takes a translation through submit for review (with an optional
 * message), request changes (with the comment its author will read), publish (after the publish
 * checks; a working copy replaces the live text), unpublish, archive, or discard a working copy.
 * @throws POLICY_FORBIDDEN, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_TRANSITION_NOT_ALLOWED, CONTENT_INVALID
 */
export function createWorkflowStep({ db, clock, publishChecks, operate, locales, stepListeners = [] }: {
  db: Db;
  locales: LocaleSource;
  clock: Clock;
  publishChecks: readonly PublishCheck[];
  operate: OperationRunner;
  stepListeners?: readonly WorkflowStepListener[];
}) {
  return async function transition(input: {
    documentId: string;
    locale: LocaleCode;
    action: WorkflowAction;
    expectedVersion?: number;
    message?: string;
    actor: Actor;
    unit?: UnitOfWork;
  }): Promise<Translation> {
    const message = (input.message ?? '').trim();
    if (message.length > MAX_NOTE) throw invalidContent([{ path: 'message', message: `must be at most ${MAX_NOTE} characters` }]);
    if (input.action === 'request-changes' && message === '') {
      throw invalidContent([{ path: 'message', message: 'say what needs to change', reason: 'required' }]);
    }
    // Other modules' publishing rules read their own tables: asked before the transaction opens
    // (on SQLite a read outside it would wait for it to end).
    if (input.action === 'publish' && publishChecks.length > 0) {
      const reading = createContentRepository(input.unit?.trx ?? db);
      const doc = await reading.findDocument(input.documentId);
      const translation = doc ? await reading.findTranslation(doc.id, input.locale) : undefined;
      // The body that goes live: the working copy where one waits to be applied, else the translation's own.
      const pending = translation ? await reading.findPending(translation.id) : undefined;
      const body = pending?.body ?? translation?.body ?? EMPTY_DOC;
      const problems = doc ? (await Promise.all(publishChecks.map((check) => check(doc, input.locale, body)))).flat() : [];
      if (problems.length > 0) throw invalidContent(problems);
    }
    return operate(input.unit, async ({ repo, record, touch, touchIn, unit }) => {
      const doc = await repo.findDocument(input.documentId);
      const current = doc ? await repo.findTranslation(doc.id, input.locale) : undefined;
      if (!doc || !current) throw translationNotFound(input.documentId, input.locale);
      authorize(input.actor, STEP_PERMISSION[input.action], { locale: input.locale, isSource: ((await repo.findSourceLocale(doc.id)) ?? locales.current().defaultLocale) === input.locale });
      const expected = input.expectedVersion ?? current.version;
      if (current.version !== expected) throw versionConflict(`The ${input.locale} translation`, expected, current.version);
      const pending = await repo.findPending(current.id);
      const plan = planTransition(input.action, current.status, pending?.reviewState);
      if (!plan) throw transitionNotAllowed(input.action, current.status, pending !== undefined);
      // Whose work this is, read before this step writes its own revision and note.
      const authorId = stepListeners.length > 0 && (input.action === 'request-changes' || input.action === 'publish') ? await findAuthor(repo, doc.id, input.locale) : null;
      const goesLive = plan.status === 'published' && (current.status !== 'published' || plan.pending === 'apply');
      const now = clock.now().toISOString();
      let result: Translation;
      if (pending && plan.pending === 'keep') {
        if (!(await repo.bumpTranslationVersion(current.id, expected))) throw versionConflict(`The ${input.locale} translation`, expected, expected + 1);
        const next = { ...pending, reviewState: plan.review ?? pending.reviewState };
        await repo.savePending(current.id, next);
        result = withPending(current, next, expected + 1);
      } else if (pending && plan.pending === 'drop') {
        if (!(await repo.bumpTranslationVersion(current.id, expected))) throw versionConflict(`The ${input.locale} translation`, expected, expected + 1);
        await repo.deletePending(current.id);
        result = { ...current, version: expected + 1 };
      } else {
        const base = pending && plan.pending === 'apply' ? withPending(current, pending, expected + 1) : current;
        result = {
          ...base,
          status: plan.status,
          version: expected + 1,
          publishedAt: plan.status === 'published' ? (current.publishedAt ?? now) : current.publishedAt,
          updatedAt: goesLive || plan.status !== current.status ? now : current.updatedAt,
        };
        if (!(await repo.updateTranslationIfVersion(result, expected))) throw versionConflict(`The ${input.locale} translation`, expected, expected + 1);
        if (pending) await repo.deletePending(current.id);
        await writeRevision(repo, result, input.actor, false);
        // This locale's text changed; the pages showing it through a fallback, in any locale, follow from it.
        touchIn(input.locale, doc.id);
        // A translation's own address is public only once it is published (see paths.ts).
        if (plan.status !== current.status || result.slug !== current.slug) touch(...(await rebuildPaths(repo, doc.id, locales.current())));
      }
      const step = REVIEW_STEP[input.action];
      if (step) {
        await repo.insertReviewNote({ id: newId(), documentId: doc.id, locale: input.locale, step, message, actorId: input.actor.id, version: result.version, at: now });
      }
      await record({
        actorId: input.actor.id,
        action: STEP_AUDIT[input.action],
        documentId: doc.id,
        locale: input.locale,
        details: { from: current.status, to: result.status, version: result.version, ...(pending ? { pending: true } : {}), ...(message ? { message } : {}) },
      });
      const event: WorkflowStepEvent = { documentId: doc.id, documentType: doc.type, locale: input.locale, action: input.action, title: result.title, message, actor: input.actor, authorId, version: result.version };
      for (const listener of stepListeners) await listener(event, unit);
      return result;
    });
  };
}

/** Who last submitted this translation for review, else who last saved it (the system aside). */
async function findAuthor(repo: ContentRepository, documentId: string, locale: LocaleCode): Promise<string | null> {
  const submitted = (await repo.listReviewNotes(documentId, locale)).find((note) => note.step === 'submitted');
  if (submitted) return submitted.actorId;
  const saved = (await repo.listRevisions(documentId, locale)).find((revision) => revision.author !== null && revision.author !== 'system');
  return saved?.author ?? null;
}

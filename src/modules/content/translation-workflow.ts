import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { withPending, writeRevision, type OperationRunner } from './content-operation.ts';
import { createContentRepository } from './content.repository.ts';
import { invalidContent, transitionNotAllowed, translationNotFound, versionConflict } from './content.errors.ts';
import type { PublishCheck } from './content.service.ts';
import type { Actor, ReviewNote, Translation } from './content.types.ts';
import { rebuildPaths } from './paths.ts';
import { planTransition, STEP_PERMISSION, type WorkflowAction } from './transitions.ts';
import { sourceLocaleOf } from './translation-source.ts';

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

/**
 * The workflow step operation: takes a translation through submit for review (with an optional
 * message), request changes (with the comment its author will read), publish (after the publish
 * checks; a working copy replaces the live text), unpublish, archive, or discard a working copy.
 * @throws POLICY_FORBIDDEN, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, CONTENT_TRANSITION_NOT_ALLOWED, CONTENT_INVALID
 */
export function createWorkflowStep({ db, clock, publishChecks, operate, locales }: {
  db: Db;
  locales: LocaleSource;
  clock: Clock;
  publishChecks: readonly PublishCheck[];
  operate: OperationRunner;
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
      const doc = await createContentRepository(input.unit?.trx ?? db).findDocument(input.documentId);
      const problems = doc ? (await Promise.all(publishChecks.map((check) => check(doc, input.locale)))).flat() : [];
      if (problems.length > 0) throw invalidContent(problems);
    }
    return operate(input.unit, async ({ repo, record, touch }) => {
      const doc = await repo.findDocument(input.documentId);
      const existing = doc ? await repo.listTranslations([doc.id]) : [];
      const current = existing.find((t) => t.locale === input.locale);
      if (!doc || !current) throw translationNotFound(input.documentId, input.locale);
      authorize(input.actor, STEP_PERMISSION[input.action], { locale: input.locale, isSource: sourceLocaleOf(existing, locales.current().defaultLocale) === input.locale });
      const expected = input.expectedVersion ?? current.version;
      if (current.version !== expected) throw versionConflict(`The ${input.locale} translation`, expected, current.version);
      const pending = await repo.findPending(current.id);
      const plan = planTransition(input.action, current.status, pending?.reviewState);
      if (!plan) throw transitionNotAllowed(input.action, current.status, pending !== undefined);
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
        touch(doc.id);
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
      return result;
    });
  };
}

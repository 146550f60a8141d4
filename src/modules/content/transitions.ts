import type { Permission } from '../policy/index.ts';
import type { ReviewState, TranslationStatus } from './content.types.ts';

/** What an editor or reviewer asks a translation to do. */
export type WorkflowAction = 'submit' | 'request-changes' | 'publish' | 'unpublish' | 'archive' | 'discard';

export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = ['submit', 'request-changes', 'publish', 'unpublish', 'archive', 'discard'];

/**
 * The permission each step needs (the policy module says who holds it): submitting and discarding a
 * working copy are for those who write the text, the other steps change what visitors see.
 */
export const STEP_PERMISSION: Readonly<Record<WorkflowAction, Permission>> = {
  submit: 'content.submit',
  'request-changes': 'content.publish',
  publish: 'content.publish',
  unpublish: 'content.publish',
  archive: 'content.publish',
  discard: 'translation.edit',
};

/**
 * The editorial workflow of a translation not yet (or no longer) published, draft → in review →
 * published → archived: from which statuses each action may start and where it leads. Requesting
 * changes sends work in review back to its author; unpublishing returns a translation to draft,
 * which is also how an archived one is revived. Discarding applies only to a working copy.
 */
export const TRANSITIONS: Readonly<Record<Exclude<WorkflowAction, 'discard'>, { from: readonly TranslationStatus[]; to: TranslationStatus }>> = {
  submit: { from: ['draft'], to: 'in_review' },
  'request-changes': { from: ['in_review'], to: 'draft' },
  publish: { from: ['draft', 'in_review'], to: 'published' },
  unpublish: { from: ['in_review', 'published', 'archived'], to: 'draft' },
  archive: { from: ['draft', 'in_review', 'published'], to: 'archived' },
};

/**
 * What a step does: the translation's status after it, and what becomes of the working copy of a
 * published translation — kept (with a new review state), applied to the translation, or dropped.
 */
export interface TransitionPlan {
  readonly status: TranslationStatus;
  readonly pending: 'keep' | 'apply' | 'drop';
  readonly review?: ReviewState;
}

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}

/**
 * The plan for `action` on a translation in `status`, whose working copy (published translations
 * only) is in review state `pending`; undefined when the workflow does not allow it. A published
 * translation with a working copy goes through review again: submit, request changes, publish
 * (the copy replaces the live text), or discard; unpublishing or archiving it keeps the copy's text.
 */
export function planTransition(action: WorkflowAction, status: TranslationStatus, pending?: ReviewState): TransitionPlan | undefined {
  if (pending !== undefined && status === 'published') {
    switch (action) {
      case 'submit':
        return pending === 'draft' ? { status, pending: 'keep', review: 'in_review' } : undefined;
      case 'request-changes':
        return pending === 'in_review' ? { status, pending: 'keep', review: 'draft' } : undefined;
      case 'publish':
        return { status, pending: 'apply' };
      case 'discard':
        return { status, pending: 'drop' };
      case 'unpublish':
        return { status: 'draft', pending: 'apply' };
      case 'archive':
        return { status: 'archived', pending: 'apply' };
    }
  }
  if (action === 'discard') return undefined;
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? { status: rule.to, pending: 'keep' } : undefined;
}

/** The status `action` leads to from `status` (no working copy), or undefined when not allowed. */
export function transitionTarget(action: WorkflowAction, status: TranslationStatus): TranslationStatus | undefined {
  return planTransition(action, status)?.status;
}

import type { TranslationStatus } from './content.types.ts';

/** What an editor asks a translation to do; each names the status it leads to. */
export type WorkflowAction = 'submit' | 'publish' | 'unpublish' | 'archive';

export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = ['submit', 'publish', 'unpublish', 'archive'];

/**
 * The editorial workflow, draft → in review → published → archived: from which statuses each
 * action may start and where it leads. Unpublishing returns a translation to draft, which is also
 * how a reviewer sends work back and how an archived translation is revived.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, { from: readonly TranslationStatus[]; to: TranslationStatus }>> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['draft', 'in_review'], to: 'published' },
  unpublish: { from: ['in_review', 'published', 'archived'], to: 'draft' },
  archive: { from: ['draft', 'in_review', 'published'], to: 'archived' },
};

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}

/** The status `action` leads to from `status`, or undefined when the workflow does not allow it. */
export function transitionTarget(action: WorkflowAction, status: TranslationStatus): TranslationStatus | undefined {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : undefined;
}

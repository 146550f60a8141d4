import type { FieldProblem } from '../../platform/errors.ts';
import { isAppError } from '../../platform/errors.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { Actor, Translation, TranslationStatus } from './content.types.ts';
import type { WorkflowAction } from './transitions.ts';

/** One translation a bulk step names. */
export interface BulkItem {
  readonly documentId: string;
  readonly locale: LocaleCode;
}

/** What became of one translation: done (with its new status) or refused (with the error's code and problems). */
export type BulkResult = BulkItem &
  ({ readonly ok: true; readonly status: TranslationStatus } | { readonly ok: false; readonly code: string; readonly message: string; readonly details: readonly FieldProblem[] });

/** The most translations one bulk step takes: a page of the list is 25. */
export const MAX_BULK_ITEMS = 200;

type Transition = (input: { documentId: string; locale: LocaleCode; action: WorkflowAction; actor: Actor }) => Promise<Translation>;

/**
 * The same workflow step on several translations, each through the ordinary operation in its own
 * transaction (its permission in that locale, its checks, its audit entry): one refusal stops
 * nothing else, and every translation gets its own result, in the order given (the first
 * MAX_BULK_ITEMS, each once).
 */
export function createBulkTransition(transition: Transition) {
  return async function transitionMany(input: { items: readonly BulkItem[]; action: WorkflowAction; actor: Actor }): Promise<{ results: BulkResult[] }> {
    const results: BulkResult[] = [];
    const seen = new Set<string>();
    for (const item of input.items.slice(0, MAX_BULK_ITEMS)) {
      const key = `${item.documentId}\u0000${item.locale}`;
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        const done = await transition({ documentId: item.documentId, locale: item.locale, action: input.action, actor: input.actor });
        results.push({ documentId: item.documentId, locale: item.locale, ok: true, status: done.status });
      } catch (error) {
        if (!isAppError(error)) throw error;
        results.push({ documentId: item.documentId, locale: item.locale, ok: false, code: error.code, message: error.message, details: error.details });
      }
    }
    return { results };
  };
}

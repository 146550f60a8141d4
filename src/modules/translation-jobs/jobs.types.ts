import type { LocaleCode } from '../locales/index.ts';

export type JobState = 'preparing' | 'sent' | 'partly_returned' | 'returned' | 'closed';
export const JOB_STATES: readonly JobState[] = ['preparing', 'sent', 'partly_returned', 'returned', 'closed'];

/** One target locale's progress: nothing sent yet, sent, some documents back, all back. */
export type JobLocaleState = 'pending' | 'sent' | 'partly_returned' | 'returned';

/**
 * One document in one target locale: `stale` when an import found its source changed since the
 * export (nothing applied), `not_returned` when the returned file left some of its units empty.
 */
export type JobItemState = 'pending' | 'sent' | 'returned' | 'not_returned' | 'stale';

/** Who does the work: a translator's account, or an agency outside, named in words. */
export type Assignee = { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'agency'; readonly name: string };

export interface TranslationJob {
  readonly id: string;
  readonly name: string;
  readonly sourceLocale: LocaleCode;
  readonly state: JobState;
  readonly dueDate: string | null;
  readonly assignee: Assignee | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
}

export interface JobLocale {
  readonly locale: LocaleCode;
  readonly state: JobLocaleState;
  readonly exportedAt: string | null;
  readonly returnedAt: string | null;
}

export interface JobItem {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly state: JobItemState;
  readonly sourceVersion: number | null;
  readonly exportedAt: string | null;
  readonly returnedAt: string | null;
  readonly importedVersion: number | null;
}

export type JobEventKind = 'created' | 'documents-added' | 'document-removed' | 'details-changed' | 'exported' | 'imported' | 'state-changed' | 'closed';

export interface JobEvent {
  readonly id: string;
  readonly at: string;
  readonly actorId: string;
  readonly kind: JobEventKind;
  readonly locale: LocaleCode | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A job in the list: its counts beside it. */
export interface JobSummary extends TranslationJob {
  readonly documentCount: number;
  readonly locales: readonly JobLocale[];
}

/** A job's page: documents (in order, titled in the source locale), the grid, the history. */
export interface JobDetail extends TranslationJob {
  readonly documents: readonly { readonly documentId: string; readonly title: string; readonly type: string | null }[];
  readonly locales: readonly JobLocale[];
  readonly items: readonly JobItem[];
  readonly events: readonly JobEvent[];
}

/** Translation-memory suggestions for a batch of source segments (wired by the composition when a memory exists). */
export type MatchLookup = (sourceLocale: LocaleCode, targetLocale: LocaleCode, plains: readonly string[]) => Promise<readonly (readonly JobMatch[])[]>;

export interface JobMatch {
  readonly target: string;
  /** 0–100. */
  readonly similarity: number;
  readonly origin?: string;
}

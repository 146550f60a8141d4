import type { Actor } from '../accounts/index.ts';
import type { LocaleCode } from '../locales/index.ts';

export type ScheduledAction = 'publish' | 'unpublish';
export const SCHEDULED_ACTIONS: readonly ScheduledAction[] = ['publish', 'unpublish'];

/** A publish or unpublish of one translation, due at `runAt`, chosen in `timeZone`. */
export interface ScheduledChange {
  readonly id: string;
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly action: ScheduledAction;
  /** ISO-8601 UTC instant. */
  readonly runAt: string;
  /** The IANA zone the editor chose; the list shows the local time there. */
  readonly timeZone: string;
  readonly createdBy: string;
  readonly createdAt: string;
  /** Set when a runner carried the change out, or gave up on it and recorded `error`. */
  readonly doneAt: string | null;
  readonly error: string | null;
}

export interface ScheduleInput {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly action: string;
  /** "2026-12-18" */
  readonly date: string;
  /** "00:00" */
  readonly time: string;
  readonly timeZone: string;
  readonly actor: Actor;
}

/** What a revision of a translation holds (the content service's snapshot). */
export interface TranslationSnapshot {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly body: unknown;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly status: string;
}

export interface RevisionEntry {
  readonly version: number;
  readonly author: string | null;
  readonly createdAt: string;
  readonly snapshot: TranslationSnapshot;
}

/** A checked preview token: which translation it opens and until when. */
export interface PreviewGrant {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly expiresAt: Date;
}

/** How many runs a runner did; a batch result in the spirit of Kysely's MigrationResultSet. */
export interface RunResult {
  readonly applied: readonly string[];
  readonly failed: readonly { readonly id: string; readonly error: string }[];
  /** Why the run stopped before the end of the batch (database busy or gone); the rest runs next time. */
  readonly interruptedBy?: string;
}

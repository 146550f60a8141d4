import type { LocaleCode } from '../locales/index.ts';

/** Where a person allowed their story to appear (DOMAIN §7 row 9, channelsAllowed). */
export const CONSENT_CHANNELS = ['web', 'social', 'print', 'partners'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/**
 * What one person in a story agreed to. Internal: never rendered by a public route. It holds a
 * first name or pseudonym and a reference to the signed form kept elsewhere, never contact data.
 */
export interface ConsentRecord {
  readonly id: string;
  readonly documentId: string;
  /** First name or pseudonym, for the editors to tell people apart. */
  readonly personLabel: string;
  /** Where the signed form is filed (storageRef), e.g. a number in the consent register. */
  readonly formReference: string | null;
  /** Whether the story lets a reader recognise the person (face, name, place…). */
  readonly identifiable: boolean;
  readonly minor: boolean;
  /** A guardian agreed as well; required, with the child's own consent, for an identifiable minor. */
  readonly guardianConsent: boolean;
  readonly channels: readonly ConsentChannel[];
  /** YYYY-MM-DD. */
  readonly collectedAt: string;
  /** YYYY-MM-DD, the last day the consent covers; null when it does not expire. */
  readonly expiresAt: string | null;
  /** ISO-8601 UTC instant the person took their consent back. */
  readonly withdrawnAt: string | null;
  readonly recordedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A record as the form sends it; checked before anything is written. */
export interface RecordConsentInput {
  readonly documentId: string;
  readonly personLabel: string;
  readonly formReference?: string | null;
  readonly identifiable: boolean;
  readonly minor: boolean;
  readonly guardianConsent: boolean;
  readonly channels: readonly string[];
  readonly collectedAt: string;
  readonly expiresAt?: string | null;
}

/** Where a record stands for the web today; only `valid` lets a story be published. */
export type ConsentStatus = 'valid' | 'withdrawn' | 'expired' | 'web_not_allowed' | 'guardian_missing';

/** Why a story is off the web, as the admin shows it. */
export type ConsentBlock = 'none' | Exclude<ConsentStatus, 'valid'>;

export interface ConsentActor {
  readonly id: string;
}

/** A story taken off the web because of consent, still off, for the editors' notice. */
export interface ConsentAlert {
  readonly documentId: string;
  readonly reason: 'withdrawn' | 'expired';
  readonly at: string;
  readonly locales: readonly LocaleCode[];
  /** Title of one of the unpublished translations, for the notice's link. */
  readonly title: string;
}

export interface WithdrawResult {
  readonly record: ConsentRecord;
  /** Locales that were on the web and are now drafts. */
  readonly unpublished: readonly LocaleCode[];
}

export interface SweepResult {
  readonly unpublished: readonly { documentId: string; locales: readonly LocaleCode[] }[];
  readonly failed: readonly { documentId: string; error: string }[];
}

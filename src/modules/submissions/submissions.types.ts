import type { LocaleCode } from '../locales/index.ts';

export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A story as its sender gave it; holds no contact details (see SubmissionContact). */
export interface StorySubmission {
  readonly id: string;
  /** The language of the form it was sent from, which is also the language of the consent text shown. */
  readonly locale: LocaleCode;
  /** First name or pseudonym, as the sender wishes to be named. */
  readonly displayName: string;
  readonly originCountry: string;
  readonly residenceCountry: string;
  /** Plain text, paragraphs separated by blank lines. */
  readonly story: string;
  readonly storyLanguage: string;
  readonly photoImageId: string | null;
  readonly videoId: string | null;
  readonly consentTextVersion: string;
  readonly consentedAt: string;
  readonly status: SubmissionStatus;
  readonly moderatedBy: string | null;
  readonly moderatedAt: string | null;
  readonly storyDocumentId: string | null;
  readonly createdAt: string;
}

/** How to reach the sender; erasable on request, never copied into a story. */
export interface SubmissionContact {
  readonly submissionId: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly createdAt: string;
}

/** The form's fields as received (strings from the request, unchecked). */
export interface SubmissionForm {
  readonly displayName?: unknown;
  readonly originCountry?: unknown;
  readonly residenceCountry?: unknown;
  readonly story?: unknown;
  readonly storyLanguage?: unknown;
  readonly email?: unknown;
  readonly phone?: unknown;
  readonly consent?: unknown;
}

/** The form's fields once cleaned and checked. */
export interface SubmissionInput {
  readonly displayName: string;
  readonly originCountry: string;
  readonly residenceCountry: string;
  readonly story: string;
  readonly storyLanguage: string;
  readonly email: string | null;
  readonly phone: string | null;
}

export type SubmissionField = keyof SubmissionInput | 'consent';

/** Why a field was refused: stable words the public form turns into sentences. */
export type SubmissionReason = 'required' | 'tooLong' | 'invalid';

export interface SubmissionProblem {
  readonly field: SubmissionField;
  readonly reason: SubmissionReason;
}

export interface SubmissionPage {
  readonly rows: readonly StorySubmission[];
  readonly total: number;
}

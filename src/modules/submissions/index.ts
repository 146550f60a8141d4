/**
 * @module submissions — stories sent by visitors through the public "Share your story" form: the
 * moderation queue, turning an approved one into a draft story, and erasing the sender's data.
 */
import os from 'node:os';
import path from 'node:path';
import { createRateLimiter } from './rate-limiter.ts';
import { createSubmissionsService, type SubmissionsServiceDeps } from './submissions.service.ts';
import { stageUpload } from './upload-staging.ts';
import type { Schema } from '../../platform/db/schema.ts';

export type * from './submissions.types.ts';
export { SUBMISSION_STATUSES } from './submissions.types.ts';
export * from './submissions.errors.ts';
export { CONSENT_TEXT_VERSION, COUNTRY_CODES, DISPLAY_NAME_MAX, STORY_LANGUAGES, STORY_MAX, checkSubmissionForm, cleanLine, cleanStory } from './submission-input.ts';
export { isSubmissionUploadError, storyToRichText, type SubmissionImageStore, type SubmissionVideoStore } from './submissions.service.ts';
export { SUBMISSION_UPLOAD_TOO_LARGE, type StagedUpload } from './upload-staging.ts';
export type { RateLimiter } from './rate-limiter.ts';

export interface SubmissionsLimits {
  /** Stories accepted per client address and window (the honeypot's fake successes count too). */
  readonly perAddress: number;
  readonly windowMs: number;
  /** Largest file the form takes; the media and video modules apply their own limits after. */
  readonly maxUploadBytes: number;
}

export const DEFAULT_SUBMISSIONS_LIMITS: SubmissionsLimits = { perAddress: 5, windowMs: 60 * 60 * 1000, maxUploadBytes: 100 * 1024 * 1024 };

export function createSubmissionsModule(
  deps: SubmissionsServiceDeps & {
    readonly limits?: SubmissionsLimits;
    /** Where files wait while the rest of the form is checked; private, emptied as each request ends. */
    readonly stagingDir?: string;
  },
) {
  const limits = deps.limits ?? DEFAULT_SUBMISSIONS_LIMITS;
  const stagingDir = deps.stagingDir ?? path.join(os.tmpdir(), 'ensemble-submissions');
  return {
    ...createSubmissionsService(deps),
    limits,
    canReceiveVideo: deps.videos !== undefined,
    // In this process's memory: one server instance is assumed (see rate-limiter.ts).
    limiter: createRateLimiter({ limit: limits.perAddress, windowMs: limits.windowMs }),
    /** @throws SUBMISSIONS_UPLOAD_TOO_LARGE */
    stageUpload: (source: AsyncIterable<Uint8Array>) => stageUpload(source, { dir: stagingDir, maxBytes: limits.maxUploadBytes }),
  };
}

export type SubmissionsModule = ReturnType<typeof createSubmissionsModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['storySubmissions', 'submissionContacts'] as const satisfies readonly (keyof Schema)[];

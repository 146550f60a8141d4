import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';
import type { SubmissionStatus } from './submissions.types.ts';

export const SUBMISSIONS_INVALID = 'SUBMISSIONS_INVALID';
export const SUBMISSIONS_NOT_FOUND = 'SUBMISSIONS_NOT_FOUND';
export const SUBMISSIONS_NOT_PENDING = 'SUBMISSIONS_NOT_PENDING';
export const SUBMISSIONS_RATE_LIMITED = 'SUBMISSIONS_RATE_LIMITED';
export const SUBMISSIONS_PHOTO_TYPE = 'SUBMISSIONS_PHOTO_TYPE';
export const SUBMISSIONS_VIDEO_UNAVAILABLE = 'SUBMISSIONS_VIDEO_UNAVAILABLE';
export const SUBMISSIONS_UPLOAD_TOO_LARGE = 'SUBMISSIONS_UPLOAD_TOO_LARGE';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const SUBMISSIONS_ERRORS = defineErrors({
  SUBMISSIONS_INVALID: { kind: 'validation', status: 400, when: 'The Share-your-story form has a missing or wrong field (name, countries, story, language, email, phone, consent); `details` names each, and the form comes back with every answer kept.' },
  SUBMISSIONS_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No submission has this id (or it was erased).' },
  SUBMISSIONS_NOT_PENDING: { kind: 'conflict', status: 409, when: 'The submission was already approved or rejected (by someone else, or twice).' },
  SUBMISSIONS_RATE_LIMITED: { kind: 'unavailable', status: 429, when: 'More than 5 stories from one client address in an hour (with `Retry-After`; the text typed is kept).' },
  SUBMISSIONS_PHOTO_TYPE: { kind: 'validation', status: 415, when: 'The photo is an image type the form does not take (only JPEG, PNG, WebP).' },
  SUBMISSIONS_VIDEO_UNAVAILABLE: { kind: 'validation', status: 415, when: 'A video was sent to a site that cannot receive videos.' },
  SUBMISSIONS_UPLOAD_TOO_LARGE: { kind: 'validation', status: 413, when: 'The file attached to a story is over 100 MB.' },
});

export function invalidSubmission(details: readonly FieldProblem[]): AppError {
  return new AppError(SUBMISSIONS_INVALID, 'validation', 'The story submission is not valid', { details });
}

export function submissionNotFound(id: string): AppError {
  return new AppError(SUBMISSIONS_NOT_FOUND, 'not_found', `No story submission ${id.slice(0, 64)}`);
}

export function submissionNotPending(status: SubmissionStatus): AppError {
  return new AppError(SUBMISSIONS_NOT_PENDING, 'conflict', `The submission was already moderated (${status})`);
}

/** Carries `retryAfterSeconds` like accounts' RateLimitedError, so any answer can send Retry-After. */
export function tooManySubmissions(retryAfterSeconds: number): AppError & { readonly retryAfterSeconds: number } {
  return Object.assign(new AppError(SUBMISSIONS_RATE_LIMITED, 'unavailable', `Too many submissions from this address; retry in ${retryAfterSeconds}s`), { retryAfterSeconds });
}

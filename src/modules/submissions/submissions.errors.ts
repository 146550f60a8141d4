import { AppError, type FieldProblem } from '../../platform/errors.ts';
import type { SubmissionStatus } from './submissions.types.ts';

export const SUBMISSIONS_INVALID = 'SUBMISSIONS_INVALID';
export const SUBMISSIONS_NOT_FOUND = 'SUBMISSIONS_NOT_FOUND';
export const SUBMISSIONS_NOT_PENDING = 'SUBMISSIONS_NOT_PENDING';
export const SUBMISSIONS_RATE_LIMITED = 'SUBMISSIONS_RATE_LIMITED';

export function invalidSubmission(details: readonly FieldProblem[]): AppError {
  return new AppError(SUBMISSIONS_INVALID, 'validation', 'The story submission is not valid', { details });
}

export function submissionNotFound(id: string): AppError {
  return new AppError(SUBMISSIONS_NOT_FOUND, 'not_found', `No story submission ${id.slice(0, 64)}`);
}

export function submissionNotPending(status: SubmissionStatus): AppError {
  return new AppError(SUBMISSIONS_NOT_PENDING, 'conflict', `The submission was already moderated (${status})`);
}

export function tooManySubmissions(retryAfterSeconds: number): AppError {
  return new AppError(SUBMISSIONS_RATE_LIMITED, 'unavailable', `Too many submissions from this address; retry in ${retryAfterSeconds}s`);
}

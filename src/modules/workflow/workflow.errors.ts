import { AppError, type FieldProblem } from '../../platform/errors.ts';

export const WORKFLOW_INVALID = 'WORKFLOW_INVALID';
export const WORKFLOW_NONEXISTENT_LOCAL_TIME = 'WORKFLOW_NONEXISTENT_LOCAL_TIME';
export const WORKFLOW_CHANGE_NOT_FOUND = 'WORKFLOW_CHANGE_NOT_FOUND';
export const WORKFLOW_REVISION_NOT_FOUND = 'WORKFLOW_REVISION_NOT_FOUND';
export const WORKFLOW_TRANSITION_NOT_ALLOWED = 'WORKFLOW_TRANSITION_NOT_ALLOWED';

export function invalidWorkflow(details: readonly FieldProblem[]): AppError {
  return new AppError(WORKFLOW_INVALID, 'validation', 'The scheduling or revision request is not valid', { details });
}

/** The local time falls in the hour skipped when clocks go forward. */
export function nonexistentLocalTime(local: string, zone: string): AppError {
  return new AppError(
    WORKFLOW_NONEXISTENT_LOCAL_TIME,
    'validation',
    `${local} does not exist in ${zone}: clocks skip it when daylight saving time starts`,
    { details: [{ path: 'time', message: 'does not exist on that day in this time zone (clocks go forward)' }] },
  );
}

/** No pending change with this id: it never existed, was cancelled, or has already run. */
export function changeNotFound(id: string): AppError {
  return new AppError(WORKFLOW_CHANGE_NOT_FOUND, 'not_found', `No pending scheduled change ${id.slice(0, 64)}`);
}

export function revisionNotFound(documentId: string, locale: string, version: number): AppError {
  return new AppError(
    WORKFLOW_REVISION_NOT_FOUND,
    'not_found',
    `Document ${documentId.slice(0, 64)} has no ${locale} revision ${version}`,
  );
}

/** A scheduled change met a status the editorial workflow does not let it leave that way. */
export function transitionNotAllowed(action: string, status: string): AppError {
  return new AppError(WORKFLOW_TRANSITION_NOT_ALLOWED, 'conflict', `Cannot ${action} a translation that is ${status}`);
}

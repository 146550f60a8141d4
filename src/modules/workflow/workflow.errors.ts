import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const WORKFLOW_INVALID = 'WORKFLOW_INVALID';
export const WORKFLOW_NONEXISTENT_LOCAL_TIME = 'WORKFLOW_NONEXISTENT_LOCAL_TIME';
export const WORKFLOW_CHANGE_NOT_FOUND = 'WORKFLOW_CHANGE_NOT_FOUND';
export const WORKFLOW_REVISION_NOT_FOUND = 'WORKFLOW_REVISION_NOT_FOUND';
export const WORKFLOW_TRANSITION_NOT_ALLOWED = 'WORKFLOW_TRANSITION_NOT_ALLOWED';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const WORKFLOW_ERRORS = defineErrors({
  WORKFLOW_INVALID: { kind: 'validation', status: 400, when: 'A scheduling, preview-link or restore request is not valid; scheduling: unknown action, unknown IANA time zone, a date or time that is not real, or a moment in the past; preview links: a lifetime outside 1–720 hours; restoring: no version given. `details` names each field.' },
  WORKFLOW_NONEXISTENT_LOCAL_TIME: { kind: 'validation', status: 400, when: 'The local time falls in the hour skipped when clocks go forward in that zone (e.g. 02:30 on the last Sunday of March in Europe/Zurich). A time shown twice when clocks go back is not an error: its first occurrence is used.' },
  WORKFLOW_CHANGE_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No pending scheduled change has this id: it does not exist, belongs to another translation, or has already run or been cancelled.' },
  WORKFLOW_REVISION_NOT_FOUND: { kind: 'not_found', status: 404, when: 'The translation has no revision with this version number.' },
  WORKFLOW_TRANSITION_NOT_ALLOWED: { kind: 'conflict', status: 409, when: "A scheduled change found the translation in a status the workflow does not let it leave that way (publishing an archived translation). Stored as the change's `error` and in the audit log (`schedule.failed`)." },
});

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

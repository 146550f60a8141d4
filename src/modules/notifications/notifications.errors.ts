import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const NOTIFICATIONS_INVALID = 'NOTIFICATIONS_INVALID';
export const NOTIFICATIONS_NOT_FOUND = 'NOTIFICATIONS_NOT_FOUND';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const NOTIFICATIONS_ERRORS = defineErrors({
  NOTIFICATIONS_INVALID: { kind: 'validation', status: 400, when: 'A notification preference names an unknown kind or a delivery other than immediate, digest or off; `details` names each. Nothing is changed.' },
  NOTIFICATIONS_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No notification of the signed-in person has this id.' },
});

export function invalidPreferences(details: readonly FieldProblem[]): AppError {
  return new AppError(NOTIFICATIONS_INVALID, 'validation', 'The notification preferences are not valid', { details });
}

export function notificationNotFound(id: string): AppError {
  return new AppError(NOTIFICATIONS_NOT_FOUND, 'not_found', `No notification ${id.slice(0, 64)} for this person`);
}

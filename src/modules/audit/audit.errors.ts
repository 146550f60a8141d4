import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const AUDIT_INVALID = 'AUDIT_INVALID';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const AUDIT_ERRORS = defineErrors({
  AUDIT_INVALID: { kind: 'validation', status: 400, when: 'An audit query or record is not valid: a limit outside 1–100 or a negative offset, a malformed action, or details that name a secret.' },
});

export function invalidAudit(details: readonly FieldProblem[]): AppError {
  return new AppError(AUDIT_INVALID, 'validation', 'The audit record or query is not valid', { details });
}

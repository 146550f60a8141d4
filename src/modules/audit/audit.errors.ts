import { AppError, type FieldProblem } from '../../platform/errors.ts';

export const AUDIT_INVALID = 'AUDIT_INVALID';

export function invalidAudit(details: readonly FieldProblem[]): AppError {
  return new AppError(AUDIT_INVALID, 'validation', 'The audit record or query is not valid', { details });
}

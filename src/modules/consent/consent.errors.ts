import { AppError, type FieldProblem } from '../../platform/errors.ts';

export const CONSENT_INVALID = 'CONSENT_INVALID';
export const CONSENT_NOT_FOUND = 'CONSENT_NOT_FOUND';
export const CONSENT_NOT_A_STORY = 'CONSENT_NOT_A_STORY';
export const CONSENT_ALREADY_WITHDRAWN = 'CONSENT_ALREADY_WITHDRAWN';

export function invalidConsent(details: readonly FieldProblem[]): AppError {
  return new AppError(CONSENT_INVALID, 'validation', 'The consent record is not valid', { details });
}

export function consentNotFound(id: string): AppError {
  return new AppError(CONSENT_NOT_FOUND, 'not_found', `Consent record ${id.slice(0, 64)} does not exist`);
}

/** Consent records belong to stories only (other types show no identifiable person). */
export function notAStory(documentId: string): AppError {
  return new AppError(CONSENT_NOT_A_STORY, 'not_found', `Document ${documentId.slice(0, 64)} is not a story`);
}

export function alreadyWithdrawn(id: string): AppError {
  return new AppError(CONSENT_ALREADY_WITHDRAWN, 'conflict', `Consent record ${id.slice(0, 64)} is already withdrawn`);
}

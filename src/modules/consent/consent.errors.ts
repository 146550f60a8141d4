import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const CONSENT_INVALID = 'CONSENT_INVALID';
export const CONSENT_NOT_FOUND = 'CONSENT_NOT_FOUND';
export const CONSENT_NOT_A_STORY = 'CONSENT_NOT_A_STORY';
export const CONSENT_ALREADY_WITHDRAWN = 'CONSENT_ALREADY_WITHDRAWN';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const CONSENT_ERRORS = defineErrors({
  CONSENT_INVALID: { kind: 'validation', status: 400, when: "A consent record's person label (required, at most 80 characters, never contact details), form reference, channels (web, social, print, partners), or dates (expiry after collection) are wrong; `details` names each field." },
  CONSENT_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No consent record has this id.' },
  CONSENT_NOT_A_STORY: { kind: 'not_found', status: 404, when: 'Consent records belong to stories only.' },
  CONSENT_ALREADY_WITHDRAWN: { kind: 'conflict', status: 409, when: 'Withdrawing a record that was already withdrawn.' },
});

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

import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const CONTENT_DOCUMENT_NOT_FOUND = 'CONTENT_DOCUMENT_NOT_FOUND';
export const CONTENT_TRANSLATION_NOT_FOUND = 'CONTENT_TRANSLATION_NOT_FOUND';
export const CONTENT_VERSION_CONFLICT = 'CONTENT_VERSION_CONFLICT';
export const CONTENT_INVALID = 'CONTENT_INVALID';
export const CONTENT_UNKNOWN_TYPE = 'CONTENT_UNKNOWN_TYPE';
export const CONTENT_SLUG_TAKEN = 'CONTENT_SLUG_TAKEN';
export const CONTENT_MENU_ITEM_NOT_FOUND = 'CONTENT_MENU_ITEM_NOT_FOUND';
export const CONTENT_TRANSITION_NOT_ALLOWED = 'CONTENT_TRANSITION_NOT_ALLOWED';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const CONTENT_ERRORS = defineErrors({
  CONTENT_DOCUMENT_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No document has this id.' },
  CONTENT_TRANSLATION_NOT_FOUND: { kind: 'not_found', status: 404, when: 'The document has no translation in that locale.' },
  CONTENT_VERSION_CONFLICT: { kind: 'conflict', status: 409, when: 'The save was based on an older version: someone else saved in between. Nothing was written.' },
  CONTENT_INVALID: { kind: 'validation', status: 400, when: 'A field is missing or wrong; `details` lists each `{ path, message }`.' },
  CONTENT_UNKNOWN_TYPE: { kind: 'validation', status: 400, when: 'The content type is not declared.' },
  CONTENT_SLUG_TAKEN: { kind: 'conflict', status: 409, when: 'Another page already has this address in that locale.' },
  CONTENT_MENU_ITEM_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No menu item has this id.' },
  CONTENT_TRANSITION_NOT_ALLOWED: { kind: 'conflict', status: 409, when: 'The workflow step does not apply where the translation stands (publishing an archived one, discarding when nothing is pending). Nothing was written.' },
});

export function documentNotFound(id: string): AppError {
  return new AppError(CONTENT_DOCUMENT_NOT_FOUND, 'not_found', `Document ${id} does not exist`);
}

export function translationNotFound(documentId: string, locale: string): AppError {
  return new AppError(
    CONTENT_TRANSLATION_NOT_FOUND,
    'not_found',
    `Document ${documentId} has no ${locale} translation`,
  );
}

/** The caller edited an older version: someone else saved in between. */
export function versionConflict(what: string, expected: number, actual: number): AppError {
  return new AppError(
    CONTENT_VERSION_CONFLICT,
    'conflict',
    `${what} was changed by someone else: you edited version ${expected}, it is now at version ${actual}`,
  );
}

export function invalidContent(details: readonly FieldProblem[]): AppError {
  return new AppError(CONTENT_INVALID, 'validation', 'The content is not valid', { details });
}

export function unknownType(type: string): AppError {
  return new AppError(CONTENT_UNKNOWN_TYPE, 'validation', `Unknown content type "${type.slice(0, 40)}"`);
}

export function slugTaken(locale: string, path: string): AppError {
  return new AppError(CONTENT_SLUG_TAKEN, 'conflict', `Another page already uses /${locale}/${path}`, {
    details: [{ path: 'slug', message: 'another page at the same place already uses this slug' }],
  });
}

export function menuItemNotFound(id: string): AppError {
  return new AppError(CONTENT_MENU_ITEM_NOT_FOUND, 'not_found', `Menu item ${id.slice(0, 64)} does not exist`);
}

/** The workflow does not lead from where the translation stands with this step (publishing an archived one). */
export function transitionNotAllowed(action: string, status: string, hasPending: boolean): AppError {
  const where = hasPending ? `${status} with changes pending` : status;
  return new AppError(CONTENT_TRANSITION_NOT_ALLOWED, 'conflict', `A translation that is ${where} cannot take the step "${action}"`);
}

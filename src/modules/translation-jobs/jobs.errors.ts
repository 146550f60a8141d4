import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const TRANSLATION_JOB_NOT_FOUND = 'TRANSLATION_JOB_NOT_FOUND';
export const TRANSLATION_JOB_INVALID = 'TRANSLATION_JOB_INVALID';
export const TRANSLATION_JOB_STATE = 'TRANSLATION_JOB_STATE';
export const TRANSLATION_JOB_FILE_REFUSED = 'TRANSLATION_JOB_FILE_REFUSED';
export const TRANSLATION_JOB_FILE_TOO_LARGE = 'TRANSLATION_JOB_FILE_TOO_LARGE';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const TRANSLATION_JOBS_ERRORS = defineErrors({
  TRANSLATION_JOB_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No translation job has this id, or the caller may not see it (a translator sees only the jobs assigned to them).' },
  TRANSLATION_JOB_INVALID: { kind: 'validation', status: 400, when: 'A job\'s name, locales, documents, due date or assignee are not acceptable; `details` names each. Nothing is changed.' },
  TRANSLATION_JOB_STATE: { kind: 'conflict', status: 409, when: 'The job\'s state does not allow this step (documents change only while it is prepared; a closed job takes no export or import).' },
  TRANSLATION_JOB_FILE_REFUSED: { kind: 'validation', status: 422, when: 'A returned XLIFF file is unusable as a whole (not well-formed, a DTD or entity, another job or locale, too many units); `details` lists each problem with its line and unit. Nothing is changed.' },
  TRANSLATION_JOB_FILE_TOO_LARGE: { kind: 'validation', status: 413, when: 'A returned file is larger than the import accepts. Nothing is read or changed.' },
});

export function jobNotFound(id: string): AppError {
  return new AppError(TRANSLATION_JOB_NOT_FOUND, 'not_found', `No translation job ${id.slice(0, 64)}`);
}

export function invalidJob(details: readonly FieldProblem[]): AppError {
  return new AppError(TRANSLATION_JOB_INVALID, 'validation', 'The translation job is not valid', { details });
}

export function wrongState(state: string, step: string): AppError {
  return new AppError(TRANSLATION_JOB_STATE, 'conflict', `A ${state} job cannot ${step}`);
}

export function fileRefused(details: readonly FieldProblem[]): AppError {
  return new AppError(TRANSLATION_JOB_FILE_REFUSED, 'validation', 'The returned file was refused; nothing was changed', { details });
}

export function fileTooLarge(maxBytes: number): AppError {
  return new AppError(TRANSLATION_JOB_FILE_TOO_LARGE, 'validation', `The returned file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB; nothing was changed`);
}

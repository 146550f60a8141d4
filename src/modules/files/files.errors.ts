import { AppError, defineErrors } from '../../platform/errors.ts';

/** Upload refusals: each names what the editor can do about it, in the back office's catalog. */
export const FILE_UPLOAD_EMPTY = 'FILE_UPLOAD_EMPTY';
export const FILE_UPLOAD_TOO_LARGE = 'FILE_UPLOAD_TOO_LARGE';
export const FILE_UNSUPPORTED_TYPE = 'FILE_UNSUPPORTED_TYPE';
export const FILE_NOT_FOUND = 'FILE_NOT_FOUND';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const FILES_ERRORS = defineErrors({
  FILE_UPLOAD_EMPTY: { kind: 'validation', status: 400, when: 'A file upload without a file, or with an empty one.' },
  FILE_UPLOAD_TOO_LARGE: { kind: 'validation', status: 413, when: 'The file is larger than `FILE_MAX_UPLOAD_MB`. Nothing is kept.' },
  FILE_UNSUPPORTED_TYPE: { kind: 'validation', status: 415, when: "The file's first bytes are not `%PDF-` and a version: HTML, an image, a renamed text…. Name and declared type are never consulted." },
  FILE_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No file has this id.' },
});

export const FILE_UPLOAD_ERRORS = [FILE_UPLOAD_EMPTY, FILE_UPLOAD_TOO_LARGE, FILE_UNSUPPORTED_TYPE] as const;
export type FileUploadErrorCode = (typeof FILE_UPLOAD_ERRORS)[number];

export function isFileUploadError(error: unknown): error is AppError & { code: FileUploadErrorCode } {
  return error instanceof AppError && (FILE_UPLOAD_ERRORS as readonly string[]).includes(error.code);
}

export function emptyFileUpload(): AppError {
  return new AppError(FILE_UPLOAD_EMPTY, 'validation', 'No file, or an empty file, was sent');
}

export function fileUploadTooLarge(maxBytes: number): AppError {
  return new AppError(FILE_UPLOAD_TOO_LARGE, 'validation', `The file is larger than ${maxBytes} bytes`);
}

export function unsupportedFileType(): AppError {
  return new AppError(FILE_UNSUPPORTED_TYPE, 'validation', 'The file is not a PDF (it does not start with %PDF-)');
}

export function fileNotFound(id: string): AppError {
  return new AppError(FILE_NOT_FOUND, 'not_found', `No file has the id ${JSON.stringify(id.slice(0, 80))}`);
}

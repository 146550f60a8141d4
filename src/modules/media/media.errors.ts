import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

/** Upload refusals: each names what the editor can do about it, in the back office's catalog. */
export const MEDIA_UPLOAD_EMPTY = 'MEDIA_UPLOAD_EMPTY';
export const MEDIA_UPLOAD_TOO_LARGE = 'MEDIA_UPLOAD_TOO_LARGE';
export const MEDIA_UNSUPPORTED_TYPE = 'MEDIA_UNSUPPORTED_TYPE';
export const MEDIA_TOO_MANY_PIXELS = 'MEDIA_TOO_MANY_PIXELS';
export const MEDIA_UNREADABLE_IMAGE = 'MEDIA_UNREADABLE_IMAGE';
export const MEDIA_IMAGE_NOT_FOUND = 'MEDIA_IMAGE_NOT_FOUND';
export const MEDIA_INVALID_DETAILS = 'MEDIA_INVALID_DETAILS';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const MEDIA_ERRORS = defineErrors({
  MEDIA_UPLOAD_EMPTY: { kind: 'validation', status: 400, when: 'An upload without a file, or with an empty one.' },
  MEDIA_UPLOAD_TOO_LARGE: { kind: 'validation', status: 413, when: 'The upload is larger than `MEDIA_MAX_UPLOAD_MB`. Nothing is kept.' },
  MEDIA_UNSUPPORTED_TYPE: { kind: 'validation', status: 415, when: "The file's first bytes are not JPEG, PNG, WebP, AVIF/HEIF or GIF (SVG, HTML, text, video…). Name and declared type are never consulted." },
  MEDIA_TOO_MANY_PIXELS: { kind: 'validation', status: 422, when: 'The image declares more than 40 million pixels; refused before decoding.' },
  MEDIA_UNREADABLE_IMAGE: { kind: 'validation', status: 422, when: 'The image is truncated, corrupt or of a variant the decoder lacks, such as HEIC. No rendition is left behind.' },
  MEDIA_IMAGE_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No image has this id.' },
  MEDIA_INVALID_DETAILS: { kind: 'validation', status: 400, when: 'An alt text over 500 characters, an unknown locale, or a focal point outside 0–1; `details` names `alt.<locale>` or `focalPoint.x`/`.y`.' },
});

export const MEDIA_UPLOAD_ERRORS = [
  MEDIA_UPLOAD_EMPTY,
  MEDIA_UPLOAD_TOO_LARGE,
  MEDIA_UNSUPPORTED_TYPE,
  MEDIA_TOO_MANY_PIXELS,
  MEDIA_UNREADABLE_IMAGE,
] as const;
export type MediaUploadErrorCode = (typeof MEDIA_UPLOAD_ERRORS)[number];

export function isMediaUploadError(error: unknown): error is AppError & { code: MediaUploadErrorCode } {
  return error instanceof AppError && (MEDIA_UPLOAD_ERRORS as readonly string[]).includes(error.code);
}

export function emptyUpload(): AppError {
  return new AppError(MEDIA_UPLOAD_EMPTY, 'validation', 'No file, or an empty file, was sent');
}

export function uploadTooLarge(maxBytes: number): AppError {
  return new AppError(MEDIA_UPLOAD_TOO_LARGE, 'validation', `The file is larger than ${maxBytes} bytes`);
}

export function unsupportedType(): AppError {
  return new AppError(MEDIA_UNSUPPORTED_TYPE, 'validation', 'The file is not a JPEG, PNG, WebP, AVIF/HEIF or GIF image');
}

export function tooManyPixels(width: number, height: number, maxPixels: number): AppError {
  return new AppError(MEDIA_TOO_MANY_PIXELS, 'validation', `The image has ${width} × ${height} pixels, more than ${maxPixels}`);
}

export function unreadableImage(cause: unknown): AppError {
  return new AppError(MEDIA_UNREADABLE_IMAGE, 'validation', 'The image is truncated, corrupt or of an unsupported variant', { cause });
}

export function imageNotFound(id: string): AppError {
  return new AppError(MEDIA_IMAGE_NOT_FOUND, 'not_found', `No image has the id ${JSON.stringify(id.slice(0, 80))}`);
}

export function invalidDetails(details: readonly FieldProblem[]): AppError {
  return new AppError(MEDIA_INVALID_DETAILS, 'validation', 'The image details are not valid', { details });
}

import { AppError, defineErrors } from '../../platform/errors.ts';

/** Upload refusals: each names what the editor can do about it, in the back office's catalog. */
export const VIDEO_UPLOAD_EMPTY = 'VIDEO_UPLOAD_EMPTY';
export const VIDEO_UPLOAD_TOO_LARGE = 'VIDEO_UPLOAD_TOO_LARGE';
export const VIDEO_UNSUPPORTED_TYPE = 'VIDEO_UNSUPPORTED_TYPE';
export const VIDEO_UNREADABLE = 'VIDEO_UNREADABLE';
export const VIDEO_TRUNCATED = 'VIDEO_TRUNCATED';
export const VIDEO_NOT_FOUND = 'VIDEO_NOT_FOUND';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const VIDEO_ERRORS = defineErrors({
  VIDEO_UPLOAD_EMPTY: { kind: 'validation', status: 400, when: 'A video upload without a file, or with an empty one.' },
  VIDEO_UPLOAD_TOO_LARGE: { kind: 'validation', status: 413, when: 'The video is larger than `VIDEO_MAX_UPLOAD_MB`. Nothing is kept.' },
  VIDEO_UNSUPPORTED_TYPE: { kind: 'validation', status: 415, when: 'The first bytes are not an MP4/MOV (`ftyp`) or WebM/Matroska (EBML) header: an image, HTML, SVG….' },
  VIDEO_UNREADABLE: { kind: 'validation', status: 422, when: 'ffprobe cannot read it, or it has no video stream (sound only).' },
  VIDEO_TRUNCATED: { kind: 'validation', status: 422, when: 'The file was cut short: an MP4 without its index ("moov atom not found"), or packets ending well before the declared duration.' },
  VIDEO_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No video has this id.' },
});

export const VIDEO_UPLOAD_ERRORS = [
  VIDEO_UPLOAD_EMPTY,
  VIDEO_UPLOAD_TOO_LARGE,
  VIDEO_UNSUPPORTED_TYPE,
  VIDEO_UNREADABLE,
  VIDEO_TRUNCATED,
] as const;
export type VideoUploadErrorCode = (typeof VIDEO_UPLOAD_ERRORS)[number];

export function isVideoUploadError(error: unknown): error is AppError & { code: VideoUploadErrorCode } {
  return error instanceof AppError && (VIDEO_UPLOAD_ERRORS as readonly string[]).includes(error.code);
}

export function emptyVideoUpload(): AppError {
  return new AppError(VIDEO_UPLOAD_EMPTY, 'validation', 'No file, or an empty file, was sent');
}

export function videoUploadTooLarge(maxBytes: number): AppError {
  return new AppError(VIDEO_UPLOAD_TOO_LARGE, 'validation', `The file is larger than ${maxBytes} bytes`);
}

export function unsupportedVideoType(): AppError {
  return new AppError(VIDEO_UNSUPPORTED_TYPE, 'validation', 'The file is not an MP4, WebM or MOV video');
}

export function unreadableVideo(reason: string, cause?: unknown): AppError {
  return new AppError(VIDEO_UNREADABLE, 'validation', `The video cannot be read: ${reason}`, { cause });
}

export function truncatedVideo(reason: string): AppError {
  return new AppError(VIDEO_TRUNCATED, 'validation', `The video is incomplete (the upload or the recording was cut short): ${reason}`);
}

export function videoNotFound(id: string): AppError {
  return new AppError(VIDEO_NOT_FOUND, 'not_found', `No video has the id ${JSON.stringify(id.slice(0, 80))}`);
}

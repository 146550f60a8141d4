import type { Readable } from 'node:stream';
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isMediaUploadError, type MediaUploadErrorCode } from '../../../modules/media/index.ts';
import type { AdminMessageKey } from '../messages/index.ts';

/**
 * Multipart for the upload route only, read in two steps so the form token is checked before a
 * byte of the file is stored: a preValidation hook reads the first part, which must be the
 * `_csrf` field (browsers send fields in document order, and the token comes first), and puts
 * it where the back office's CSRF check looks (request.body._csrf). The handler then reads the
 * file from the same stream, only if that check and the access check passed.
 */
export async function registerUploadParsing(scope: FastifyInstance, maxBytes: number): Promise<void> {
  await scope.register(multipart, {
    // One byte over the limit lets the media module see the overflow and name it.
    limits: { fileSize: maxBytes + 1, files: 1, fields: 4, parts: 6, fieldSize: 1024, fieldNameSize: 64, headerPairs: 20 },
  });
}

const pending = new WeakMap<FastifyRequest, AsyncIterator<Multipart>>();

/** preValidation: reads the form token from the first part of a multipart body. */
export async function readFormTokenFirst(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const parts = request.parts()[Symbol.asyncIterator]();
  pending.set(request, parts);
  let token = '';
  try {
    const first = await parts.next();
    if (!first.done && first.value.type === 'field' && first.value.fieldname === '_csrf' && typeof first.value.value === 'string') {
      token = first.value.value;
    }
  } catch {
    // A body that cannot be parsed carries no token: the CSRF check refuses it.
  }
  request.body = { _csrf: token };
}

/** onSend: whatever of the body was not read (a refused request) is discarded, never parsed or stored. */
export async function discardUnreadBody(request: FastifyRequest): Promise<void> {
  if (!request.raw.readableEnded) {
    request.raw.unpipe();
    request.raw.resume();
  }
}

export type UploadOutcome = { file: AsyncIterable<Uint8Array>; fileName: string } | { error: UploadRefusal };

export interface UploadRefusal {
  readonly status: number;
  readonly message: AdminMessageKey;
}

const REFUSALS: Readonly<Record<MediaUploadErrorCode | 'malformed', UploadRefusal>> = {
  MEDIA_UPLOAD_EMPTY: { status: 400, message: 'media.error.noFile' },
  MEDIA_UPLOAD_TOO_LARGE: { status: 413, message: 'media.error.tooLarge' },
  MEDIA_UNSUPPORTED_TYPE: { status: 415, message: 'media.error.type' },
  MEDIA_TOO_MANY_PIXELS: { status: 422, message: 'media.error.pixels' },
  MEDIA_UNREADABLE_IMAGE: { status: 422, message: 'media.error.unreadable' },
  malformed: { status: 400, message: 'media.error.malformed' },
};

/**
 * The file part that follows the token, or why there is none. Fields between the token and the
 * file are put in `fields` when the caller passes it (forms place them before the file input);
 * fields after the file are ignored.
 */
export async function nextFilePart(request: FastifyRequest, fields?: Record<string, string>): Promise<UploadOutcome> {
  const parts = pending.get(request);
  if (!parts) return { error: REFUSALS.MEDIA_UPLOAD_EMPTY };
  try {
    for (;;) {
      const next = await parts.next();
      if (next.done) return { error: REFUSALS.MEDIA_UPLOAD_EMPTY };
      if (next.value.type === 'file') return { file: guardStream(next.value.file), fileName: next.value.filename };
      if (fields && typeof next.value.value === 'string') fields[next.value.fieldname] = next.value.value;
    }
  } catch {
    return { error: REFUSALS.malformed };
  }
}

/** How an upload error reads in the back office, or undefined for an error that is a bug. */
export function refusalFor(error: unknown): UploadRefusal | undefined {
  if (isMediaUploadError(error)) return REFUSALS[error.code];
  if (error instanceof MalformedUploadError) return REFUSALS.malformed;
  return undefined;
}

/** A failure of the request stream itself (cut connection, broken multipart), told apart from our own errors. */
class MalformedUploadError extends Error {}

async function* guardStream(file: Readable): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of file) yield chunk as Uint8Array;
  } catch (error) {
    throw new MalformedUploadError('The upload stream failed', { cause: error });
  }
}

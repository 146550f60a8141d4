import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../platform/errors.ts';
import { SUBMISSIONS_UPLOAD_TOO_LARGE } from './submissions.errors.ts';

/** The older name of SUBMISSIONS_UPLOAD_TOO_LARGE, kept for its callers. */
export const SUBMISSION_UPLOAD_TOO_LARGE = SUBMISSIONS_UPLOAD_TOO_LARGE;
const HEAD_BYTES = 64;

/**
 * A file from the public form, held in a private temporary file until the rest of the form has
 * been read and checked: only then is it handed to the media or video module, so a refused
 * form stores nothing, whatever order a client sends the parts in.
 */
export interface StagedUpload {
  readonly bytes: number;
  /** The first bytes, to tell a photo from a video by content. */
  readonly head: Uint8Array;
  read(): AsyncIterable<Uint8Array>;
  discard(): Promise<void>;
}

/**
 * Streams `source` to `dir` (created private), never holding it whole in memory.
 * Returns undefined for an empty file (a form sent with no file chosen).
 * @throws SUBMISSIONS_UPLOAD_TOO_LARGE, once the whole source is read; the partial file is removed
 */
export async function stageUpload(source: AsyncIterable<Uint8Array>, { dir, maxBytes }: { dir: string; maxBytes: number }): Promise<StagedUpload | undefined> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${randomBytes(16).toString('hex')}.part`);
  let handle: FileHandle | undefined = await fs.open(file, 'wx', 0o600);
  let bytes = 0;
  let head = Buffer.alloc(0);
  try {
    // Past the limit the rest is read and dropped rather than cut off, so the form's later
    // fields still arrive and can be shown again.
    for await (const chunk of source) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        if (handle) {
          await handle.close();
          handle = undefined;
          await fs.rm(file, { force: true });
        }
        continue;
      }
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, Buffer.from(chunk.subarray(0, HEAD_BYTES - head.length))]);
      let offset = 0;
      while (offset < chunk.length) offset += (await handle!.write(chunk, offset)).bytesWritten;
    }
    if (bytes > maxBytes) throw new AppError(SUBMISSION_UPLOAD_TOO_LARGE, 'validation', `The file is larger than ${maxBytes} bytes`);
    await handle!.close();
    handle = undefined;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(file, { force: true });
    throw error;
  }
  if (bytes === 0) {
    await fs.rm(file, { force: true });
    return undefined;
  }
  return {
    bytes,
    head,
    read: () => createReadStream(file),
    discard: () => fs.rm(file, { force: true }),
  };
}

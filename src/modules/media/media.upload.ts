import { createHash, randomBytes } from 'node:crypto';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { AppError } from '../../platform/errors.ts';
import { emptyUpload, unsupportedType, uploadTooLarge } from './media.errors.ts';
import { SNIFF_BYTES, sniffImageType } from './media.sniff.ts';
import type { SourceType } from './media.types.ts';

/** An upload written whole to a private temporary file, checked for size and sniffed for type. */
export interface ReceivedUpload<T extends string = SourceType> {
  readonly path: string;
  /** sha-256 of the bytes, hex: renditions are named after it. */
  readonly hash: string;
  readonly bytes: number;
  readonly type: T;
}

/** What kind of file an upload may be, and the errors that refuse it (each module has its own codes). */
export interface UploadSniffer<T extends string> {
  /** How many leading bytes `sniff` needs (it also gets fewer when the whole file is shorter). */
  readonly bytes: number;
  sniff(head: Uint8Array): T | undefined;
  empty(): AppError;
  tooLarge(maxBytes: number): AppError;
  unsupported(): AppError;
}

const IMAGE_SNIFFER: UploadSniffer<SourceType> = {
  bytes: SNIFF_BYTES,
  sniff: sniffImageType,
  empty: emptyUpload,
  tooLarge: uploadTooLarge,
  unsupported: unsupportedType,
};

const DISPLAY_NAME_MAX = 120;
const STALE_UPLOAD_MS = 60 * 60 * 1000;

/**
 * Streams an upload into `incomingDir` under a random name, never holding it whole in memory.
 * The type is decided from the first bytes before anything is written; a refused file leaves
 * nothing behind.
 * @throws MEDIA_UPLOAD_EMPTY, MEDIA_UPLOAD_TOO_LARGE, MEDIA_UNSUPPORTED_TYPE
 */
export async function receiveUpload(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: { incomingDir: string; maxBytes: number },
): Promise<ReceivedUpload> {
  return receiveSniffedUpload(source, { ...options, sniffer: IMAGE_SNIFFER });
}

/**
 * `receiveUpload` for any file type: the sniffer decides the type from the first bytes and names
 * the errors. Video uploads use it with their own sniffer.
 */
export async function receiveSniffedUpload<T extends string>(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  { incomingDir, maxBytes, sniffer }: { incomingDir: string; maxBytes: number; sniffer: UploadSniffer<T> },
): Promise<ReceivedUpload<T>> {
  await fs.mkdir(incomingDir, { recursive: true, mode: 0o700 });
  const target = path.join(incomingDir, `${randomBytes(16).toString('hex')}.upload`);
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let type: T | undefined;
  let bytes = 0;
  let handle: FileHandle | undefined;
  const open = async () => {
    type = sniffer.sniff(head);
    if (!type) throw sniffer.unsupported();
    handle = await fs.open(target, 'wx', 0o600);
    await writeAll(handle, head);
  };
  try {
    for await (const chunk of source) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw sniffer.tooLarge(maxBytes);
      hash.update(chunk);
      if (handle) {
        await writeAll(handle, chunk);
      } else {
        head = Buffer.concat([head, chunk]);
        if (head.length >= sniffer.bytes) await open();
      }
    }
    if (bytes === 0) throw sniffer.empty();
    if (!handle) await open();
    await handle!.close();
    handle = undefined;
    return { path: target, hash: hash.digest('hex'), bytes, type: type! };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(target, { force: true });
    throw error;
  }
}

/**
 * Removes what an interrupted upload (a crash, a killed process) left in `incomingDir`: files
 * older than an hour, far longer than any upload within the size limit takes to check.
 */
export async function sweepIncoming(incomingDir: string, now: Date): Promise<void> {
  const names = await fs.readdir(incomingDir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(incomingDir, name);
    const stats = await fs.stat(file).catch(() => undefined);
    if (stats?.isFile() && now.getTime() - stats.mtimeMs > STALE_UPLOAD_MS) await fs.rm(file, { force: true });
  }
}

/**
 * A file name as the uploader's computer had it, made safe to show: last path segment only,
 * NFC, without control, bidi-override, lone-surrogate, zero-width or line-separator characters, at most 120
 * characters. Only ever displayed (escaped); files are named by their content.
 */
export function toDisplayName(raw: string | undefined, fallback = 'image'): string {
  const name = (raw ?? '')
    .normalize('NFC')
    .replace(/^.*[/\\]/su, '')
    .replace(/[\p{Cf}\p{Cs}]/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const shown = Array.from(name).slice(0, DISPLAY_NAME_MAX).join('').trim();
  return /^\.*$/.test(shown) ? fallback : shown;
}

async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

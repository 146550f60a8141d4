import type { Readable } from 'node:stream';

/**
 * Where media files live: a folder on this machine (the default) or a bucket of an S3-compatible
 * object store that several instances share. Keys are the files' paths under the media folder
 * (`<name>`, `video/<name>`, `files/<name>`), so both keep the same layout and a site moves from
 * one to the other by copying. Every key names its content (a hash): an object, once written, never
 * changes, so a put of a key that exists is skipped and concurrent writers cannot disagree.
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  /** For logs and messages: the folder, or `s3://bucket/prefix`; never a secret. */
  readonly description: string;
  /**
   * Stores the file at `localPath` under `key` unless the key exists; streamed, never read whole.
   * Returns whether it wrote. A folder may hard-link the file: the caller removes it afterwards
   * and never writes to it again.
   */
  putFile(key: string, localPath: string, contentType: string): Promise<boolean>;
  /** `putFile` for bytes already in memory (renditions of an image, a few hundred kB at most). */
  putBytes(key: string, bytes: Uint8Array, contentType: string): Promise<boolean>;
  /** Size and version of an object, or undefined when there is none. */
  stat(key: string): Promise<StoredObjectInfo | undefined>;
  /** An object to describe and then stream, or undefined when there is none. */
  open(key: string): Promise<OpenedObject | undefined>;
  /**
   * Runs `use` with a path on this machine holding the object (for ffmpeg): the file itself in a
   * folder, a temporary copy from a bucket, removed when `use` ends.
   * @throws FileStoreMissing when there is no such object
   */
  withLocalCopy<T>(key: string, use: (localPath: string) => Promise<T>): Promise<T>;
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, in no particular order. */
  list(prefix?: string): AsyncIterable<{ key: string; size: number }>;
  /** Writes and removes a small object: what the readiness check asks. */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}

export interface StoredObjectInfo {
  readonly size: number;
  /** A strong validator for this version of the object, with its quotes. */
  readonly etag: string;
  readonly lastModified: Date;
}

export interface OpenedObject extends StoredObjectInfo {
  /**
   * The bytes `start` to `end` inclusive (the whole object when no range is given), of the version
   * described: a folder keeps the file open, a bucket is asked with If-Match.
   */
  stream(range?: { start: number; end: number }): Promise<Readable>;
  /** Lets go of the object when it is not streamed after all (a 304, a HEAD). */
  close(): Promise<void>;
}

export class FileStoreMissing extends Error {
  constructor(readonly key: string) {
    super(`No stored file ${key}`);
    this.name = 'FileStoreMissing';
  }
}

// Lower-case names and folders such as `video/0123…-720.mp4`: no dot first (temporary and staging
// folders start with one), no empty or `..` segment, nothing a path or a URL could be tricked with.
const KEY = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*(\/[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*)*$/;

/** @throws Error for a key this store would never write: the callers build keys from checked names. */
export function checkKey(key: string): string {
  if (key.length > 300 || !KEY.test(key)) throw new Error(`Not a file store key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

export function isStoreKey(key: string): boolean {
  return key.length <= 300 && KEY.test(key);
}

const CONTENT_TYPES: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  m4a: 'audio/mp4',
  pdf: 'application/pdf',
};

/** The type a stored file is served with, from its extension: for copies that have no module to ask (restore, `media move`). */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[/\.([a-z0-9]+)$/.exec(key)?.[1] ?? ''] ?? 'application/octet-stream';
}

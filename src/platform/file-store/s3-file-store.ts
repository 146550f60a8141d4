import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { checkKey, FileStoreMissing, isStoreKey, type FileStore, type OpenedObject, type StoredObjectInfo } from './file-store.ts';

export interface S3StoreOptions {
  readonly bucket: string;
  /** Keys are written under this folder of the bucket ('' for its root); it ends with `/` when set. */
  readonly prefix: string;
  /** Another service than AWS (MinIO, Ceph, R2…), or a local test server. */
  readonly endpoint: string | null;
  readonly region: string;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`: what most self-hosted servers want. */
  readonly forcePathStyle: boolean;
  /** None: the SDK's own chain (AWS_* variables, instance roles). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | null;
}

// Objects are named by their content and never change: browsers and CDNs may keep them a year.
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Objects whose size and ETag are remembered, so serving one costs one request to the bucket, not two. */
const KNOWN_OBJECTS = 10_000;

/** Media in a bucket of an S3-compatible object store, shared by every instance of the site. */
export function createS3FileStore(options: S3StoreOptions): FileStore {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    // A copy: the SDK marks the object it is given, and configuration is frozen.
    ...(options.credentials ? { credentials: { accessKeyId: options.credentials.accessKeyId, secretAccessKey: options.credentials.secretAccessKey } } : {}),
    // Checksums only where S3 requires them: many compatible servers refuse the newer trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const objectKey = (key: string) => options.prefix + checkKey(key);

  // An object never changes once written, so what a HEAD said stays true until it is deleted.
  const known = new Map<string, StoredObjectInfo>();
  const remember = (key: string, info: StoredObjectInfo) => {
    if (known.size >= KNOWN_OBJECTS) known.delete(known.keys().next().value!);
    known.set(key, info);
  };

  async function head(key: string): Promise<StoredObjectInfo | undefined> {
    const remembered = known.get(checkKey(key));
    if (remembered) return remembered;
    try {
      const answer = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
      const info = { size: answer.ContentLength ?? 0, etag: answer.ETag ?? '""', lastModified: answer.LastModified ?? new Date(0) };
      remember(key, info);
      return info;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function get(key: string, etag?: string, range?: { start: number; end: number }): Promise<Readable> {
    try {
      const answer = await client.send(
        new GetObjectCommand({ Bucket, Key: objectKey(key), ...(etag ? { IfMatch: etag } : {}), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      return answer.Body as Readable;
    } catch (error) {
      // Deleted (or, by another hand, replaced) since it was described: described afresh next time.
      known.delete(key);
      if (isNotFound(error)) throw new FileStoreMissing(key);
      throw error;
    }
  }

  async function put(key: string, body: Readable | Uint8Array, size: number, contentType: string): Promise<void> {
    await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: body, ContentLength: size, ContentType: contentType, CacheControl: IMMUTABLE }));
  }

  return {
    kind: 's3',
    description: `s3://${Bucket}/${options.prefix}${options.endpoint ? ` at ${options.endpoint}` : ''}`,

    async putFile(key, localPath, contentType) {
      if (await head(key)) return false;
      const { size } = await fs.stat(localPath);
      // Streamed with its length: the SDK sends it as it reads, never holding the file whole.
      await put(key, createReadStream(localPath), size, contentType);
      return true;
    },

    async putBytes(key, bytes, contentType) {
      if (await head(key)) return false;
      await put(key, bytes, bytes.length, contentType);
      return true;
    },

    stat: head,

    async open(key): Promise<OpenedObject | undefined> {
      const info = await head(key);
      if (!info) return undefined;
      return { ...info, stream: (range) => get(key, info.etag, range), close: async () => {} };
    },

    async withLocalCopy(key, use) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ensemble-s3-'));
      try {
        const file = path.join(dir, `${randomBytes(6).toString('hex')}${path.extname(key)}`);
        await pipeline(await get(key), createWriteStream(file, { mode: 0o600 }));
        return await use(file);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },

    async delete(key) {
      known.delete(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },

    async *list(prefix = '') {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: options.prefix + prefix, ContinuationToken }));
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(options.prefix.length);
          // A readiness probe left by a killed process is not a stored file.
          if (key && isStoreKey(key)) yield { key, size: object.Size ?? 0 };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async checkWritable() {
      // Outside the keys the site writes (they never start with a dot), so never listed or served.
      const Key = `${options.prefix}.readyz/${process.pid}-${randomBytes(4).toString('hex')}`;
      await client.send(new PutObjectCommand({ Bucket, Key, Body: 'ok', ContentType: 'text/plain' }));
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },

    async close() {
      client.destroy();
    },
  };
}

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound';
  return false;
}

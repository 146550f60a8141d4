import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StoreOptions } from '../../src/platform/file-store/index.ts';

export interface LocalS3 {
  readonly endpoint: string;
  /** The options of a store on a fresh bucket of this server, for a `createS3FileStore`. */
  options(bucket: string): S3StoreOptions & { kind: 's3' };
  /** FILE_STORE and S3_* variables for a server process or the CLI on that bucket. */
  env(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * s3rver, a real S3-compatible HTTP server (the S3 REST API over its own folder), on loopback: the
 * AWS SDK talks to it as to any bucket, signatures and all. Buckets are created as they are named.
 */
export async function startLocalS3(buckets: readonly string[]): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts any signature made with its own well-known pair.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    options: (bucket) => ({ kind: 's3', bucket, prefix: '', endpoint, region: 'us-east-1', forcePathStyle: true, credentials }),
    env: (bucket) => ({ FILE_STORE: 's3', S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: credentials.accessKeyId, S3_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }),
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

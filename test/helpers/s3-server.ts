import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { S3StoreOptions } from '../../src/platform/file-store/index.ts';

export interface LocalS3 {
  readonly endpoint: string;
  /** The options of a store on a bucket of this server, for a `createS3FileStore`. */
  options(bucket: string): S3StoreOptions & { kind: 's3' };
  /** FILE_STORE and S3_* variables for a server process or the CLI on that bucket. */
  env(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * s3rver, a real S3-compatible HTTP server (the S3 REST API over its own folder), on loopback in
 * a child process: the AWS SDK talks to it as to any bucket, signatures and all.
 */
export async function startLocalS3(buckets: readonly string[]): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-s3rver-'));
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 's3rver-main.mjs'), directory, ...buckets], { stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = '';
  child.stdout.setEncoding('utf8');
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      printed += chunk;
      if (printed.includes('\n')) resolve(Number(printed.trim()));
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}) before listening`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts signatures made with its own well-known pair.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    options: (bucket) => ({ kind: 's3', bucket, prefix: '', endpoint, region: 'us-east-1', forcePathStyle: true, credentials }),
    env: (bucket) => ({
      FILE_STORE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      // Node 20 is what CI runs; the SDK's notice that its 2027 releases want Node 22 would fill the logs.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    }),
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

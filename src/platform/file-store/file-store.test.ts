import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../../test/helpers/s3-server.ts';
import { createLocalFileStore, createS3FileStore, FileStoreMissing, type FileStore } from './index.ts';

let s3: LocalS3;
let scratch: string;
beforeAll(async () => {
  s3 = await startLocalS3(['store-contract']);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'file-store-'));
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

// The same promises from the folder and from a real S3-compatible server (s3rver on loopback).
describe.each([
  ['a local folder', () => createLocalFileStore(fs.mkdtempSync(path.join(scratch, 'local-')))],
  ['an S3 bucket (s3rver)', () => createS3FileStore({ ...s3.options('store-contract'), prefix: `run-${Date.now().toString(36)}/` })],
] as const)('file store in %s', (_name, make) => {
  let store: FileStore;
  beforeAll(() => {
    store = make();
  });
  afterAll(() => store.close());

  it('stores a file streamed from disk under its key, once, and lists it', async () => {
    const bytes = Buffer.alloc(300_001, 9);
    bytes.write('first bytes', 0);
    const source = path.join(scratch, `${store.kind}-source.mp4`);
    fs.writeFileSync(source, bytes);
    expect(await store.putFile('video/0123456789abcdef0123-720.mp4', source, 'video/mp4')).toBe(true);
    // Content-named keys never change: a second put is skipped, whatever it would have written.
    const other = path.join(scratch, `${store.kind}-other.mp4`);
    fs.writeFileSync(other, Buffer.from('other'));
    expect(await store.putFile('video/0123456789abcdef0123-720.mp4', other, 'video/mp4')).toBe(false);
    const info = await store.stat('video/0123456789abcdef0123-720.mp4');
    expect(info?.size).toBe(bytes.length);
    const opened = await store.open('video/0123456789abcdef0123-720.mp4');
    expect(createHash('sha256').update(await read(await opened!.stream())).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    const listed = [];
    for await (const entry of store.list('video/')) listed.push(entry);
    expect(listed).toEqual([{ key: 'video/0123456789abcdef0123-720.mp4', size: bytes.length }]);
  });

  it('streams a byte range of the version it described', async () => {
    await store.putBytes('range-0123456789.jpg', Buffer.from('0123456789abcdefghij'), 'image/jpeg');
    const opened = await store.open('range-0123456789.jpg');
    expect(opened?.size).toBe(20);
    expect((await read(await opened!.stream({ start: 10, end: 14 }))).toString()).toBe('abcde');
    expect(opened!.etag).toMatch(/^".+"$/);
  });

  it('answers undefined for a missing object and refuses a key it would never write', async () => {
    expect(await store.stat('missing-0000.jpg')).toBeUndefined();
    expect(await store.open('missing-0000.jpg')).toBeUndefined();
    await expect(store.withLocalCopy('missing-0000.jpg', async () => 'used')).rejects.toBeInstanceOf(FileStoreMissing);
    for (const key of ['../etc/passwd', '.incoming/x', 'a//b', '/abs', 'Video/X.mp4', 'a/../b']) {
      await expect(store.stat(key), key).rejects.toThrow(/Not a file store key/);
    }
  });

  it('lends a local copy for tools that need a path, and deletes', async () => {
    await store.putBytes('files/copy-test.pdf', Buffer.from('%PDF-1.7 test'), 'application/pdf');
    const seen = await store.withLocalCopy('files/copy-test.pdf', async (file) => fs.readFileSync(file, 'utf8'));
    expect(seen).toBe('%PDF-1.7 test');
    await store.delete('files/copy-test.pdf');
    expect(await store.stat('files/copy-test.pdf')).toBeUndefined();
  });

  it('proves it can write, leaving nothing listed', async () => {
    const before = [];
    for await (const entry of store.list()) before.push(entry.key);
    await store.checkWritable();
    const after = [];
    for await (const entry of store.list()) after.push(entry.key);
    expect(after.sort()).toEqual(before.sort());
  });
});

describe('file store in an S3 bucket, shared by two instances', () => {
  it('notices an object another instance deleted after it was described', async () => {
    const options = { ...s3.options('store-contract'), prefix: `shared-${Date.now().toString(36)}/` };
    const [one, two] = [createS3FileStore(options), createS3FileStore(options)];
    try {
      await one.putBytes('gone-0123.jpg', Buffer.from('picture'), 'image/jpeg');
      expect((await two.open('gone-0123.jpg'))?.size).toBe(7);
      await one.delete('gone-0123.jpg');
      // `two` still remembers the object; streaming it finds it gone and forgets it.
      const stale = await two.open('gone-0123.jpg');
      await expect(stale!.stream()).rejects.toBeInstanceOf(FileStoreMissing);
      expect(await two.open('gone-0123.jpg')).toBeUndefined();
    } finally {
      await one.close();
      await two.close();
    }
  });
});

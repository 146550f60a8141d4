import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalFileStore, FileStoreMissing } from '../../platform/file-store/index.ts';
import { sendFile } from './file-ranges.ts';

describe('sendFile', () => {
  let app: FastifyInstance;
  let dir: string;
  const content = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-ranges-test-'));
    fs.writeFileSync(path.join(dir, 'clip.mp4'), content);
    fs.writeFileSync(path.join(dir, 'empty.mp4'), '');
    app = Fastify();
    app.setNotFoundHandler(async (_request, reply) => reply.code(404).send('missing'));
    app.get('/files/:name', async (request, reply) => {
      const { name } = request.params as { name: string };
      const immutable = name !== 'empty.mp4';
      const file = await createLocalFileStore(dir).open(name);
      if (!file) return reply.callNotFound();
      return sendFile(request, reply, file, { contentType: 'video/mp4', immutable, ...(name === 'clip.mp4' ? {} : { downloadName: 'Clip été.mp4' }) });
    });
    // Described, then gone before its bytes were asked for (another instance deleted it from the bucket).
    app.get('/gone', async (request, reply) =>
      sendFile(request, reply, { size: 10, etag: '"x"', lastModified: new Date(), stream: () => Promise.reject(new FileStoreMissing('gone.mp4')), close: async () => {} }, { contentType: 'video/mp4', immutable: true }),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET', name = 'clip.mp4') => app.inject({ method, url: `/files/${name}`, headers });

  it('sends the whole file with validators, long caching and nosniff', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(content)).toBe(true);
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-length']).toBe('1000');
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.etag).toMatch(/^"3e8-[0-9a-f]+"$/);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('answers a seek (a-b), an open range (a-) and a suffix (-n) with 206', async () => {
    const middle = await get({ range: 'bytes=100-199' });
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-range']).toBe('bytes 100-199/1000');
    expect(middle.headers['content-length']).toBe('100');
    expect(middle.rawPayload.equals(content.subarray(100, 200))).toBe(true);

    const rest = await get({ range: 'bytes=900-' });
    expect(rest.headers['content-range']).toBe('bytes 900-999/1000');
    expect(rest.rawPayload.equals(content.subarray(900))).toBe(true);

    const tail = await get({ range: 'bytes=-10' });
    expect(tail.statusCode).toBe(206);
    expect(tail.headers['content-range']).toBe('bytes 990-999/1000');
    expect(tail.rawPayload.equals(content.subarray(990))).toBe(true);

    const past = await get({ range: 'bytes=950-5000' });
    expect(past.headers['content-range']).toBe('bytes 950-999/1000');
    const bigSuffix = await get({ range: 'bytes=-5000' });
    expect(bigSuffix.headers['content-range']).toBe('bytes 0-999/1000');
  });

  it('refuses ranges past the end with 416 and the size', async () => {
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0']) {
      const res = await get({ range });
      expect(res.statusCode, range).toBe(416);
      expect(res.headers['content-range']).toBe('bytes */1000');
      expect(res.rawPayload.length).toBe(0);
    }
    const empty = await get({ range: 'bytes=0-' }, 'GET', 'empty.mp4');
    expect(empty.statusCode).toBe(416);
    expect(empty.headers['content-range']).toBe('bytes */0');
  });

  it('sends the whole file for several ranges, other units and nonsense', async () => {
    for (const range of ['bytes=0-1,5-9', 'items=0-5', 'bytes=9-3', 'bytes=x']) {
      const res = await get({ range });
      expect(res.statusCode, range).toBe(200);
      expect(res.rawPayload.length).toBe(1000);
    }
  });

  it('answers HEAD with the headers and no body, ranges included', async () => {
    const whole = await get({}, 'HEAD');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-length']).toBe('1000');
    expect(whole.rawPayload.length).toBe(0);
    const part = await get({ range: 'bytes=0-9' }, 'HEAD');
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 0-9/1000');
    expect(part.rawPayload.length).toBe(0);
  });

  it('answers 304 when the ETag still matches, and honours If-Range', async () => {
    const { etag } = (await get()).headers as { etag: string };
    const fresh = await get({ 'if-none-match': `"other", W/${etag}` });
    expect(fresh.statusCode).toBe(304);
    expect(fresh.rawPayload.length).toBe(0);
    expect((await get({ 'if-none-match': '"other"' })).statusCode).toBe(200);

    const same = await get({ range: 'bytes=0-9', 'if-range': etag });
    expect(same.statusCode).toBe(206);
    const changed = await get({ range: 'bytes=0-9', 'if-range': '"an-older-version"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.rawPayload.length).toBe(1000);
  });

  it('names a download, and does not cache what may change', async () => {
    const res = await get({}, 'GET', 'empty.mp4');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe('0');
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Clip _t_.mp4"; filename*=UTF-8''Clip%20%C3%A9t%C3%A9.mp4`);
  });

  it('goes to the not-found handler for a path that does not exist or went away', async () => {
    expect((await get({}, 'GET', 'nothing.mp4')).statusCode).toBe(404);
    fs.writeFileSync(path.join(dir, 'gone.mp4'), 'x');
    fs.rmSync(path.join(dir, 'gone.mp4'));
    const gone = await get({ range: 'bytes=0-' }, 'GET', 'gone.mp4');
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe('missing');
  });

  it('answers a file gone since it was described with a plain not-found, not a year-long cached one', async () => {
    const gone = await app.inject({ url: '/gone' });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe('missing');
    expect(gone.headers['cache-control']).toBeUndefined();
    expect(gone.headers.etag).toBeUndefined();
  });
});

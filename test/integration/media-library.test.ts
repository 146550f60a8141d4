import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, findFirst } from '../helpers/html.ts';
import { errorMessage, mediaClient, unexpectedMediaFiles, watchWrites, type MediaClient } from '../helpers/media-client.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { testMediaDir } from '../helpers/test-media.ts';

const image = (width: number, height: number, background = '#e76f51') => sharp({ create: { width, height, channels: 3, background } });

describeEachDatabase('media library', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  const mediaDir = testMediaDir();
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, number>) => translateAdmin('fr', key, values);

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await mediaClient(site, 'editor');
  });
  afterAll(() => site.close());

  it('uploads through the plain form, lists the image with its size and serves only its renditions', async () => {
    const png = await image(1200, 800).png().toBuffer();
    let response = await editor.uploadFile('Été à Genève.png', png, 'image/png');
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/admin\/media\/[0-9a-f-]{36}\?uploaded=1$/);
    const detail = await editor.get(location);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain(fr('media.upload.done'));
    expect(findFirst(parse(detail.body), 'h1')).toBeDefined();
    expect(detail.body).toContain('Été à Genève.png');

    response = await editor.get('/admin/media');
    expect(response.statusCode).toBe(200);
    const doc = parse(response.body);
    const thumbs = findAll(doc, 'img').map((img) => attr(img, 'src')!);
    expect(thumbs).toHaveLength(1);
    expect(thumbs[0]).toMatch(/^\/media\/[0-9a-f]{20}-400\.jpg$/);
    expect(response.body).toContain('1200 × 800 pixels');
    // The upload form: multipart, the token first, a labelled file input, the script deferred.
    const form = findAll(doc, 'form').find((f) => attr(f, 'action') === '/admin/media')!;
    expect(attr(form, 'enctype')).toBe('multipart/form-data');
    expect(attr(findAll(form, 'input')[0]!, 'name')).toBe('_csrf');
    const input = findAll(form, 'input').find((i) => attr(i, 'type') === 'file')!;
    expect(findAll(form, 'label').some((l) => attr(l, 'for') === attr(input, 'id'))).toBe(true);
    const script = findAll(doc, 'script')[0]!;
    expect(attr(script, 'defer')).toBeDefined();
    const served = await site.app.inject({ method: 'GET', url: attr(script, 'src')! });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toContain('javascript');

    const media = await site.app.inject({ method: 'GET', url: thumbs[0]! });
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-type']).toBe('image/jpeg');
    expect(unexpectedMediaFiles(mediaDir)).toEqual([]);
  });

  it('writes in the media folder when it accepts a file (the watch used by the refusal tests sees writes)', async () => {
    const writes = await watchWrites(mediaDir, async () => {
      expect((await editor.uploadFile('blue.png', await image(300, 200, '#264653').png().toBuffer())).statusCode).toBe(303);
    });
    expect(writes.length).toBeGreaterThan(0);
  });

  it('refuses empty, missing, oversized, truncated, corrupt and too-large-in-pixels files with their own message', async () => {
    const jpeg = await image(900, 600).jpeg().toBuffer();
    const corrupt = Buffer.from(await image(300, 300).png().toBuffer()).fill(0x41, 60, 200);
    const oversized = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20 * 1024 * 1024 + 10)]);
    const hugePixels = await image(7000, 7000, '#000').png({ compressionLevel: 9 }).toBuffer();
    const cases: [string, Promise<{ statusCode: number; body: string }>, number, string][] = [
      ['empty file', editor.uploadFile('', Buffer.alloc(0)), 400, fr('media.error.noFile')],
      ['no file part', editor.upload([{ name: '_csrf', value: editor.csrf }]), 400, fr('media.error.noFile')],
      [
        'urlencoded',
        site.app.inject({ method: 'POST', url: '/admin/media', headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(editor.csrf)}` }),
        400,
        fr('media.error.noFile'),
      ],
      ['over 20 MB', editor.uploadFile('big.png', oversized), 413, fr('media.error.tooLarge', { max: 20 })],
      ['truncated JPEG', editor.uploadFile('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2))), 422, fr('media.error.unreadable')],
      ['corrupt PNG', editor.uploadFile('bad.png', corrupt), 422, fr('media.error.unreadable')],
      ['49 megapixels', editor.uploadFile('huge.png', hugePixels), 422, fr('media.error.pixels', { pixels: 40 })],
    ];
    const before = (await site.media.listImages({ limit: 1, offset: 0 })).total;
    for (const [label, pending, status, message] of cases) {
      const response = await pending;
      expect(response.statusCode, label).toBe(status);
      expect(errorMessage(response.body), label).toBe(message);
    }
    expect((await site.media.listImages({ limit: 1, offset: 0 })).total).toBe(before);
    expect(unexpectedMediaFiles(mediaDir)).toEqual([]);
  });

  it('answers a malformed or cut multipart body with 400, never 500, and keeps nothing', async () => {
    const png = await image(200, 100).png().toBuffer();
    const boundary = 'cutcutcut';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${editor.csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
    const cases: [Buffer, number][] = [
      [Buffer.concat([Buffer.from(head), png.subarray(0, 100)]), 400],
      [Buffer.from(head.slice(0, -4)), 400],
      // Not even the token can be read: refused as a forged form.
      [Buffer.from(`--${boundary}\r\ngarbage`), 403],
    ];
    for (const [payload, status] of cases) {
      const response = await site.app.inject({
        method: 'POST',
        url: '/admin/media',
        headers: { cookie: editor.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(response.statusCode).toBe(status);
      if (status === 400) expect(errorMessage(response.body)).toBe(fr('media.error.malformed'));
    }
    expect(unexpectedMediaFiles(mediaDir)).toEqual([]);
  });

  it('takes one file per request: a second file in the same form is ignored', async () => {
    const before = (await site.media.listImages({ limit: 1, offset: 0 })).total;
    const response = await editor.upload([
      { name: '_csrf', value: editor.csrf },
      { name: 'file', filename: 'one.png', body: await image(120, 80, '#111111').png().toBuffer() },
      { name: 'file', filename: 'two.png', body: await image(120, 80, '#222222').png().toBuffer() },
    ]);
    expect(response.statusCode).toBe(303);
    expect((await site.media.listImages({ limit: 1, offset: 0 })).total).toBe(before + 1);
  });
});

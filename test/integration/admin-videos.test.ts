import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { renderDemoClip } from '../../src/modules/video/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';
import { errorMessage, mediaClient, type MediaClient } from '../helpers/media-client.ts';
import { multipartBody, type MultipartPart } from '../helpers/multipart.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The video library of the back office: upload refusals, the list, a video's page and its retry. */
describeEachDatabase('admin video library', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, number>) => translateAdmin('fr', key, values);

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await mediaClient(site, 'editor');
  });
  afterAll(() => site.close());

  const upload = (client: MediaClient, parts: readonly MultipartPart[]): Promise<LightMyRequestResponse> => {
    const body = multipartBody(parts);
    return site.app.inject({ method: 'POST', url: '/admin/videos', headers: { cookie: client.cookie, 'content-type': body.contentType }, payload: body.payload });
  };
  const uploadFile = (client: MediaClient, filename: string, body: Buffer, type: string) =>
    upload(client, [{ name: '_csrf', value: client.csrf }, { name: 'file', filename, type, body }]);
  const total = async () => (await site.video.listVideos({ limit: 1, offset: 0 })).total;

  it('shows editors an upload form that admin-upload.js can follow, and reviewers only the list', async () => {
    const page = await editor.get('/admin/videos');
    expect(page.statusCode).toBe(200);
    const form = findAll(parse(page.body), 'form').find((f) => attr(f, 'action') === '/admin/videos')!;
    expect(form).toBeDefined();
    expect(attr(form, 'enctype')).toBe('multipart/form-data');
    expect(attr(form, 'data-upload')).toBe('');
    expect(attr(findAll(form, 'input')[0]!, 'name')).toBe('_csrf');
    expect(attr(findAll(form, 'input').find((i) => attr(i, 'type') === 'file')!, 'accept')).toBe('video/mp4,video/webm,video/quicktime');
    expect(findAll(form, 'progress')).toHaveLength(1);
    expect(page.body).toContain('href="/admin/videos"');

    const reviewer = await mediaClient(site, 'reviewer');
    const list = await reviewer.get('/admin/videos');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('action="/admin/videos"');
  });

  it('tells when ffmpeg is missing, and only then', async () => {
    const tools = await site.video.tools();
    const page = await editor.get('/admin/videos');
    expect(page.body.includes(fr('video.tools.missing'))).toBe(!tools.ffmpeg || !tools.ffprobe);
  });

  it('refuses a PNG with 415 and a clear message, and a form without file with 400, storing nothing', async () => {
    const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#2a9d8f' } }).png().toBuffer();
    const before = await total();
    for (const [name, type] of [['photo.png', 'image/png'], ['clip.mp4', 'video/mp4']] as const) {
      const response = await uploadFile(editor, name, png, type);
      expect(response.statusCode, name).toBe(415);
      expect(errorMessage(response.body), name).toBe(fr('video.error.type'));
    }
    const empty = await upload(editor, [{ name: '_csrf', value: editor.csrf }]);
    expect(empty.statusCode).toBe(400);
    expect(errorMessage(empty.body)).toBe(fr('video.error.noFile'));
    const emptyFile = await uploadFile(editor, 'empty.mp4', Buffer.alloc(0), 'video/mp4');
    expect(emptyFile.statusCode).toBe(400);
    expect(errorMessage(emptyFile.body)).toBe(fr('video.error.noFile'));
    expect(await total()).toBe(before);
  });

  it('refuses uploads without the form token or the permission', async () => {
    const translator = await mediaClient(site, 'translator', ['en']);
    const file = { name: 'file', filename: 'clip.mp4', type: 'video/mp4', body: Buffer.from('not a video') };
    expect((await upload(editor, [file])).statusCode).toBe(403);
    expect((await upload(editor, [file, { name: '_csrf', value: editor.csrf }])).statusCode).toBe(403);
    expect((await upload(translator, [{ name: '_csrf', value: translator.csrf }, file])).statusCode).toBe(403);
  });

  it('answers 404 for an unknown video, on its page and its retry', async () => {
    expect((await editor.get('/admin/videos/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await editor.get('/admin/videos/..%2F..%2Fetc')).statusCode).toBe(404);
    const retry = await site.app.inject({
      method: 'POST',
      url: '/admin/videos/00000000-0000-4000-8000-000000000000/retry',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(editor.csrf)}`,
    });
    expect(retry.statusCode).toBe(404);
  });

  it('stores a real MP4, then shows its page with a preview, its status and a Refresh link', async (ctx) => {
    const tools = await site.video.tools();
    if (!tools.ffmpeg) ctx.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-admin-video-'));
    try {
      const file = path.join(dir, 'clip.mp4');
      await renderDemoClip(file, { seconds: 1, label: 'test', hue: 120, frequency: 440 });
      const response = await uploadFile(editor, 'Témoignage de Amina.mp4', fs.readFileSync(file), 'video/mp4');
      expect(response.statusCode).toBe(303);
      const location = String(response.headers.location);
      expect(location).toMatch(/^\/admin\/videos\/[A-Za-z0-9-]+\?uploaded=1$/);
      const page = await editor.get(location);
      expect(page.statusCode).toBe(200);
      const doc = parse(page.body);
      const video = findAll(doc, 'video')[0]!;
      expect(attr(video, 'controls')).toBeDefined();
      expect(attr(video, 'preload')).toBe('none');
      const id = location.split('/')[3]!.split('?')[0]!;
      // Previews come from the back office: the public path serves only videos of published stories.
      const sources = findAll(video, 'source').map((s) => attr(s, 'src') ?? '');
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src.startsWith(`/admin/videos/${id}/files/`)).toBe(true);
        const preview = await editor.get(src);
        expect(preview.statusCode).toBe(200);
        expect(preview.headers['cache-control']).toBe('private, no-store');
        const name = src.split('/').at(-1)!;
        expect((await site.app.inject({ method: 'GET', url: `/media/video/${name}` })).statusCode).toBe(404);
      }
      expect((await editor.get(`/admin/videos/${id}/files/not-a-file.mp4`)).statusCode).toBe(404);
      expect(page.body).toContain(fr('video.upload.done'));
      const asset = await site.video.getVideo(id);
      if (asset.status === 'queued' || asset.status === 'processing') {
        const refresh = findAll(doc, 'a').find((a) => textOf(a) === fr('video.detail.refresh'));
        expect(attr(refresh!, 'href')).toBe(`/admin/videos/${id}`);
      }
      expect(page.body).not.toContain('http-equiv="refresh"');
      const list = await editor.get('/admin/videos');
      expect(list.body).toContain(`href="/admin/videos/${id}"`);
      expect(list.body).toContain(fr(`video.status.${asset.status}`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { attackPath, readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlNode } from '../helpers/html.ts';
import { errorMessage, mediaClient, mediaFiles, unexpectedMediaFiles, watchWrites, type MediaClient } from '../helpers/media-client.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { testMediaDir } from '../helpers/test-media.ts';

/**
 * Hostile uploads through POST /admin/media: every SVG and WebVTT attack file, every evil file
 * name, and requests without the right form token. Each gets a clear 4xx or is stored inert;
 * nothing is written outside the media folder and nothing is left in `.incoming/`.
 */
const ATTACKS = attackPath();
const attackFiles = (folder: string, ext: RegExp) =>
  fs.readdirSync(path.join(ATTACKS, folder)).filter((f) => ext.test(f)).sort().map((f) => path.join(ATTACKS, folder, f));
const SVG_FILES = attackFiles('svg', /\.svgz?$/);
const VTT_FILES = attackFiles('webvtt', /\.vtt$/);

/** evil-filenames.txt, with \0 \r \n \t written out in the section that asks for it. */
function evilFilenames(): string[] {
  const names: string[] = [];
  let decode = false;
  for (const line of fs.readFileSync(path.join(ATTACKS, 'evil-filenames.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#@')) {
      if (line.includes('===')) decode = line.includes('decode escapes');
      continue;
    }
    if (line === '') continue;
    names.push(decode ? line.replace(/\\0/g, '\0').replace(/\\r/g, '\r').replace(/\\n/g, '\n').replace(/\\t/g, '\t') : line);
  }
  return names;
}

describeEachDatabase('media upload attacks', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  let png: Buffer;
  const mediaDir = testMediaDir();
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, number>) => translateAdmin('fr', key, values);

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await mediaClient(site, 'editor');
    png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a9d8f' } }).png().toBuffer();
  });
  afterAll(() => site.close());
  const total = async () => (await site.media.listImages({ limit: 1, offset: 0 })).total;

  it('refuses an upload without the right form token, from another site or without the permission, before writing a byte', async () => {
    const translator = await mediaClient(site, 'translator', ['en']);
    const file = { name: 'file', filename: 'photo.png', type: 'image/png', body: png };
    const before = await total();
    const statuses: number[] = [];
    const writes = await watchWrites(mediaDir, async () => {
      for (const response of [
        await editor.upload([file]),
        await editor.upload([{ name: '_csrf', value: 'wrong' }, file]),
        await editor.upload([{ name: '_csrf', value: `${editor.csrf.slice(0, -1)}${editor.csrf.endsWith('A') ? 'B' : 'A'}` }, file]),
        // The token after the file would need the file read first: refused.
        await editor.upload([file, { name: '_csrf', value: editor.csrf }]),
        await editor.upload([{ name: '_csrf', value: editor.csrf }, file], { headers: { 'sec-fetch-site': 'cross-site' } }),
        await editor.upload([{ name: '_csrf', value: editor.csrf }, file], { headers: { origin: 'https://evil.example' } }),
        await translator.upload([{ name: '_csrf', value: translator.csrf }, file]),
        await site.app.inject({ method: 'POST', url: '/admin/media', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' }),
      ]) {
        statuses.push(response.statusCode);
      }
    });
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(writes).toEqual([]);
    expect(await total()).toBe(before);
  });

  it(`refuses the ${SVG_FILES.length} SVG and ${VTT_FILES.length} WebVTT attack files, under their names or disguised as JPEG`, async () => {
    const before = mediaFiles(mediaDir);
    const outcomes = new Map<string, number>();
    for (const file of [...SVG_FILES, ...VTT_FILES]) {
      const body = fs.readFileSync(file);
      const declared = file.endsWith('.vtt') ? 'text/vtt' : 'image/svg+xml';
      for (const [name, type] of [[path.basename(file), declared], ['photo.jpg', 'image/jpeg']] as const) {
        const response = await editor.uploadFile(name, body, type);
        outcomes.set(`${response.statusCode}`, (outcomes.get(`${response.statusCode}`) ?? 0) + 1);
        expect(response.statusCode, `${path.basename(file)} as ${name}`).toBe(415);
        expect(errorMessage(response.body), path.basename(file)).toBe(fr('media.error.type'));
      }
    }
    expect(Object.fromEntries(outcomes)).toEqual({ 415: 2 * (SVG_FILES.length + VTT_FILES.length) });
    expect(mediaFiles(mediaDir)).toEqual(before);
  });

  it('stores every evil file name inert (content-hash files, cleaned display name) or refuses it clearly', async () => {
    const names = evilFilenames();
    expect(names.length).toBeGreaterThan(200);
    const outside = [process.cwd(), os.tmpdir(), path.dirname(mediaDir)];
    const beforeOutside = new Set(outside.flatMap((dir) => fs.readdirSync(dir).map((f) => path.join(dir, f))));
    const counts = { stored: 0, refused: 0 };
    const stored: string[] = [];
    for (const [rawNames, list] of [[false, names], [true, names.filter((n) => /["\r\n]/.test(n))]] as const) {
      for (const name of list) {
        const response = await editor.upload([{ name: '_csrf', value: editor.csrf }, { name: 'file', filename: name, type: 'image/png', body: png }], { rawNames });
        const label = `${rawNames ? 'raw ' : ''}${JSON.stringify(name).slice(0, 80)}`;
        if (response.statusCode === 303) {
          counts.stored++;
          const id = /^\/admin\/media\/([0-9a-f-]{36})\?uploaded=1$/.exec(String(response.headers.location))?.[1];
          expect(id, label).toBeDefined();
          const image = await site.media.getImage(id!);
          expect(image.displayName, label).not.toMatch(/[/\\\p{Cc}\p{Cf}\u2028\u2029]/u);
          expect(Array.from(image.displayName).length, label).toBeLessThanOrEqual(120);
          stored.push(id!);
        } else {
          counts.refused++;
          expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, label).toBeLessThan(500);
          expect(errorMessage(response.body) ?? response.body, label).toMatch(/\S/);
        }
      }
    }
    console.info(`evil file names: ${counts.stored} stored inert, ${counts.refused} refused`);
    expect(counts.stored + counts.refused).toBeGreaterThan(names.length);
    expect(unexpectedMediaFiles(mediaDir)).toEqual([]);

    // Nothing named after an upload appeared beside the media folder, in the working directory or in /tmp.
    const afterOutside = outside.flatMap((dir) => fs.readdirSync(dir).map((f) => path.join(dir, f)));
    const shown = new Set((await site.media.findImages(stored)).map((image) => image.displayName));
    expect(afterOutside.filter((f) => !beforeOutside.has(f) && (shown.has(path.basename(f)) || names.includes(path.basename(f))))).toEqual([]);

    // The library and every detail page still render, and none of the names became markup.
    const pages: string[] = [];
    for (let page = 1; ; page++) {
      const response = await editor.get(`/admin/media?page=${page}`);
      expect(response.statusCode).toBe(200);
      pages.push(response.body);
      if (!response.body.includes('rel="next"')) break;
    }
    for (const id of stored) {
      const response = await editor.get(`/admin/media/${id}`);
      expect(response.statusCode).toBe(200);
      pages.push(response.body);
    }
    const listed = new Set<string>();
    for (const html of pages) {
      const doc = parse(html);
      expectNoInjectedMarkup(doc);
      for (const span of findAll(doc, 'span').filter((el) => attr(el, 'class') === 'media-card__name')) listed.add(textOf(span));
    }
    // Every name is shown, as text.
    for (const name of shown) expect(listed.has(name), name).toBe(true);
  });
});

/** Only the layout's own external scripts (upload, focal-point picker), no inline handlers, no active elements, images only from the media route. */
function expectNoInjectedMarkup(doc: HtmlNode) {
  for (const script of findAll(doc, 'script')) {
    expect(attr(script, 'src'), 'a script without src').toMatch(/^\/assets\/admin-(?:upload|focal-point)\.[0-9a-f]{12}\.js$/);
    expect(script.childNodes).toEqual([]);
  }
  for (const tag of ['svg', 'iframe', 'object', 'embed', 'style', 'base']) expect(findAll(doc, tag), tag).toEqual([]);
  const handlers: string[] = [];
  const visit = (node: HtmlNode): void => {
    if ('attrs' in node) handlers.push(...node.attrs.filter((a) => a.name.startsWith('on')).map((a) => `${node.nodeName} ${a.name}`));
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(doc);
  expect(handlers).toEqual([]);
  for (const img of findAll(doc, 'img')) expect(attr(img, 'src')).toMatch(/^\/media\/[0-9a-f]{20}-\d+\.jpg$/);
}

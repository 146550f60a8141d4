import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { SYSTEM_ACTOR as actor, textFingerprint, translationStates } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';
import { errorMessage, mediaClient, type MediaClient } from '../helpers/media-client.ts';
import { multipartBody, type MultipartPart } from '../helpers/multipart.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { attackPath } from '../helpers/attacks.ts';

/** Captions upload per story translation, the tracks overview, and "captions missing" in the translators' queue. */
const ATTACKS = attackPath('webvtt');

const SRT = `1
00:00:01,000 --> 00:00:03,500
Je suis arrivée à Lyon en 2019.

2
00:00:04,000 --> 00:00:06,000
<b>Tout</b> était nouveau.
`;

const VTT_WITH_STYLE = `WEBVTT

STYLE
::cue { color: red; background: url(https://evil.example/x) }

00:00:01.000 --> 00:00:02.000
I arrived in Lyon in 2019.
`;

describeEachDatabase('admin captions upload', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  let storyId: string;
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, string | number>) => translateAdmin('fr', key, values);
  const url = (locale: string, id = storyId) => `/admin/documents/${id}/translations/${locale}/captions`;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await mediaClient(site, 'editor');
    const story = await site.content.service.createDocument({ type: 'story', fields: { originCountry: 'SY', residenceCountry: 'FR' }, actor });
    storyId = story.id;
    await site.content.service.saveTranslation({ documentId: story.id, locale: 'fr', expectedVersion: 0, translation: { slug: 'amina', title: 'Amina', summary: 'Arrivée à Lyon' }, actor });
    await site.content.service.saveTranslation({ documentId: story.id, locale: 'en', expectedVersion: 0, translation: { slug: 'amina', title: 'Amina', summary: 'Arriving in Lyon' }, actor });
  });
  afterAll(() => site.close());

  const send = (client: MediaClient, target: string, parts: readonly MultipartPart[]): Promise<LightMyRequestResponse> => {
    const body = multipartBody(parts);
    return site.app.inject({ method: 'POST', url: target, headers: { cookie: client.cookie, 'content-type': body.contentType }, payload: body.payload });
  };
  const uploadTrack = (client: MediaClient, locale: string, track: string, filename: string, body: Buffer | string, version: number) =>
    send(client, url(locale), [
      { name: '_csrf', value: client.csrf },
      { name: 'expectedVersion', value: String(version) },
      { name: 'track', value: track },
      { name: 'file', filename, type: 'application/octet-stream', body: Buffer.from(body) },
    ]);
  const translation = async (locale: 'fr' | 'en' | 'es' | 'ar') => (await site.content.service.findTranslation(storyId, locale))!;

  it('stores a valid SRT as WebVTT in the translation’s captions, leaving every other field as it was', async () => {
    const before = await translation('fr');
    const response = await uploadTrack(editor, 'fr', 'captions', 'amina.srt', SRT, before.version);
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toMatch(new RegExp(`^${url('fr')}\\?done=captions&cues=2`));
    const after = await translation('fr');
    expect(after.version).toBe(before.version + 1);
    const stored = String(after.fields.captions);
    expect(stored.startsWith('WEBVTT')).toBe(true);
    expect(stored).toContain('00:00:01.000 --> 00:00:03.500');
    expect(stored).toContain('Je suis arrivée à Lyon en 2019.');
    expect({ ...after, fields: {}, version: 0, updatedAt: '' }).toEqual({ ...before, fields: {}, version: 0, updatedAt: '' });
    const page = await editor.get(String(response.headers.location));
    expect(page.body).toContain(fr('captionsPage.done', { count: 2 }));
    expect(page.body).toContain('Je suis arrivée à Lyon en 2019.');
    const download = await editor.get(`${url('fr')}/captions`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(download.body).toBe(stored);
    const audit = await site.audit.list({ documentId: storyId, limit: 10 });
    expect(audit.entries.map((e) => e.action)).toContain('captions.uploaded');
  });

  it('refuses a file with bad timestamps, listing each problem by line, and stores nothing', async () => {
    const file = fs.readFileSync(path.join(ATTACKS, '04-huge-negative-and-inverted-timestamps.vtt'));
    const before = await translation('en');
    const response = await uploadTrack(editor, 'en', 'captions', 'bad.vtt', file, before.version);
    expect(response.statusCode).toBe(422);
    expect(errorMessage(response.body)).toBe(fr('captionsPage.problems'));
    const items = findAll(parse(response.body), 'ul').find((ul) => attr(ul, 'data-caption-problems') !== undefined)!;
    const lines = findAll(items, 'li').map((li) => textOf(li));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^Ligne \d+ : /);
    expect(lines.some((l) => l.startsWith('Ligne 4 : '))).toBe(true);
    expect(await translation('en')).toEqual(before);
  });

  it('escapes what the file says in the problem list', async () => {
    const before = await translation('en');
    const response = await uploadTrack(editor, 'en', 'captions', 'x.vtt', 'WEBVTT\n\n<script>alert(1)</script> --> 00:00:02.000\nhi\n', before.version);
    expect(response.statusCode).toBe(422);
    expect(response.body).not.toContain('<script>alert(1)');
    expect(await translation('en')).toEqual(before);
  });

  it('shows warnings (STYLE block dropped) after a successful upload of a description track', async () => {
    const before = await translation('en');
    const response = await uploadTrack(editor, 'en', 'descriptions', 'desc.vtt', VTT_WITH_STYLE, before.version);
    expect(response.statusCode).toBe(303);
    const after = await translation('en');
    expect(String(after.fields.descriptions)).not.toContain('STYLE');
    expect(after.fields.captions).toBeUndefined();
    const page = await editor.get(String(response.headers.location));
    expect(page.body).toContain(fr('captionsPage.warnings'));
    expect(page.body).toContain(fr('captions.problem.style-block', { line: 3 }));
  });

  it('leaves an outdated translation outdated: captions alone do not bring its text up to the source', async () => {
    const source = await translation('fr');
    await site.content.service.saveTranslation({
      documentId: storyId,
      locale: 'fr',
      expectedVersion: source.version,
      translation: { slug: source.slug, title: source.title, summary: 'Arrivée à Lyon, en hiver', body: source.body, fields: source.fields },
      actor,
    });
    const stateOfEn = async () => translationStates([await translation('fr'), await translation('en')], ['fr', 'en'], textFingerprint).en;
    expect(await stateOfEn()).toBe('outdated');
    const response = await uploadTrack(editor, 'en', 'descriptions', 'amina.vtt', VTT_WITH_STYLE, (await translation('en')).version);
    expect(response.statusCode).toBe(303);
    expect(await stateOfEn()).toBe('outdated');
  });

  it('refuses a save made on an old version, with the conflict message', async () => {
    const current = await translation('fr');
    const response = await uploadTrack(editor, 'fr', 'captions', 'amina.srt', SRT, current.version - 1);
    expect(response.statusCode).toBe(409);
    expect(errorMessage(response.body)).toBe(fr('captionsPage.conflict'));
    expect((await translation('fr')).version).toBe(current.version);
  });

  it('says when the translation does not exist yet, with a link to create it', async () => {
    const page = await editor.get(url('es'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/admin/documents/${storyId}/es"`);
    expect(page.body).not.toContain('enctype="multipart/form-data"');
  });

  it('lets a translator work only on the locales assigned to them', async () => {
    const translator = await mediaClient(site, 'translator', ['en']);
    expect((await translator.get(url('en'))).statusCode).toBe(200);
    expect((await translator.get(url('ar'))).statusCode).toBe(403);
    expect((await translator.get(url('fr'))).statusCode).toBe(403);
    const before = await translation('fr');
    const refused = await uploadTrack(translator, 'fr', 'captions', 'amina.srt', SRT, before.version);
    expect(refused.statusCode).toBe(403);
    expect(await translation('fr')).toEqual(before);
    expect((await editor.get(url('fr', 'no-such-document'))).statusCode).toBe(404);
  });

  it('marks captions missing in the tracks table and in the translators’ queue', async () => {
    // The source (fr) has captions; en has only descriptions.
    const page = await editor.get(url('fr'));
    const cells = findAll(parse(page.body), 'td').filter((td) => attr(td, 'data-track-state') !== undefined).map((td) => attr(td, 'data-track-state'));
    expect(cells).toEqual(['source', 'none', 'missing', 'current', 'noTranslation', 'noTranslation', 'noTranslation', 'noTranslation']);

    const translator = await mediaClient(site, 'translator', ['en']);
    const queue = await translator.get('/admin/translations');
    expect(queue.statusCode).toBe(200);
    const tag = findAll(parse(queue.body), 'a').find((a) => attr(a, 'data-missing-track') === 'captions');
    expect(tag).toBeDefined();
    expect(textOf(tag!)).toBe(fr('translations.missing.captions'));
    expect(attr(tag!, 'href')).toBe(url('en'));

    const rows = await site.content.service.listTranslationRows();
    expect(rows.find((r) => r.documentId === storyId)!.missingTracks).toEqual({ en: ['captions'], es: ['captions'], ar: ['captions'] });
  });

  it('links to the captions page from the story and from its translation editor', async () => {
    const overview = await editor.get(`/admin/documents/${storyId}`);
    expect(overview.body).toContain(`href="${url('en')}"`);
    const edit = await editor.get(`/admin/documents/${storyId}/en`);
    expect(edit.body).toContain(`href="${url('en')}"`);
  });
});

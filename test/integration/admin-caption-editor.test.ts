import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { parseCaptions } from '../../src/modules/captions/index.ts';
import { SYSTEM_ACTOR as actor } from '../../src/modules/content/index.ts';
import { encodeForm, type FormFields } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';
import { errorMessage, mediaClient, type MediaClient } from '../helpers/media-client.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** Captions written in the browser: the editor's saves, the cue-by-cue translation and its states, downloads. */

/** A textarea's text as sent, line breaks kept (textOf collapses white space). */
function textareaValue(html: string, name: string): string {
  const node = findAll(parse(html), 'textarea').find((t) => attr(t, 'name') === name) as unknown as { childNodes: { value?: string }[] };
  return node.childNodes.map((c) => c.value ?? '').join('');
}

const SOURCE = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nJe suis arrivée à Lyon.\n\n00:00:04.000 --> 00:00:06.000\nTout était nouveau &amp; étrange.\n';

describeEachDatabase('caption editor', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  let storyId: string;
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, string | number>) => translateAdmin('fr', key, values);
  const base = (locale: string, track = 'captions') => `/admin/documents/${storyId}/translations/${locale}/captions/${track}`;
  const post = (client: MediaClient, url: string, form: FormFields) =>
    site.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: encodeForm({ _csrf: client.csrf, ...form }) });
  const translation = async (locale: 'fr' | 'en' | 'es') => (await site.content.service.findWorkingCopy(storyId, locale))!.text;
  const states = async (locale: string) => (await site.content.captionTracks.trackStates(storyId, [locale], ['captions']))[locale]?.['captions'];

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await mediaClient(site, 'editor');
    const story = await site.content.service.createDocument({ type: 'story', fields: { originCountry: 'SY', residenceCountry: 'FR' }, actor });
    storyId = story.id;
    await site.content.service.saveTranslation({ documentId: story.id, locale: 'fr', expectedVersion: 0, translation: { slug: 'amina', title: 'Amina', summary: 'Arrivée', fields: { captions: SOURCE } }, actor });
    await site.content.service.saveTranslation({ documentId: story.id, locale: 'en', expectedVersion: 0, translation: { slug: 'amina', title: 'Amina', summary: 'Arriving' }, actor });
  });
  afterAll(() => site.close());

  it('shows the track as WebVTT text in a labelled textarea, with the editor script and both downloads', async () => {
    const page = await editor.get(`${base('fr')}/edit`);
    expect(page.statusCode).toBe(200);
    expect(textareaValue(page.body, 'vtt')).toBe(SOURCE);
    expect(page.body).toContain(`<label for="caption-text">${fr('captionEditor.text.label')}</label>`);
    expect(page.body).toMatch(/<script src="\/assets\/admin-caption-editor\.[0-9a-f]{12}\.js"/);
    expect(page.body).toContain(`href="${base('fr')}/srt"`);
    expect(page.body).toContain('role="status"');
  });

  it('saves a track from text, with its audit entry, and says how many cues it has', async () => {
    const before = await translation('fr');
    const text = SOURCE.replace('Lyon.', 'Lyon en 2019.');
    const response = await post(editor, `${base('fr')}/edit`, { vtt: text, expectedVersion: String(before.version) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${base('fr')}/edit?saved=2`);
    const after = await translation('fr');
    expect(after.fields.captions).toBe(text);
    expect(after.title).toBe(before.title);
    expect((await editor.get(String(response.headers.location))).body).toContain(fr('captionEditor.saved', { count: 2 }));
    const audit = await site.audit.list({ documentId: storyId, limit: 5 });
    expect(audit.entries[0]).toMatchObject({ action: 'captions.edited', details: { track: 'captions', cues: 2, via: 'editor' } });
  });

  it('refuses text with problems, listing each by line, and sends the text back as typed', async () => {
    const before = await translation('fr');
    const broken = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nok <script>\n\n00:00:05.000 --> 00:00:04.000\nbackwards\n';
    const response = await post(editor, `${base('fr')}/edit`, { vtt: broken, expectedVersion: String(before.version) });
    expect(response.statusCode).toBe(422);
    const problems = findAll(parse(response.body), 'li').filter((li) => attr(li, 'data-line') !== undefined);
    expect(problems.map((li) => attr(li, 'data-line'))).toEqual(['6']);
    expect(textOf(problems[0]!)).toBe(fr('captions.problem.time-order', { line: 6, detail: '00:00:05.000 --> 00:00:04.000' }));
    expect(textareaValue(response.body, 'vtt')).toBe(broken);
    expect(response.body).not.toContain('<script>\n');
    expect(await translation('fr')).toEqual(before);
  });

  it('refuses a save made on a stale version and keeps the text, with the current version for the next try', async () => {
    const current = await translation('fr');
    const mine = SOURCE.replace('nouveau', 'neuf');
    const response = await post(editor, `${base('fr')}/edit`, { vtt: mine, expectedVersion: String(current.version - 1) });
    expect(response.statusCode).toBe(409);
    expect(errorMessage(response.body)).toBe(fr('captionEditor.conflict'));
    expect(textareaValue(response.body, 'vtt')).toBe(mine);
    const version = findAll(parse(response.body), 'input').find((i) => attr(i, 'name') === 'expectedVersion');
    expect(attr(version!, 'value')).toBe(String(current.version));
    expect((await translation('fr')).fields.captions).toBe(current.fields.captions);
  });

  it('translates cue by cue with the source timings, then marks the track outdated once the source changes', async () => {
    expect(await states('en')).toBe('missing');
    const page = await editor.get(`${base('en')}/translate`);
    expect(page.statusCode).toBe(200);
    const rows = () => findAll(parse(page.body), 'tr').filter((tr) => attr(tr, 'data-cue-state') !== undefined);
    expect(rows().map((tr) => attr(tr, 'data-cue-state'))).toEqual(['missing', 'missing']);
    expect(page.body).toContain(`<label class="visually-hidden" for="cue-0">${fr('captionEditor.translate.cueLabel', { number: 1 })}</label>`);
    const fingerprint = attr(findAll(parse(page.body), 'input').find((i) => attr(i, 'name') === 'sourceFingerprint')!, 'value')!;

    const en = await translation('en');
    const saved = await post(editor, `${base('en')}/translate`, { expectedVersion: String(en.version), sourceFingerprint: fingerprint, 'cue.0': 'I arrived in Lyon in 2019.', 'cue.1': '' });
    expect(saved.statusCode).toBe(303);
    const stored = parseCaptions(String((await translation('en')).fields.captions));
    expect(stored.ok && stored.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([[1000, 3500, 'I arrived in Lyon in 2019.']]);
    expect(await states('en')).toBe('current');
    const after = await editor.get(`${base('en')}/translate`);
    expect(findAll(parse(after.body), 'tr').filter((tr) => attr(tr, 'data-cue-state') !== undefined).map((tr) => attr(tr, 'data-cue-state'))).toEqual(['current', 'missing']);

    // The source's first cue changes: the translated track, and that cue, are to review.
    const source = await translation('fr');
    const changed = String(source.fields.captions).replace('Je suis arrivée', 'Moi, je suis arrivée');
    expect((await post(editor, `${base('fr')}/edit`, { vtt: changed, expectedVersion: String(source.version) })).statusCode).toBe(303);
    expect(await states('en')).toBe('outdated');
    const review = await editor.get(`${base('en')}/translate`);
    expect(findAll(parse(review.body), 'tr').filter((tr) => attr(tr, 'data-cue-state') !== undefined).map((tr) => attr(tr, 'data-cue-state'))).toEqual(['outdated', 'missing']);
    const overview = await editor.get(`/admin/documents/${storyId}/translations/fr/captions`);
    const cells = findAll(parse(overview.body), 'td').filter((td) => attr(td, 'data-track-state') !== undefined).map((td) => attr(td, 'data-track-state'));
    expect(cells.slice(0, 4)).toEqual(['source', 'none', 'outdated', 'none']);

    // A save made from the old source cues is refused, the typed texts kept; from the new ones it is current again.
    const stale = await post(editor, `${base('en')}/translate`, { expectedVersion: String((await translation('en')).version), sourceFingerprint: fingerprint, 'cue.0': 'I, too, arrived.' });
    expect(stale.statusCode).toBe(409);
    expect(errorMessage(stale.body)).toBe(fr('captionEditor.sourceChanged'));
    expect(stale.body).toContain('I, too, arrived.');
    const fresh = attr(findAll(parse(stale.body), 'input').find((i) => attr(i, 'name') === 'sourceFingerprint')!, 'value')!;
    const version = attr(findAll(parse(stale.body), 'input').find((i) => attr(i, 'name') === 'expectedVersion')!, 'value')!;
    expect((await post(editor, `${base('en')}/translate`, { expectedVersion: version, sourceFingerprint: fresh, 'cue.0': 'I, too, arrived.', 'cue.1': 'All was new.' })).statusCode).toBe(303);
    expect(await states('en')).toBe('current');
  });

  it('downloads a track as WebVTT and as SubRip, as attachments with their types', async () => {
    const vtt = await editor.get(`${base('en')}/vtt`);
    expect(vtt.statusCode).toBe(200);
    expect(vtt.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(vtt.headers['content-disposition']).toBe('attachment; filename="amina.en.captions.vtt"');
    expect(vtt.body).toBe(String((await translation('en')).fields.captions));
    const srt = await editor.get(`${base('en')}/srt`);
    expect(srt.statusCode).toBe(200);
    expect(srt.headers['content-type']).toBe('application/x-subrip; charset=utf-8');
    expect(srt.headers['content-disposition']).toBe('attachment; filename="amina.en.captions.srt"');
    expect(srt.body).toBe('1\r\n00:00:01,000 --> 00:00:03,500\r\nI, too, arrived.\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\nAll was new.\r\n');
    expect((await editor.get(`${base('es')}/srt`)).statusCode).toBe(404);
    expect((await editor.get(`${base('fr', 'nothing')}/vtt`)).statusCode).toBe(404);
    expect((await site.app.inject({ method: 'GET', url: `${base('en')}/srt` })).statusCode).not.toBe(200);
  });

  it('lets a translator edit and translate only the locales assigned to them, and needs the form token', async () => {
    const translator = await mediaClient(site, 'translator', ['en']);
    expect((await translator.get(`${base('en')}/edit`)).statusCode).toBe(200);
    expect((await translator.get(`${base('en')}/translate`)).statusCode).toBe(200);
    expect((await translator.get(`${base('fr')}/edit`)).statusCode).toBe(403);
    const fr = await translation('fr');
    const refused = await post(translator, `${base('fr')}/edit`, { vtt: SOURCE, expectedVersion: String(fr.version) });
    expect(refused.statusCode).toBe(403);
    expect(await translation('fr')).toEqual(fr);
    const en = await translation('en');
    const noToken = await site.app.inject({ method: 'POST', url: `${base('en')}/edit`, headers: { cookie: translator.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: encodeForm({ vtt: SOURCE, expectedVersion: String(en.version) }) });
    expect(noToken.statusCode).toBe(403);
    expect(await translation('en')).toEqual(en);
    // The source has no translate view, and a type's unknown track no editor.
    expect((await editor.get(`${base('fr')}/translate`)).statusCode).toBe(404);
    expect((await editor.get(`${base('en', 'transcript')}/edit`)).statusCode).toBe(404);
  });
});

import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { CONTENT_INVALID } from '../../src/modules/content/index.ts';
import { renderDemoPdf } from '../../src/modules/demo/index.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement } from '../helpers/html.ts';
import { errorMessage, mediaClient, type MediaClient } from '../helpers/media-client.ts';
import { multipartBody, type MultipartPart } from '../helpers/multipart.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const MAX = 64 * 1024;
const PDF = renderDemoPdf({ title: 'Essai', paragraphs: ['Un fichier de test.'], lang: 'fr' });
const PAGE_FR = '/fr/donnees-et-recherche/publications/les-migrations-dans-le-monde-l-essentiel-2019';
const PAGE_EN = '/en/data-and-research/publications/migration-in-the-world-key-points-2019';

/** Publications: the demo's pages and PDFs, the file route's headers, and the files library's refusals. */
describeEachDatabase('publications', (dialect) => {
  let site: TestSite;
  let editor: MediaClient;
  const fr = (key: Parameters<typeof translateAdmin>[1], values?: Record<string, number>) => translateAdmin('fr', key, values);

  beforeAll(async () => {
    site = await buildTestSite(dialect, { fileMaxUploadBytes: MAX });
    editor = await mediaClient(site, 'editor');
  }, 120_000);
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const downloads = async (url: string): Promise<HtmlElement[]> => {
    const page = await get(url);
    expect(page.statusCode).toBe(200);
    const section = findAll(parse(page.body), 'section').find((s) => attr(s, 'class') === 'publication__downloads')!;
    return findAll(section, 'a');
  };
  const upload = (parts: readonly MultipartPart[], options: { rawNames?: boolean } = {}) => {
    const body = multipartBody(parts, options);
    return site.app.inject({ method: 'POST', url: '/admin/files', headers: { cookie: editor.cookie, 'content-type': body.contentType }, payload: body.payload });
  };
  const uploadFile = (filename: string, body: Buffer, options: { rawNames?: boolean } = {}) =>
    upload([{ name: '_csrf', value: editor.csrf }, { name: 'file', filename, type: 'application/pdf', body }], options);
  const total = async () => (await site.files.listFiles({ limit: 1, offset: 0 })).total;

  it('offers one download per published language, named in its own language, with its size in the reader’s', async () => {
    const links = await downloads(PAGE_FR);
    expect(links.map((a) => attr(a, 'hreflang'))).toEqual(['fr', 'en', 'es']);
    for (const a of links) {
      expect(attr(a, 'type')).toBe('application/pdf');
      expect(attr(a, 'href')).toMatch(/^\/media\/files\/[0-9a-f]{64}\.pdf$/);
      // The name a static export (no Content-Disposition there) downloads it under.
      expect(attr(a, 'download')).toMatch(/^[a-z0-9-]+\.pdf$/);
      const language = findAll(a, 'span').find((s) => attr(s, 'class') === 'publication__language')!;
      expect(attr(language, 'lang')).toBe(attr(a, 'hreflang'));
    }
    expect(links.map((a) => textOf(a).replace(/\s+/g, ' ').trim())).toEqual(['Français PDF, 2 ko', 'English PDF, 2 ko', 'Español PDF, 2 ko']);
    // The reader's language first; sizes as English writes them.
    const english = await downloads(PAGE_EN);
    expect(english.map((a) => attr(a, 'hreflang'))).toEqual(['en', 'fr', 'es']);
    expect(textOf(english[0]!)).toContain('PDF, 2 kB');
    const page = await get(PAGE_FR);
    expect(page.body).toContain('<time datetime="2019-12-02">Publié le 2 décembre 2019</time>');
  });

  it('gives API readers each language’s file with its address, type and size', async () => {
    const response = await get(`/api/v1/pages/fr?path=${encodeURIComponent(PAGE_FR.slice('/fr/'.length))}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as { fields: { translatable: Record<string, unknown> }; downloads: { locale: string; url: string; mime: string; bytes: number }[] };
    expect(typeof page.fields.translatable.pdf).toBe('string');
    expect(page.downloads.map((d) => d.locale)).toEqual(['fr', 'en', 'es']);
    for (const d of page.downloads) expect(d).toMatchObject({ url: expect.stringMatching(/\/media\/files\/[0-9a-f]{64}\.pdf$/), mime: 'application/pdf', bytes: expect.any(Number) });
    const other = await get('/api/v1/pages/fr?path=donnees-et-recherche');
    expect((other.json() as { downloads: unknown[] }).downloads).toEqual([]);
  });

  it('lists the publications under Data and research', async () => {
    const page = await get('/fr/donnees-et-recherche/publications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="${PAGE_FR}"`);
    expect(page.body).toContain('Kit de campagne #NousEnsemble');
  });

  it('serves the PDF with its type, a download name, a validator, a year of caching and byte ranges', async () => {
    const href = attr((await downloads(PAGE_FR))[0]!, 'href')!;
    const whole = await get(href);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('application/pdf');
    expect(whole.headers['content-disposition']).toBe(
      `attachment; filename="les-migrations-dans-le-monde-l-essentiel-2019.pdf"; filename*=UTF-8''les-migrations-dans-le-monde-l-essentiel-2019.pdf`,
    );
    expect(whole.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(whole.headers['x-content-type-options']).toBe('nosniff');
    expect(whole.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const etag = String(whole.headers.etag);
    expect((await get(href, { 'if-none-match': etag })).statusCode).toBe(304);
    const part = await get(href, { range: 'bytes=0-7' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-7/${whole.rawPayload.length}`);
    expect(part.body).toBe('%PDF-1.4');
  });

  it('does not serve a file no published translation offers, nor names it did not write', async () => {
    const file = await site.files.createFileFromUpload([PDF], { actor: SYSTEM, fileName: 'brouillon.pdf' });
    for (const url of [`/media/files/${file.file}`, '/media/files/..%2F..%2Fdatabase.sqlite', `/media/files/${file.hash}.PDF`, `/media/files/${file.hash}`]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('stores a publication through the content operations, refusing a file value that is not an id', async () => {
    const file = await site.files.createFileFromUpload([PDF], { actor: SYSTEM, fileName: 'note.pdf' });
    const doc = await site.content.service.createDocument({ type: 'publication', parentId: null, fields: { publishedOn: '2026-12-01' }, actor: SYSTEM });
    const saved = await site.content.service.saveTranslation({
      documentId: doc.id,
      locale: 'fr',
      expectedVersion: 0,
      translation: { slug: 'note', title: 'Note', fields: { pdf: file.id } },
      actor: SYSTEM,
    });
    expect(saved.fields.pdf).toBe(file.id);
    const refused = await site.content.service
      .saveTranslation({ documentId: doc.id, locale: 'en', expectedVersion: 0, translation: { slug: 'note', title: 'Note', fields: { pdf: '../../etc/passwd' } }, actor: SYSTEM })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: CONTENT_INVALID, details: [{ path: 'fields.pdf', message: 'must be a file id' }] });
    const unknown = await site.content.service
      .saveTranslation({ documentId: doc.id, locale: 'en', expectedVersion: 0, translation: { slug: 'note', title: 'Note', fields: { pdf: 'no-such-file' } }, actor: SYSTEM })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: CONTENT_INVALID, details: [{ path: 'fields.pdf', message: 'must be a file of the files library' }] });
    // The same rule when a document and its first translation are created together.
    const together = await site.content.service
      .createDocumentWithTranslation({ type: 'publication', fields: { publishedOn: '2026-12-01' }, locale: 'fr', translation: { slug: 'autre', title: 'Autre', fields: { pdf: 'no-such-file' } }, actor: SYSTEM })
      .catch((e: unknown) => e);
    expect(together).toMatchObject({ code: CONTENT_INVALID, details: [{ path: 'fields.pdf', message: 'must be a file of the files library' }] });
    const undated = await site.content.service.createDocument({ type: 'publication', parentId: null, fields: {}, actor: SYSTEM }).catch((e: unknown) => e);
    expect(undated).toMatchObject({ code: CONTENT_INVALID, details: [{ path: 'fields.publishedOn', message: 'is required' }] });
  });

  it('adds a PDF to the files library and offers it in a publication’s PDF field', async () => {
    const response = await uploadFile('rapport annuel.pdf', PDF);
    expect(response.statusCode).toBe(303);
    const list = await editor.get(String(response.headers.location));
    expect(list.body).toContain('rapport annuel.pdf');
    const [publication] = await site.content.reader.listDocumentsByType('publication');
    const form = await editor.get(`/admin/documents/${publication!.id}/fr`);
    expect(form.statusCode).toBe(200);
    const select = findAll(parse(form.body), 'select').find((e) => attr(e, 'name') === 'fields.pdf')!;
    expect(findAll(select, 'option').map((o) => textOf(o))).toContain('rapport annuel.pdf');
  });

  it('refuses a non-PDF named .pdf, an empty file and an oversized one with an error naming the field, and keeps serving', async () => {
    const before = await total();
    const html = Buffer.from('<!DOCTYPE html><script>alert(1)</script>');
    const cases: [string, Buffer, number, string][] = [
      ['rapport.pdf', html, 415, fr('files.error.type')],
      ['vide.pdf', Buffer.alloc(0), 400, fr('files.error.noFile')],
      ['gros.pdf', Buffer.concat([PDF, Buffer.alloc(MAX, 0x20)]), 413, translateAdmin('fr', 'files.error.tooLarge', { max: 0 })],
    ];
    for (const [name, body, status, message] of cases) {
      const response = await uploadFile(name, body);
      expect(response.statusCode, name).toBe(status);
      expect(errorMessage(response.body), name).toBe(message);
      expect(errorMessage(response.body), name).toContain('« Fichier PDF »');
    }
    const none = await upload([{ name: '_csrf', value: editor.csrf }]);
    expect(none.statusCode).toBe(400);
    expect(await total()).toBe(before);
    expect((await get(PAGE_FR)).statusCode).toBe(200);
  });

  it('takes a PDF through the API with a write token, and refuses what is not one', async () => {
    const token = async (scopes: ('read' | 'write')[]) => `Bearer ${(await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: `files-${scopes.join('-')}`, scopes })).secret}`;
    const [writer, reader] = [await token(['read', 'write']), await token(['read'])];
    const post = (authorization: string, body: Buffer, type = 'application/pdf') =>
      site.app.inject({ method: 'POST', url: '/api/v1/files?name=rapport.pdf', headers: { authorization, 'content-type': type }, payload: body });
    const created = await post(writer, PDF);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ displayName: 'rapport.pdf', mime: 'application/pdf', bytes: PDF.length });
    const html = await post(writer, Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'FILE_UNSUPPORTED_TYPE' });
    expect((await post(writer, Buffer.concat([PDF, Buffer.alloc(MAX)]))).json()).toMatchObject({ code: 'FILE_UPLOAD_TOO_LARGE' });
    expect((await post(reader, PDF)).statusCode).toBe(403);
    const entries = (await site.audit.list({ action: 'file.uploaded' })).entries;
    expect(entries.filter((e) => e.details.fileId === created.json().id)).toHaveLength(1);
  });

  it('takes hostile file names for display only and escapes them in the list', async () => {
    const names = readAttackList('evil-filenames.txt').filter((n) => /[<"'`]|\.\.|%|\u202e/.test(n)).slice(0, 25);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const response = await uploadFile(name, PDF, { rawNames: true });
      expect([303, 400], name).toContain(response.statusCode);
    }
    const list = await editor.get('/admin/files');
    expect(list.statusCode).toBe(200);
    const table = findAll(parse(list.body), 'tbody')[0]!;
    for (const tag of ['script', 'img', 'svg', 'iframe']) expect(findAll(table, tag), tag).toEqual([]);
    expect(textOf(table)).toContain('<img src=x onerror=alert(1)>.jpg');
    expect((await get(PAGE_FR)).statusCode).toBe(200);
  });
});

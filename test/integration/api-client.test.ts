import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { paths } from '../generated/api-types.ts';
import { API_TYPES_FILE, generateApiTypes } from '../helpers/api-types.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPageWithoutArabic } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** fetch for openapi-fetch that hands each request to app.inject: the whole stack, no port. */
function injectFetch(app: FastifyInstance): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const response = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers });
  };
}

describeEachDatabase('the delivery API through a client typed by the generated OpenAPI types', (dialect) => {
  let site: TestSite;
  let client: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    // The demo's clips carry caption tracks; without the worker they play from the original file.
    site = await buildTestSite(dialect, { demoVideos: true });
    client = createClient<paths>({ baseUrl: `${TEST_PUBLIC_URL}/api/v1`, fetch: injectFetch(site.app) });
  }, 120_000);
  afterAll(() => site.close());

  if (dialect === 'sqlite') {
    it('has committed types that match the served document (npm run openapi:types regenerates them)', async () => {
      const served = (await site.app.inject({ url: '/api/v1/openapi.json' })).json();
      expect(fs.readFileSync(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes(served));
    });
  }

  it('reads the home page in French, with its HTML as the site renders it', async () => {
    const { data, response } = await client.GET('/pages/{locale}', { params: { path: { locale: 'fr' }, query: { path: '' } } });
    expect(response.status).toBe(200);
    expect(data?.title).toBe('Accueil');
    expect(data?.isFallback).toBe(false);
    expect(data?.url).toBe(`${TEST_PUBLIC_URL}/fr/`);
    expect(data?.html).toContain('<strong class="fact-inline">1951</strong>');
    expect(data?.alternates.map((a) => a.locale)).toEqual(['fr', 'en', 'es', 'ar', 'zh-Hans', 'ru']);
    expect(data?.breadcrumbs).toEqual([]);
  });

  it('reads a page without an Arabic translation as its declared English fallback', async () => {
    const { arPath } = await publishedPageWithoutArabic(site, 'governance-documents', 'Governance documents');
    const { data } = await client.GET('/pages/{locale}', { params: { path: { locale: 'ar' }, query: { path: arPath } } });
    expect(data?.isFallback).toBe(true);
    expect(data?.translationLocale).toBe('en');
    expect(data?.direction).toBe('ltr');
    expect(data?.fallback).toEqual({ requestedLocale: 'ar', shownLocale: 'en', chain: ['ar', 'en'] });
    expect(data?.title).toBe('Governance documents');
    expect(data?.alternates.map((a) => a.locale)).not.toContain('ar');
    expect(data?.breadcrumbs.map((b) => b.path)).toEqual(['', 'man-nahnu']);
  });

  it('pages through the home page\'s children to the end, each once, in the same order as one big page', async () => {
    const all = await client.GET('/pages/{locale}/children', { params: { path: { locale: 'fr' }, query: { path: '', limit: 100 } } });
    const expected = all.data!.items.map((i) => i.id);
    expect(expected.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const { data } = await client.GET('/pages/{locale}/children', { params: { path: { locale: 'fr' }, query: { path: '', limit: 2, ...(cursor ? { cursor } : {}) } } });
      seen.push(...data!.items.map((i) => i.id));
      if (data!.nextCursor === null) break;
      cursor = data!.nextCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('reads the main menu, the key figures and the search results in French', async () => {
    const menu = await client.GET('/menus/{menu}', { params: { path: { menu: 'main' }, query: { locale: 'fr' } } });
    expect(menu.data?.items.map((i) => i.label)).toContain('Qui sommes-nous');
    const facts = await client.GET('/facts', { params: { query: { locale: 'fr' } } });
    expect(facts.data?.items.find((f) => f.value === 1951)?.formatted).toBe('1951');
    const search = await client.GET('/search', { params: { query: { locale: 'fr', q: 'migrants' } } });
    expect(search.data?.total).toBeGreaterThan(0);
    expect(search.data?.items[0]?.snippet.some((s) => s.highlighted)).toBe(true);
  });

  it('lists stories with their video files, poster and caption tracks per locale', async () => {
    const { data } = await client.GET('/stories', { params: { query: { locale: 'fr', limit: 100 } } });
    const withVideo = data!.items.filter((s) => s.video !== null);
    expect(withVideo.length).toBeGreaterThan(0);
    const video = withVideo[0]!.video!;
    expect(video.renditions[0]?.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/video/`));
    expect(video.renditions[0]?.bytes).toBeGreaterThan(0);
    const captions = video.tracks.filter((t) => t.kind === 'captions');
    expect(captions.map((t) => t.locale)).toEqual(expect.arrayContaining(['fr', 'en']));
    expect(captions.find((t) => t.locale === 'fr')?.isDefault).toBe(true);
    const track = await site.app.inject({ url: new URL(captions[0]!.url).pathname });
    expect(track.statusCode).toBe(200);
    expect(track.body.startsWith('WEBVTT')).toBe(true);
  });

  it('answers 304 to the ETag it gave', async () => {
    const first = await client.GET('/locales');
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
    const again = await client.GET('/locales', { headers: { 'if-none-match': etag } });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('etag')).toBe(etag);
  });

  it('refuses a limit out of range and an unknown cursor with problem details naming the parameter', async () => {
    const { error, response } = await client.GET('/stories', { params: { query: { locale: 'fr', limit: 101 } } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ status: 400, code: 'HTTP_BAD_REQUEST', type: '/api/v1/errors#HTTP_BAD_REQUEST', errors: [{ path: 'querystring.limit' }] });
    const cursor = await client.GET('/stories', { params: { query: { locale: 'fr', cursor: 'bm9wZQ' } } });
    expect(cursor.error).toMatchObject({ status: 400, errors: [{ path: 'querystring.cursor' }] });
    const missing = await client.GET('/pages/{locale}', { params: { path: { locale: 'fr' }, query: { path: 'nulle-part' } } });
    expect(missing.error).toMatchObject({ status: 404, code: 'HTTP_NOT_FOUND' });
  });
});

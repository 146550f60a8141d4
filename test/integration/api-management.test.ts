import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM, type TokenScope } from '../../src/modules/accounts/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import type { paths } from '../generated/api-types.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** fetch for openapi-fetch that hands each request to app.inject: the whole stack, no port. */
function injectFetch(app: FastifyInstance): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const response = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers });
  };
}

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describeEachDatabase('the management API through a client typed by the generated OpenAPI types', (dialect) => {
  let site: TestSite;
  let homeId: string;
  const clients = new Map<string, ReturnType<typeof createClient<paths>>>();
  const secrets = new Map<string, string>();

  async function clientWith(name: string, scopes: TokenScope[], locales: LocaleCode[] | null = null) {
    const { secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name, scopes, locales });
    const client = createClient<paths>({ baseUrl: `${TEST_PUBLIC_URL}/api/v1`, fetch: injectFetch(site.app), headers: { authorization: `Bearer ${secret}` } });
    clients.set(name, client);
    secrets.set(name, `Bearer ${secret}`);
    return client;
  }

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    homeId = (await site.content.reader.findByPath('fr', '', { fallback: 'show' }))!.document.id;
    await clientWith('writer', ['read', 'write']);
    await clientWith('publisher', ['read', 'publish']);
    await clientWith('reader', ['read']);
    await clientWith('english writer', ['read', 'write'], ['en']);
  }, 120_000);
  afterAll(() => site.close());

  const client = (name: string) => clients.get(name)!;
  const bearer = (name: string) => ({ authorization: secrets.get(name)! });

  it('creates, translates, submits and publishes a page, which delivery then serves; a stale write gets 412 with the sent text', async () => {
    const created = await client('writer').POST('/documents', {
      body: { type: 'page', parentId: homeId, locale: 'fr', translation: { slug: 'api-cree', title: 'Créée par l’API', body: paragraph('Bonjour de l’API.') } },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.documentId;
    expect(created.data).toMatchObject({ status: 'draft', version: 1, published: null, text: { title: 'Créée par l’API' } });

    const translated = await client('english writer').PUT('/documents/{id}/translations/{locale}', {
      params: { path: { id, locale: 'en' } },
      body: { slug: 'api-made', title: 'Made through the API', body: paragraph('Hello from the API.') },
    });
    expect(translated.response.status).toBe(200);

    // Not public yet: delivery does not know it.
    expect((await client('reader').GET('/pages/{locale}', { params: { path: { locale: 'fr' }, query: { path: 'api-cree' } } })).response.status).toBe(404);

    const submitted = await client('writer').POST('/documents/{id}/translations/{locale}/{action}', {
      params: { path: { id, locale: 'fr', action: 'submit' }, header: { 'if-match': '"1"' } },
      body: { message: 'Ready' },
    });
    expect(submitted.data).toMatchObject({ status: 'in_review', version: 2 });
    const refused = await client('writer').POST('/documents/{id}/translations/{locale}/{action}', {
      params: { path: { id, locale: 'fr', action: 'publish' }, header: { 'if-match': '"2"' } },
      body: {},
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: 'POLICY_FORBIDDEN' });
    for (const locale of ['fr', 'en'] as const) {
      const current = await client('publisher').GET('/documents/{id}/translations/{locale}', { params: { path: { id, locale } } });
      const etag = current.response.headers.get('etag')!;
      const published = await client('publisher').POST('/documents/{id}/translations/{locale}/{action}', { params: { path: { id, locale, action: 'publish' }, header: { 'if-match': etag } }, body: {} });
      expect(published.response.status).toBe(200);
    }
    const page = await client('reader').GET('/pages/{locale}', { params: { path: { locale: 'en' }, query: { path: 'api-made' } } });
    expect(page.data).toMatchObject({ id, title: 'Made through the API', isFallback: false });

    // A save on a published page is a working copy; delivery keeps the published text.
    const fr = await client('writer').GET('/documents/{id}/translations/{locale}', { params: { path: { id, locale: 'fr' } } });
    const etag = fr.response.headers.get('etag')!;
    const saved = await client('writer').PUT('/documents/{id}/translations/{locale}', {
      params: { path: { id, locale: 'fr' }, header: { 'if-match': etag } },
      body: { slug: 'api-cree', title: 'Retouchée', body: paragraph('Texte retouché.') },
    });
    expect(saved.data).toMatchObject({ status: 'published', published: { title: 'Créée par l’API' }, pending: { reviewState: 'draft' }, text: { title: 'Retouchée' } });
    expect((await client('reader').GET('/pages/{locale}', { params: { path: { locale: 'fr' }, query: { path: 'api-cree' } } })).data?.title).toBe('Créée par l’API');

    const stale = await client('writer').PUT('/documents/{id}/translations/{locale}', {
      params: { path: { id, locale: 'fr' }, header: { 'if-match': etag } },
      body: { slug: 'api-cree', title: 'Une autre retouche' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.response.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.error).toMatchObject({ code: 'API_PRECONDITION_FAILED', sent: { title: 'Une autre retouche' } });
    const missing = await client('writer').PUT('/documents/{id}/translations/{locale}', { params: { path: { id, locale: 'fr' } }, body: { slug: 'api-cree', title: 'Sans If-Match' } });
    expect(missing.response.status).toBe(428);
  });

  it('answers 401 without a token or with a revoked one, and 403 to a token without the scope or the locale', async () => {
    const anonymous = createClient<paths>({ baseUrl: `${TEST_PUBLIC_URL}/api/v1`, fetch: injectFetch(site.app) });
    const none = await anonymous.GET('/documents/{id}', { params: { path: { id: homeId } } });
    expect(none.response.status).toBe(401);
    expect(none.response.headers.get('www-authenticate')).toContain('Bearer');
    expect(none.error).toMatchObject({ code: 'API_UNAUTHENTICATED' });

    const readOnly = await client('reader').POST('/documents', { body: { type: 'page', parentId: homeId, locale: 'fr', translation: { slug: 'lecteur', title: 'Non' } } });
    expect(readOnly.response.status).toBe(403);
    expect(readOnly.error).toMatchObject({ code: 'POLICY_FORBIDDEN' });
    const french = await client('english writer').PUT('/documents/{id}/translations/{locale}', {
      params: { path: { id: homeId, locale: 'fr' }, header: { 'if-match': '"1"' } },
      body: { slug: '', title: 'Non' },
    });
    expect(french.response.status).toBe(403);

    const { token, secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'short-lived', scopes: ['read'] });
    const holder = createClient<paths>({ baseUrl: `${TEST_PUBLIC_URL}/api/v1`, fetch: injectFetch(site.app), headers: { authorization: `Bearer ${secret}` } });
    expect((await holder.GET('/documents/{id}', { params: { path: { id: homeId } } })).response.status).toBe(200);
    await site.accounts.apiTokens.revokeApiToken({ actor: SYSTEM, id: token.id });
    expect((await holder.GET('/documents/{id}', { params: { path: { id: homeId } } })).response.status).toBe(401);
  });

  it('schedules a publish, lists and cancels it, and replaces a caption track checked line by line', async () => {
    const story = (await site.content.reader.findByPath('fr', 'journee-internationale-des-migrants-2019/le-salon-de-karim', { fallback: 'show' }))!;
    const id = story.document.id;
    const scheduled = await client('publisher').POST('/documents/{id}/translations/{locale}/schedule', {
      params: { path: { id, locale: 'fr' } },
      body: { action: 'unpublish', date: '2099-12-18', time: '00:00', timeZone: 'Europe/Zurich' },
    });
    expect(scheduled.response.status).toBe(201);
    expect(scheduled.data).toMatchObject({ action: 'unpublish', runAt: '2099-12-17T23:00:00.000Z' });
    expect((await client('writer').POST('/documents/{id}/translations/{locale}/schedule', { params: { path: { id, locale: 'fr' } }, body: { action: 'publish', date: '2099-12-18', time: '00:00', timeZone: 'UTC' } })).response.status).toBe(403);
    const listed = await client('reader').GET('/documents/{id}/translations/{locale}/schedule', { params: { path: { id, locale: 'fr' } } });
    expect(listed.data?.items.map((c) => c.id)).toEqual([scheduled.data!.id]);
    const cancelled = await client('publisher').DELETE('/documents/{id}/translations/{locale}/schedule/{change}', { params: { path: { id, locale: 'fr', change: scheduled.data!.id } } });
    expect(cancelled.response.status).toBe(204);
    expect((await client('reader').GET('/documents/{id}/translations/{locale}/schedule', { params: { path: { id, locale: 'fr' } } })).data?.items).toEqual([]);

    const copy = await client('writer').GET('/documents/{id}/translations/{locale}', { params: { path: { id, locale: 'fr' } } });
    const put = (vtt: string, etag: string) =>
      site.app.inject({ method: 'PUT', url: `/api/v1/documents/${id}/translations/fr/captions/captions`, headers: { ...bearer('writer'), 'content-type': 'text/vtt', 'if-match': etag }, payload: vtt });
    const broken = await put('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nÀ l’envers\n', copy.response.headers.get('etag')!);
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'CONTENT_INVALID', errors: [expect.objectContaining({ path: 'line 3' })] });
    const good = await put('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBonjour Ombrelune\n', copy.response.headers.get('etag')!);
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ status: 'published', pending: { reviewState: 'draft' } });
    expect(String(good.json().text.fields.captions)).toContain('Bonjour Ombrelune');
    expect(String(good.json().published.fields.captions)).not.toContain('Ombrelune');
  });

  it('uploads an image sniffed by its bytes, and refuses an SVG dressed as a PNG', async () => {
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#1d6fa5' } }).png().toBuffer();
    const upload = (body: Buffer, type: string, token = 'writer') =>
      site.app.inject({ method: 'POST', url: '/api/v1/media?name=carte.png', headers: { ...bearer(token), 'content-type': type }, payload: body });
    const uploaded = await upload(png, 'image/png');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ displayName: 'carte.png', width: 640, height: 360, sourceType: 'png' });
    expect(uploaded.json().variants.map((v: { format: string }) => v.format)).toEqual(expect.arrayContaining(['avif', 'webp', 'jpeg']));
    const svg = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/png');
    expect(svg.statusCode).toBe(415);
    expect(svg.json()).toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    expect((await upload(png, 'image/png', 'reader')).statusCode).toBe(403);
    const entries = (await site.audit.list({ action: 'media.uploaded' })).entries;
    expect(entries.filter((e) => e.details.imageId === uploaded.json().id)).toHaveLength(1);
  });

  it('limits each token’s requests a minute, answering 429 with Retry-After past the limit', async () => {
    const { secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'busy', scopes: ['read'] });
    const headers = { authorization: `Bearer ${secret}` };
    // The window is a clock minute: if one turns during the loop the count starts again, so the
    // first refusal comes after 600 answers, or after up to 1,200 across a turn.
    let answered = 0;
    let limited = await site.app.inject({ url: `/api/v1/documents/${homeId}`, headers });
    while (limited.statusCode === 200 && answered < 1300) {
      answered++;
      limited = await site.app.inject({ url: `/api/v1/documents/${homeId}`, headers });
    }
    expect(limited.statusCode).toBe(429);
    expect(answered).toBeGreaterThanOrEqual(600);
    expect(answered).toBeLessThanOrEqual(1200);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'ACCOUNTS_API_RATE_LIMITED' });
    // Another token is not held back by this one.
    expect((await client('reader').GET('/documents/{id}', { params: { path: { id: homeId } } })).response.status).toBe(200);
  });
});

/**
 * The back office and the API are two doors to the same operations: what one refuses, the other
 * refuses too, for a person and a token holding the same rights.
 */
describeEachDatabase('the back office and the API refuse the same things', (dialect) => {
  let site: TestSite;
  let translator: AdminClient;
  let apiFor: ReturnType<typeof createClient<paths>>;
  let pageId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    const { secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'like a translator', scopes: ['read', 'write'], locales: ['en'] });
    apiFor = createClient<paths>({ baseUrl: `${TEST_PUBLIC_URL}/api/v1`, fetch: injectFetch(site.app), headers: { authorization: `Bearer ${secret}` } });
    pageId = (await site.content.reader.findByPath('fr', 'agir', { fallback: 'show' }))!.document.id;
  }, 120_000);
  afterAll(() => site.close());

  it('refuses publishing, and editing outside the locale, at both doors; allows a save in the locale at both', async () => {
    const version = async (locale: LocaleCode) => String((await site.content.service.findTranslation(pageId, locale))!.version);
    const cases: { what: string; html: () => Promise<number>; api: () => Promise<number> }[] = [
      {
        what: 'publish English',
        html: async () => (await translator.post(`/admin/documents/${pageId}/en/publish`, { expectedVersion: await version('en') })).statusCode,
        api: async () => (await apiFor.POST('/documents/{id}/translations/{locale}/{action}', { params: { path: { id: pageId, locale: 'en', action: 'publish' }, header: { 'if-match': `"${await version('en')}"` } }, body: {} })).response.status,
      },
      {
        what: 'edit the French source',
        html: async () => (await translator.post(`/admin/documents/${pageId}/fr`, { expectedVersion: await version('fr'), slug: 'agir', title: 'Non' })).statusCode,
        api: async () => (await apiFor.PUT('/documents/{id}/translations/{locale}', { params: { path: { id: pageId, locale: 'fr' }, header: { 'if-match': `"${await version('fr')}"` } }, body: { slug: 'agir', title: 'Non' } })).response.status,
      },
      {
        what: 'archive English',
        html: async () => (await translator.post(`/admin/documents/${pageId}/en/archive`, { expectedVersion: await version('en') })).statusCode,
        api: async () => (await apiFor.POST('/documents/{id}/translations/{locale}/{action}', { params: { path: { id: pageId, locale: 'en', action: 'archive' }, header: { 'if-match': `"${await version('en')}"` } }, body: {} })).response.status,
      },
    ];
    for (const c of cases) {
      expect(await c.html(), `${c.what} in the back office`).toBe(403);
      expect(await c.api(), `${c.what} through the API`).toBe(403);
    }
    const en = (await site.content.service.findWorkingCopy(pageId, 'en'))!.text;
    const html = await translator.post(`/admin/documents/${pageId}/en`, { expectedVersion: await version('en'), slug: en.slug, title: 'Act (back office)' });
    expect(html.statusCode).toBe(303);
    const api = await apiFor.PUT('/documents/{id}/translations/{locale}', { params: { path: { id: pageId, locale: 'en' }, header: { 'if-match': `"${await version('en')}"` } }, body: { slug: en.slug, title: 'Act (API)' } });
    expect(api.response.status).toBe(200);
    expect((await site.content.service.findWorkingCopy(pageId, 'en'))!.text.title).toBe('Act (API)');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPageResponder } from '../../src/http/site/cached-page-responder.ts';
import { PageCache, preparePageSync } from '../../src/http/site/page-cache.ts';
import { SYSTEM_ACTOR as actor } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** Cache hits answered by node:http before Fastify: the same bytes and headers, and only for what may be shared. */

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

function request(port: number, path: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Headers that differ between any two responses (the clock) are left out of comparisons. */
function stable(headers: http.IncomingHttpHeaders): http.IncomingHttpHeaders {
  // Each response has its own date and its own request id.
  const { date: _date, 'x-request-id': _requestId, ...rest } = headers;
  return rest;
}

describe('the cached-page responder on its own server', () => {
  const cache = new PageCache(1024 * 1024);
  const HTML = '<!DOCTYPE html><html lang="fr"><title>Accueil</title><p>Bonjour, été</p></html>';
  const page = preparePageSync(200, HTML);
  const passedOn: string[] = [];
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    cache.set('page:fr/', page, ['doc:home']);
    cache.set('error:notFound:fr', preparePageSync(404, '<p>Introuvable</p>'), ['menus']);
    const respond = createCachedPageResponder({ cache, baseHeaders: { 'x-content-type-options': 'nosniff' }, sessionCookie: 'ensemble_session' });
    server = http.createServer((req, res) => {
      if (respond(req, res)) return;
      passedOn.push(`${req.method} ${req.url}`);
      res.writeHead(299).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a hit in the best encoding the client takes, with its own validator', async () => {
    const br = await request(port, '/fr/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(page.br)).toBe(true);
    expect(br.headers['content-length']).toBe(String(page.br.length));
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    const gzip = await request(port, '/fr/', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.equals(page.gzip)).toBe(true);
    const identity = await request(port, '/fr/');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString('utf8')).toBe(HTML);
    expect(identity.headers['content-length']).toBe(String(Buffer.byteLength(HTML)));
    expect(new Set([br.headers.etag, gzip.headers.etag, identity.headers.etag]).size).toBe(3);
    expect(passedOn).toEqual([]);
  });

  it('answers 304 when the client holds any encoding of the page, and HEAD without a body', async () => {
    const first = await request(port, '/fr/', { 'accept-encoding': 'br' });
    const again = await request(port, '/fr/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const otherEncoding = await request(port, '/fr/', { 'accept-encoding': 'gzip', 'if-none-match': `"x", ${String(first.headers.etag)}` });
    expect(otherEncoding.status).toBe(304);
    const stale = await request(port, '/fr/', { 'accept-encoding': 'br', 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    const head = await request(port, '/fr/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(page.br.length));
    expect(passedOn).toEqual([]);
  });

  it('passes on misses, other methods, sessions and anything that is not a cached page', async () => {
    passedOn.length = 0;
    await request(port, '/fr/autre');
    await request(port, '/fr/', {}, 'POST');
    await request(port, '/fr/', { cookie: 'theme=dark; ensemble_session=abc' });
    // An error page is cached for the error handler, never answered for its key's look-alike address.
    await request(port, '/error:notFound:fr');
    await request(port, '/fr/?utm_source=x');
    expect(passedOn).toEqual(['GET /fr/autre', 'POST /fr/', 'GET /fr/', 'GET /error:notFound:fr', 'GET /fr/?utm_source=x']);
    // An unrelated cookie does not stop a hit.
    const withCookie = await request(port, '/fr/', { cookie: 'theme=dark' });
    expect(withCookie.status).toBe(200);
    expect(passedOn).toHaveLength(5);
  });

  it('stops answering a page the moment it is invalidated', async () => {
    passedOn.length = 0;
    cache.invalidate(['doc:home']);
    const after = await request(port, '/fr/');
    expect(after.status).toBe(299);
    expect(passedOn).toEqual(['GET /fr/']);
  });
});

describeEachDatabase('cache hits on the listening application', (dialect) => {
  let site: TestSite;
  let port = 0;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    port = (site.app.server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(() => site?.close());

  it('sends a hit with exactly the headers and bytes Fastify sent when it rendered the page', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      site.pageCache.clear();
      const rendered = await request(port, '/fr/qui-sommes-nous', { 'accept-encoding': encoding });
      expect(site.pageCache.has('page:fr/qui-sommes-nous')).toBe(true);
      const hit = await request(port, '/fr/qui-sommes-nous', { 'accept-encoding': encoding });
      expect(hit.status).toBe(200);
      expect(stable(hit.headers)).toEqual(stable(rendered.headers));
      expect(hit.body.equals(rendered.body)).toBe(true);
      const renderedRevalidation = await (async () => {
        site.pageCache.clear();
        return request(port, '/fr/qui-sommes-nous', { 'accept-encoding': encoding, 'if-none-match': String(rendered.headers.etag) });
      })();
      const hitRevalidation = await request(port, '/fr/qui-sommes-nous', { 'accept-encoding': encoding, 'if-none-match': String(rendered.headers.etag) });
      expect(renderedRevalidation.status).toBe(304);
      expect(hitRevalidation.status).toBe(304);
      expect(stable(hitRevalidation.headers)).toEqual(stable(renderedRevalidation.headers));
    }
  });

  it('never serves the old page once a publish is acknowledged', async () => {
    const before = await request(port, '/fr/agir');
    expect(before.status).toBe(200);
    const found = (await site.content.reader.findByPath('fr', 'agir', { fallback: 'show' }))!;
    const t = (await site.content.service.findTranslation(found.document.id, 'fr'))!;
    await site.content.service.saveTranslation({
      documentId: found.document.id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: t.slug, title: 'Agir avec nous', summary: t.summary, body: t.body, fields: t.fields },
      actor,
    });
    await site.content.service.publishTranslation({ documentId: found.document.id, locale: 'fr', actor });
    const after = await request(port, '/fr/agir');
    expect(after.body.toString('utf8')).toContain('Agir avec nous');
  });
});

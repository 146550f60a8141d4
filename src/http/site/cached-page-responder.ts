import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import {
  bodyFor,
  etagFor,
  matchesEtag,
  negotiateEncoding,
  PUBLIC_PAGE_CACHE_CONTROL,
  type Encoding,
  type PageCache,
  type RenderedPage,
} from './page-cache.ts';

/** A cached page's complete responses, header lists included, built on its first hit. */
interface ReadyPage {
  readonly ok: Readonly<Record<Encoding, OutgoingHttpHeaders>>;
  readonly notModified: Readonly<Record<Encoding, OutgoingHttpHeaders>>;
  readonly etags: Readonly<Record<Encoding, string>>;
}

const ENCODINGS: readonly Encoding[] = ['br', 'gzip', 'identity'];
/** Browsers send a handful of Accept-Encoding spellings; each is parsed once. */
const MAX_REMEMBERED_ACCEPT = 64;

export interface CachedPageResponderOptions {
  readonly cache: PageCache;
  /** Headers every response carries (the security headers). */
  readonly baseHeaders: Readonly<Record<string, string>>;
  /** A request carrying this cookie is never answered from the cache. */
  readonly sessionCookie: string;
}

/**
 * Answers a request for a public page that is already in the page cache straight from node:http,
 * before Fastify builds its request and reply objects: a cache hit then costs about what a bare
 * server sending a Buffer costs. It answers only what the public-page route would answer with the
 * same bytes and headers (the cache key is the page's own address); anything else (a miss, another
 * method, a session cookie, a query the route would read differently) returns false and goes to
 * Fastify unchanged.
 */
export function createCachedPageResponder(options: CachedPageResponderOptions) {
  const { cache, baseHeaders, sessionCookie } = options;
  const ready = new WeakMap<RenderedPage, ReadyPage>();
  const accepted = new Map<string, Encoding>();

  const encodingOf = (header: string | undefined): Encoding => {
    if (header === undefined) return 'identity';
    let encoding = accepted.get(header);
    if (encoding === undefined) {
      encoding = negotiateEncoding(header);
      if (accepted.size >= MAX_REMEMBERED_ACCEPT) accepted.clear();
      accepted.set(header, encoding);
    }
    return encoding;
  };

  const readyFor = (page: RenderedPage): ReadyPage => {
    let responses = ready.get(page);
    if (!responses) {
      responses = buildResponses(page, baseHeaders);
      ready.set(page, responses);
    }
    return responses;
  };

  return function respond(request: IncomingMessage, response: ServerResponse): boolean {
    const { method, url, headers } = request;
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined || url.charCodeAt(0) !== 47 /* / */) return false;
    if (headers.cookie !== undefined && headers.cookie.includes(sessionCookie)) return false;
    const page = cache.get(`page:${url.slice(1)}`);
    if (page === undefined || page.status !== 200) return false;

    const encoding = encodingOf(headers['accept-encoding']);
    const responses = readyFor(page);
    const condition = headers['if-none-match'];
    if (condition !== undefined && (condition === responses.etags[encoding] || matchesEtag(condition, page))) {
      response.writeHead(304, responses.notModified[encoding]).end();
      return true;
    }
    response.writeHead(200, responses.ok[encoding]);
    if (method === 'HEAD') response.end();
    else response.end(bodyFor(page, encoding));
    return true;
  };
}

/** The headers the public-page route sends with this page, in each encoding, and for a 304. */
function buildResponses(page: RenderedPage, baseHeaders: Readonly<Record<string, string>>): ReadyPage {
  const ok = {} as Record<Encoding, OutgoingHttpHeaders>;
  const notModified = {} as Record<Encoding, OutgoingHttpHeaders>;
  const etags = {} as Record<Encoding, string>;
  for (const encoding of ENCODINGS) {
    const etag = etagFor(page, encoding);
    const common = { ...baseHeaders, 'cache-control': PUBLIC_PAGE_CACHE_CONTROL, vary: 'Accept-Encoding', etag };
    const length = encoding === 'br' ? page.br.length : encoding === 'gzip' ? page.gzip.length : page.identityLength;
    ok[encoding] = {
      ...common,
      'content-type': 'text/html; charset=utf-8',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'content-length': String(length),
    };
    notModified[encoding] = common;
    etags[encoding] = etag;
  }
  return { ok, notModified, etags };
}

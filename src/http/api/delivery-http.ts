import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Caching and cross-origin rules of the delivery API: any origin may read published content; a
 * shared cache may keep an answer 30 s and serve it stale 30 s more while it revalidates; every
 * 200 carries a strong ETag made from its bytes, and a matching If-None-Match gets a 304.
 */
export const DELIVERY_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';

// Management calls carry a bearer token, never a cookie: a page on another origin can only act
// with a token it was given, so writes may come from any origin too.
const ALLOWED_METHODS = 'GET, HEAD, OPTIONS, POST, PUT, PATCH';
const ALLOWED_HEADERS = 'Accept, Accept-Language, If-None-Match, If-Match, Authorization, Content-Type';
const EXPOSED_HEADERS = 'ETag, Location, Retry-After, WWW-Authenticate';
/** Browsers cap this anyway (Chromium at 2 hours). */
const PREFLIGHT_MAX_AGE = '7200';

/**
 * CORS on every answer of the API (errors too, so a browser can read them) and the preflight.
 * No cookie is ever read under /api, so an open origin exposes nothing a visitor's browser holds.
 */
export function registerCors(api: FastifyInstance): void {
  api.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED_HEADERS);
    // The site's header keeps its own resources to itself; published JSON is for everyone.
    reply.header('cross-origin-resource-policy', 'cross-origin');
  });

  // Preflight: any origin may send the headers a reader needs (If-None-Match among them).
  api.options('/*', { schema: { hide: true } }, async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE)
      .header('cache-control', DELIVERY_CACHE_CONTROL)
      .send(),
  );
}

/** The cache rules and the ETag (with its 304) on every 200 a GET gets in this context. */
export function registerDeliveryCaching(delivery: FastifyInstance): void {
  delivery.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', DELIVERY_CACHE_CONTROL);
    if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
    // A 304 carries the validator and caching headers, not the body's metadata (RFC 9110 §15.4.5).
    reply.code(304).removeHeader('content-type').removeHeader('content-length');
    return '';
  });
}

/** Weak comparison, as If-None-Match asks (RFC 9110 §13.1.2): W/"x" matches "x"; * matches anything. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.length > 4096) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === etag;
  });
}

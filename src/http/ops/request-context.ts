import { AsyncResource } from 'node:async_hooks';
import type http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { acceptOrCreateRequestId, currentRequestId, runWithRequestContext } from '../../platform/request-context.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Wraps the server's request listener: every request gets an id (a proxy's safe one, or a new
 * one), returned in X-Request-Id and readable anywhere below through the request context,
 * including on page-cache hits, which never reach Fastify.
 */
export function withRequestContext(listener: http.RequestListener): http.RequestListener {
  return (request, response) => {
    const requestId = acceptOrCreateRequestId(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestContext({ requestId }, () => listener(request, response));
  };
}

/** Fastify's request id (the `reqId` of its log lines) is the same id. */
export function requestIdForFastify(): string {
  return currentRequestId() ?? acceptOrCreateRequestId(undefined);
}

const RESOURCE = Symbol('request context resource');

/**
 * A request body is read from socket events, which run outside the context the request started
 * in, so the handler after it would lose the id. The context is captured when the request
 * arrives and restored before validation (the same fix as @fastify/request-context's).
 */
export function registerRequestContext(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    (request as unknown as Record<symbol, AsyncResource>)[RESOURCE] = new AsyncResource('ensemble-request');
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const resource = (request as unknown as Record<symbol, AsyncResource | undefined>)[RESOURCE];
    if (resource) resource.runInAsyncScope(done, request.raw);
    else done();
  });
}

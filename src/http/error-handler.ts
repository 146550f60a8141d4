import type { FastifyInstance } from 'fastify';
import { isAppError } from '../platform/errors.ts';
import { localeFor, sendErrorPage, type SiteRenderer } from './site/site.routes.tsx';

/**
 * Maps errors to localised pages in one place: expected domain errors by their kind, anything
 * else to a 500 that names a reference and never shows a stack to the visitor.
 */
export function registerErrorHandling(app: FastifyInstance, site: SiteRenderer): void {
  app.setNotFoundHandler(async (request, reply) => site.sendError(request, reply, 'notFound'));

  app.setErrorHandler(async (error, request, reply) => {
    const locale = localeFor(request);
    if (isAppError(error) && error.kind === 'not_found') return site.sendError(request, reply, 'notFound', locale);
    const status = (error as { statusCode?: number }).statusCode;
    if (isAppError(error) && error.kind === 'validation') return site.sendError(request, reply, 'badRequest', locale);
    if (status !== undefined && status >= 400 && status < 500) {
      return site.sendError(request, reply, status === 404 ? 'notFound' : 'badRequest', locale);
    }
    request.log.error({ err: error, reqId: request.id, url: request.url.slice(0, 300) }, 'request failed');
    const page = await site.renderError('server', locale, String(request.id));
    return sendErrorPage(request, reply, page);
  });
}

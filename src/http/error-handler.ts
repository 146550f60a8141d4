import type { FastifyInstance } from 'fastify';
import { statusOf } from '../error-catalog.ts';
import { isAppError } from '../platform/errors.ts';
import { retryAfterOf } from './problem.ts';
import { sendErrorPage, type SiteRenderer } from './site/site.routes.tsx';

/**
 * Maps errors to localised pages in one place, with the status each code declares (`statusOf`,
 * from src/error-catalog.ts): 404 → the not-found page, any other 4xx → the bad-request page,
 * anything else → a 500 that names a reference and never shows a stack to the visitor.
 */
export function registerErrorHandling(app: FastifyInstance, site: SiteRenderer): void {
  app.setNotFoundHandler(async (request, reply) => site.sendError(request, reply, 'notFound'));

  app.setErrorHandler(async (error, request, reply) => {
    const locale = site.localeOf(request);
    const status = statusOf(error);
    if (status < 500) {
      if (isAppError(error)) request.log.info({ code: error.code, status, reqId: request.id }, 'request refused');
      const retryAfter = retryAfterOf(error);
      if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
      const page = await site.renderError(status === 404 ? 'notFound' : 'badRequest', locale);
      // The page is shared by every 4xx but 404; only the status line tells them apart.
      return sendErrorPage(request, reply, page.status === status ? page : { ...page, status });
    }
    if (isAppError(error) && status !== 500) request.log.warn({ err: error, reqId: request.id }, 'request failed');
    else request.log.error({ err: error, reqId: request.id, url: request.url.slice(0, 300) }, 'request failed');
    const page = await site.renderError('server', locale, String(request.id));
    return sendErrorPage(request, reply, page.status === status ? page : { ...page, status });
  });
}

import { renderToString } from 'preact-render-to-string';
import { Type } from 'typebox';
import { ERROR_CATALOG } from '../../error-catalog.ts';
import { PROBLEM_TYPE_BASE as ERRORS_PAGE_PATH } from '../problem.ts';
import type { ApiInstance } from './api-types.ts';
import { API_PREFIX } from './openapi.ts';
import { ApiReferencePage, ErrorCodesPage, type ErrorCodeRow, type OpenApiDocument } from './reference.view.tsx';

/** The OpenAPI document, its readable reference page and the error codes page; none of them is in the document. */
export function registerReferenceRoutes(api: ApiInstance, options: { stylesheet: string }): void {
  const html = (body: string) => `<!DOCTYPE html>${body}`;
  // The document @fastify/swagger generates is OpenAPI 3.1 (openapi.ts): the shape the view reads.
  const document = (): OpenApiDocument => api.swagger() as OpenApiDocument;
  const errorRows = loadErrorRows();

  api.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect(`${API_PREFIX}/docs`, 302));

  api.get(
    '/openapi.json',
    { schema: { hide: true, response: { 200: Type.Object({ openapi: Type.String() }, { additionalProperties: true }) } } },
    async () => {
      const doc = api.swagger();
      return { ...doc, openapi: 'openapi' in doc ? String(doc.openapi) : '3.1.0' };
    },
  );

  api.get('/docs', { schema: { hide: true, response: { 200: Type.String() } } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(html(renderToString(<ApiReferencePage doc={document()} stylesheet={options.stylesheet} openApiUrl={`${API_PREFIX}/openapi.json`} errorsUrl={ERRORS_PAGE_PATH} />))),
  );

  api.get('/errors', { schema: { hide: true, response: { 200: Type.String() } } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(html(renderToString(<ErrorCodesPage rows={errorRows} stylesheet={options.stylesheet} referenceUrl={`${API_PREFIX}/docs`} />))),
  );
}

/** Every error code with its status and when it happens, from the catalog docs/errors.md is made from. */
function loadErrorRows(): ErrorCodeRow[] {
  return Object.values(ERROR_CATALOG)
    .map((entry) => ({ code: entry.code, status: String(entry.status), when: entry.when.replaceAll('`', '') }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

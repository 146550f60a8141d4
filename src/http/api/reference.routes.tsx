import fs from 'node:fs';
import path from 'node:path';
import { renderToString } from 'preact-render-to-string';
import { Type } from 'typebox';
import { projectRoot } from '../../platform/project-root.ts';
import { ERRORS_PAGE_PATH, HTTP_ERROR_CODES } from './api-problem.ts';
import type { ApiInstance } from './api-types.ts';
import { API_PREFIX } from './openapi.ts';
import { ApiReferencePage, ErrorCodesPage, type ErrorCodeRow, type OpenApiDocument } from './reference.view.tsx';

const STATUS_OF_KIND: Readonly<Record<string, string>> = {
  not_found: '404',
  validation: '400',
  conflict: '409',
  forbidden: '403',
  unauthenticated: '401',
  unavailable: '503',
};

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

/**
 * This layer's codes, then the modules' from docs/errors.md (the table the modules keep), with
 * the status their kind maps to. Read once at start; a missing file leaves the modules' codes out.
 */
function loadErrorRows(): ErrorCodeRow[] {
  const rows: ErrorCodeRow[] = HTTP_ERROR_CODES.map((c) => ({ code: c.code, status: String(c.status), when: c.when }));
  let text = '';
  try {
    text = fs.readFileSync(path.join(projectRoot(), 'docs/errors.md'), 'utf8');
  } catch {
    return rows;
  }
  for (const line of text.split('\n')) {
    const match = /^\| `([A-Z][A-Z0-9_]+)` \| (\w+) \| (.*) \|$/.exec(line);
    if (match && !rows.some((r) => r.code === match[1])) rows.push({ code: match[1]!, status: STATUS_OF_KIND[match[2]!] ?? '', when: match[3]!.replaceAll('`', '') });
  }
  return rows;
}

import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { PROBLEM_TYPE_BASE as ERRORS_PAGE_PATH } from '../problem.ts';
import { DELIVERY_CACHE_CONTROL } from './delivery-http.ts';

export const API_PREFIX = '/api/v1';

export const API_TAGS = [
  { name: 'pages', description: 'Published pages by their public path, and their children.' },
  { name: 'site', description: 'What every page of the site shows: locales, menus, key figures.' },
  { name: 'stories', description: 'Published stories with their video, poster and caption tracks.' },
  { name: 'search', description: 'Full-text search of published pages, per locale.' },
  { name: 'management', description: 'Documents, translations and their workflow, with an API token.' },
] as const;

const DESCRIPTION = `Published content of the site, for headless front ends and partners.

**Delivery** operations need no token and show only what visitors see (published translations, or a
declared fallback). Any origin may call them (CORS). Every 200 carries a strong \`ETag\` made from its
body: send it back in \`If-None-Match\` to get a 304. \`Cache-Control: ${DELIVERY_CACHE_CONTROL}\`.

**Listings** are paged with an opaque \`cursor\`: pass a page's \`nextCursor\` to get the next one
(\`null\` on the last page); \`limit\` is 1–100, 20 by default.

**Errors** are problem details (RFC 9457, \`application/problem+json\`) with a stable \`code\`, explained at
[${ERRORS_PAGE_PATH}](${ERRORS_PAGE_PATH}).

**Management** operations take an API token made by an administrator in the back office
(\`Authorization: Bearer <token>\`), with scopes \`read\`, \`write\` and \`publish\` and optionally a list of
locales; they are never cached (\`no-store\`) and each token is rate-limited. They run the same
operations as the back office, so they refuse the same things (\`403 POLICY_FORBIDDEN\`). A write to
something that exists names the version it read in \`If-Match\` (the \`ETag\` of the read): \`428\`
without it, \`412\` when someone changed it meanwhile (the problem's \`sent\` holds what you sent).
Saving a published translation stores its working copy: delivery keeps the published text until a
token with \`publish\` (or a reviewer) publishes it.`;

/** @fastify/swagger's options: OpenAPI 3.1, relative server, shared schemas named by their $id. */
export function openApiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Ensemble API', version: '1.0.0', description: DESCRIPTION },
      // Relative, so the document is the same on every deployment and in the committed artefacts;
      // paths are written without this prefix (stripBasePath).
      servers: [{ url: API_PREFIX, description: 'This site' }],
      tags: [...API_TAGS],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token, for management operations.' },
        },
      },
    },
    stripBasePath: true,
    refResolver: {
      // `components.schemas.Problem` rather than `def-0`.
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  };
}

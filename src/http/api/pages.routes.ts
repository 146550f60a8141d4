import { Type } from 'typebox';
import { AppError } from '../../platform/errors.ts';
import { HTTP_NOT_FOUND } from '../http.errors.ts';
import { ANY_ERROR, BAD_REQUEST, LocaleParams, NOT_FOUND, NOT_MODIFIED, ok, PageDocument, PageRedirect, PageSummary, PUBLIC_PATH_OPTIONS } from './api-schemas.ts';
import { CURSOR_QUERY, paginate } from './cursor.ts';
import { hasPath, toDownloads, toPage, toPageSummary } from './delivery-model.tsx';
import type { ApiInstance, DeliveryDeps } from './api-types.ts';

const PathQuery = Type.Object({ path: Type.Optional(Type.String({ ...PUBLIC_PATH_OPTIONS, default: '' })) });

/** A page by its public path, and its children. */
export function registerPageRoutes(api: ApiInstance, deps: DeliveryDeps): void {
  const { reader } = deps;

  api.get(
    '/pages/:locale',
    {
      schema: {
        operationId: 'getPage',
        tags: ['pages'],
        summary: 'A published page by its path',
        description:
          'The document a visitor of `/{locale}/{path}` sees: its own published translation, or the first published one along the locale\'s fallback chain when the site shows fallbacks (`isFallback`). ' +
          'An old path of a moved page answers 301 with the current path in `Location` and in the body.',
        security: [],
        params: LocaleParams,
        querystring: PathQuery,
        response: {
          200: ok(PageDocument, 'The page.'),
          301: { ...PageRedirect, description: 'The page moved: the same operation at its current path.', headers: { Location: { type: 'string', description: 'The same operation at the current path.' } } },
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
          404: NOT_FOUND,
        },
      },
    },
    async (request, reply) => {
      const { locale } = request.params;
      const path = request.query.path ?? '';
      const options = await deps.readOptions();
      const page = await reader.findByPath(locale, path, options);
      if (page && hasPath(page)) return { ...(await toPage(deps, reader, page, options)), downloads: await toDownloads(deps, page) };
      const moved = await reader.findRedirect(locale, path);
      if (moved === undefined) throw pageNotFound();
      const location = `/api/v1/pages/${locale}?path=${encodeURIComponent(moved)}`;
      return reply.code(301).header('location', location).header('cache-control', 'no-cache').send({ locale, path: moved, location });
    },
  );

  api.get(
    '/pages/:locale/children',
    {
      schema: {
        operationId: 'listPageChildren',
        tags: ['pages'],
        summary: 'The published children of a page',
        description: 'In the order editors gave them (position, then id), a page at a time.',
        security: [],
        params: LocaleParams,
        querystring: Type.Object({ ...PathQuery.properties, ...CURSOR_QUERY }),
        response: {
          200: ok(Type.Object({ items: Type.Array(PageSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 'One page of children.'),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
          404: NOT_FOUND,
        },
      },
    },
    async (request) => {
      const { locale } = request.params;
      const { path = '', cursor, limit } = request.query;
      const options = await deps.readOptions();
      const parent = await reader.findByPath(locale, path, options);
      if (!parent) throw pageNotFound();
      const children = (await reader.listChildren(parent.document.id, locale, options)).filter(hasPath);
      const page = paginate(children, { scope: `children:${parent.document.id}`, keyOf: (c) => [c.document.position, c.document.id], cursor, limit });
      return { items: page.items.map((c) => toPageSummary(deps, c)), nextCursor: page.nextCursor };
    },
  );
}

function pageNotFound(): AppError {
  return new AppError(HTTP_NOT_FOUND, 'not_found', 'No published page has this path in this locale.');
}

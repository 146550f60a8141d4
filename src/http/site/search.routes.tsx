import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import type { ContentModule } from '../../modules/content/index.ts';
import type { LocaleCode, LocaleSet, LocalesModule } from '../../modules/locales/index.ts';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  SEARCH_INVALID_TYPE,
  SEARCH_QUERY_TOO_LONG,
  SEARCHABLE_TYPES,
  type SearchModule,
  type SearchResult,
} from '../../modules/search/index.ts';
import type { SettingsModule } from '../../modules/settings/index.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { HTTP_NOT_FOUND } from '../http.errors.ts';
import { sendProblem } from '../problem.ts';
import type { SiteAssets } from './site-assets.ts';
import type { SiteRenderer } from './site.routes.tsx';
import { SEARCH_SEGMENT, SearchPage, type SearchPageModel } from './views/search.view.tsx';
import { createViewContext, pageHref, type ViewContext } from './views/view-context.ts';

export interface SearchRouteDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly settings: SettingsModule;
  readonly search: SearchModule;
  readonly assets: SiteAssets;
  readonly publicUrl: string;
}

interface SearchParams {
  readonly query: string;
  readonly type: string | undefined;
  readonly page: number;
}

/** A minute in shared caches is enough: the index follows publishing at once, and variants are endless. */
const CACHE_CONTROL = 'public, max-age=60';

/**
 * GET /{locale}/search (HTML) and /{locale}/search.json. Never through the page cache: every
 * query is its own page. A refused search (too long, unknown type) is a 400 that says why.
 */
export function registerSearchRoutes(app: FastifyInstance, deps: SearchRouteDeps, site: SiteRenderer): void {
  app.get(`/:locale/${SEARCH_SEGMENT}`, async (request, reply) => {
    const locale = localeParam(request, deps.locales.current());
    if (!locale) return site.sendError(request, reply, 'notFound');
    const params = readParams(request);
    const ctx = createViewContext(deps.locales, locale, deps.assets.urls, deps.publicUrl);
    let result: SearchResult | undefined;
    let error: AppError | undefined;
    try {
      result = await runSearch(deps.search, locale, params);
    } catch (caught) {
      if (!isAppError(caught) || caught.kind !== 'validation') throw caught;
      error = caught;
    }
    const model: SearchPageModel = {
      query: params.query,
      type: error?.code === SEARCH_INVALID_TYPE ? undefined : params.type,
      types: SEARCHABLE_TYPES,
      result,
      pages: result ? pageCount(result) : 0,
      ...(error ? { error: errorMessage(ctx, error) } : {}),
    };
    const options = { fallback: await deps.settings.getFallbackPolicy() };
    const [menu, footer] = await Promise.all([deps.content.reader.getMenu('main', locale, options), deps.content.reader.getMenu('footer', locale, options)]);
    const html = `<!DOCTYPE html>${renderToString(<SearchPage ctx={ctx} menu={menu} footerMenu={footer} model={model} />)}`;
    return reply
      .code(error ? 400 : 200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', error ? 'no-store' : CACHE_CONTROL)
      .send(html);
  });

  app.get(`/:locale/${SEARCH_SEGMENT}.json`, async (request, reply) => {
    const locale = localeParam(request, deps.locales.current());
    if (!locale) return sendProblem(reply, new AppError(HTTP_NOT_FOUND, 'not_found', 'No such locale'));
    const params = readParams(request);
    let result: SearchResult;
    try {
      result = await runSearch(deps.search, locale, params);
    } catch (caught) {
      if (!isAppError(caught) || caught.kind !== 'validation') throw caught;
      return sendProblem(reply, caught);
    }
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', CACHE_CONTROL)
      .header('access-control-allow-origin', '*')
      .send({
        query: params.query,
        total: result.total,
        page: result.page,
        pages: pageCount(result),
        hits: result.hits.map((hit) => ({
          title: hit.title,
          url: deps.publicUrl + pageHref(deps.locales.current(), locale, hit.path),
          type: hit.type,
          snippet: hit.snippet,
        })),
      });
  });
}

function runSearch(search: SearchModule, locale: LocaleCode, params: SearchParams): Promise<SearchResult> {
  return search.search({ locale, query: params.query, type: params.type, page: params.page, pageSize: DEFAULT_PAGE_SIZE });
}

function pageCount(result: SearchResult): number {
  return Math.min(MAX_PAGE, Math.ceil(result.total / result.pageSize));
}

function localeParam(request: FastifyRequest, locales: LocaleSet): LocaleCode | undefined {
  const { locale } = request.params as { locale: string };
  return locales.fromPrefix(locale)?.code;
}

/** q, type and page from the query string; a repeated parameter counts once, junk pages are page 1. */
function readParams(request: FastifyRequest): SearchParams {
  const raw = (request.query ?? {}) as Record<string, unknown>;
  const first = (value: unknown): string => (Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : '');
  const type = first(raw.type).trim();
  const page = Number.parseInt(first(raw.page), 10);
  return { query: first(raw.q), type: type === '' ? undefined : type, page: Number.isFinite(page) ? page : 1 };
}

function errorMessage(ctx: ViewContext, error: AppError): string {
  if (error.code === SEARCH_QUERY_TOO_LONG) return ctx.t('search.tooLong', { max: MAX_QUERY_LENGTH });
  return ctx.t('search.invalidType');
}

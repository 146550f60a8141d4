import type { MenuEntry } from '../../../modules/content/index.ts';
import type { SearchResult } from '../../../modules/search/index.ts';
import { Layout } from './layout.view.tsx';
import { pageHref, type ViewContext } from './view-context.ts';

export const SEARCH_SEGMENT = 'search';

export interface SearchPageModel {
  readonly query: string;
  readonly type: string | undefined;
  readonly types: readonly string[];
  readonly result: SearchResult | undefined;
  readonly pages: number;
  /** A message for a refused search (too long, unknown type), shown instead of results. */
  readonly error?: string;
}

/**
 * The search page: a GET form (so every search has an address and works without script), the
 * count in a status region, results with their type and a snippet whose matches are <mark>ed,
 * and previous/next links. Snippets arrive as text segments and are escaped like all text.
 */
export function SearchPage({ ctx, menu, footerMenu, model }: { ctx: ViewContext; menu: readonly MenuEntry[]; footerMenu: readonly MenuEntry[]; model: SearchPageModel }) {
  const { query, type, result } = model;
  const action = ctx.href(ctx.locale, SEARCH_SEGMENT);
  const title = query.trim() !== '' && !model.error ? ctx.t('search.resultsTitle', { query: query.slice(0, 80) }) : ctx.t('search.title');
  const hrefFor = (page: number) => `${action}?${searchQueryString(query, type, page)}`;
  return (
    <Layout ctx={ctx} title={title} menu={menu} footerMenu={footerMenu} alternates={[]} head={<meta name="robots" content="noindex" />}>
      <article class="page search">
        <header class="page__header">
          <h1>{ctx.t('search.title')}</h1>
        </header>
        <form class="filters search__form" method="get" action={action} role="search">
          <div class="filters__field">
            <label for="search-q">{ctx.t('search.label')}</label>
            <input id="search-q" type="search" name="q" value={query.slice(0, 1000)} maxLength={1000} aria-describedby="search-hint" />
          </div>
          <div class="filters__field">
            <label for="search-type">{ctx.t('search.type')}</label>
            <select id="search-type" name="type">
              <option value="">{ctx.t('search.type.all')}</option>
              {model.types.map((name) => (
                <option value={name} selected={type === name}>{ctx.t(`search.type.${name}` as 'search.type.page')}</option>
              ))}
            </select>
          </div>
          <div class="filters__actions">
            <button type="submit" class="button">{ctx.t('search.submit')}</button>
          </div>
          <p id="search-hint" class="search__hint">{ctx.t('search.hint')}</p>
        </form>
        <p class="search__count" role="status">
          {model.error ?? (result && query.trim() !== '' ? ctx.t('search.count', { total: result.total, query: query.slice(0, 80) }) : ctx.t('search.empty'))}
        </p>
        {result && result.hits.length > 0 ? (
          <section aria-labelledby="search-results">
            <h2 id="search-results" class="visually-hidden">{ctx.t('search.results')}</h2>
            <ol class="search__results" start={(result.page - 1) * result.pageSize + 1}>
              {result.hits.map((hit) => (
                <li class="search__hit">
                  <h3 class="search__title">
                    <a href={ctx.href(ctx.locale, hit.path)}>{hit.title}</a>
                  </h3>
                  <p class="search__type card__meta">{typeLabel(ctx, hit.type)}</p>
                  {hit.snippet.length > 0 ? (
                    <p class="search__snippet">{hit.snippet.map((segment) => (segment.highlighted ? <mark>{segment.text}</mark> : segment.text))}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {result && model.pages > 1 ? (
          <nav class="pagination" aria-label={ctx.t('search.pagination')}>
            {result.page > 1 ? <a rel="prev" href={hrefFor(Math.min(result.page - 1, model.pages))}>{ctx.t('search.previous')}</a> : null}
            <span aria-current="page">{ctx.t('search.pageOf', { page: result.page, pages: model.pages })}</span>
            {result.page < model.pages ? <a rel="next" href={hrefFor(result.page + 1)}>{ctx.t('search.next')}</a> : null}
          </nav>
        ) : null}
      </article>
    </Layout>
  );
}

/** `q=…&type=…&page=…`, leaving out what is empty or the default. */
export function searchQueryString(query: string, type: string | undefined, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

function typeLabel(ctx: ViewContext, type: string): string {
  return ctx.t(`search.type.${type}` as 'search.type.page');
}

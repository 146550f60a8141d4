import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ContentModule, MenuEntry, ReadOptions } from '../../modules/content/index.ts';
import type { MediaModule } from '../../modules/media/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import type { LocaleCode, LocaleSet, LocalesModule } from '../../modules/locales/index.ts';
import type { SettingsModule } from '../../modules/settings/index.ts';
import {
  bodyFor,
  etagFor,
  matchesEtag,
  negotiateEncoding,
  preparePage,
  PUBLIC_PAGE_CACHE_CONTROL,
  type PageCache,
  type RenderedPage,
} from './page-cache.ts';
import { buildDatasetView, datasetCsv, datasetJson, DATA_FORMATS, type DataFormat } from './dataset.ts';
import { buildPageModel, mediaLookup } from './page-model.ts';
import { parseStoryFilter, storyFilterQuery } from './story-list.ts';
import type { SiteAssets } from './site-assets.ts';
import { sendFile } from './file-ranges.ts';
import { contentTypeOf } from '../../platform/file-store/index.ts';
import { DocumentPage } from './views/document.view.tsx';
import { ErrorPage, type ErrorPageKind } from './views/error.view.tsx';
import { createViewContext } from './views/view-context.ts';

export interface SiteDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly settings: SettingsModule;
  readonly media: MediaModule;
  readonly video: VideoModule;
  readonly files: FilesModule;
  readonly assets: SiteAssets;
  readonly cache: PageCache;
  readonly publicUrl: string;
}

const MAX_URL_LENGTH = 2048;
const UNFILTERED = { page: 1 } as const;
/** A dataset's downloads sit under its page's address: /fr/donnees/migrants/data.csv. */
const DATA_FILE = /^(.+)\/data\.(csv|json)$/;
const PATH_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The public website: /{locale}/{path}, language negotiation at /, and the site's assets. */
export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const site = createSiteRenderer(deps);

  app.get('/', async (request, reply) => {
    const locales = deps.locales.current();
    const locale = locales.negotiate(request.headers['accept-language']);
    return reply
      .header('vary', 'Accept-Language')
      .header('cache-control', 'no-cache')
      .redirect(`/${locales.get(locale).prefix}/`, 303);
  });

  app.get('/assets/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const font = deps.assets.fonts.get(name);
    if (font) {
      // WOFF2 is compressed already: sent as it is, named by its content like the other assets.
      return reply
        .type('font/woff2')
        .header('content-length', font.size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(font.file));
    }
    const asset = deps.assets.byName.get(name);
    if (!asset) return site.sendError(request, reply, 'notFound');
    reply.header('content-type', asset.contentType).header('cache-control', 'public, max-age=31536000, immutable');
    return sendPage(request, reply, asset.page);
  });

  app.get('/media/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const file = await deps.media.openFile(name);
    if (!file) return site.sendError(request, reply, 'notFound');
    // Names carry the content's hash: a file never changes, so caches may keep it for a year.
    return sendFile(request, reply, file, { contentType: contentTypeOf(name), immutable: true });
  });

  app.get('/favicon.ico', async (_request, reply) =>
    reply.redirect(deps.assets.urls.icon, 301),
  );

  app.get('/*', async (request, reply) => {
    const locales = deps.locales.current();
    const target = parsePublicUrl(request.url, locales);
    switch (target.kind) {
      case 'redirect':
        return reply.redirect(target.location, 301);
      case 'disabled': {
        // A language the site no longer shows: the same page in its fallback, temporarily (it may come back).
        const to = locales.redirectTarget(target.locale);
        const path = target.path === '' ? '' : await deps.content.reader.pathInLocale(target.locale, target.path, to);
        return reply.header('cache-control', 'no-cache').redirect(`/${locales.get(to).prefix}/${path ?? ''}`, 302);
      }
      case 'error':
        return site.sendError(request, reply, target.error, target.locale);
      case 'data': {
        const data = await site.renderData(target.locale, target.path, target.format);
        if (!data) return site.sendError(request, reply, 'notFound', target.locale);
        reply.header('content-type', DATA_FORMATS[target.format]).header('cache-control', PUBLIC_PAGE_CACHE_CONTROL);
        // A CSV opens in a spreadsheet rather than in the tab; JSON is read where it is.
        if (target.format === 'csv') reply.header('content-disposition', `attachment; filename="${data.filename}"`);
        return sendPage(request, reply, data.page);
      }
      case 'page': {
        const page = await site.renderDocument(target.locale, target.path, target.search);
        if (!page) {
          // An old address of a moved or renamed page: straight to where it is now, on this host.
          const moved = await deps.content.reader.findRedirect(target.locale, target.path);
          if (moved !== undefined) return reply.header('cache-control', 'no-cache').redirect(`/${locales.get(target.locale).prefix}/${moved}`, 301);
          return site.sendError(request, reply, 'notFound', target.locale);
        }
        reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', PUBLIC_PAGE_CACHE_CONTROL);
        return sendPage(request, reply, page);
      }
    }
  });
}

export type SiteRenderer = ReturnType<typeof createSiteRenderer>;

/** Renders public pages and error pages through the cache; also used by the error handlers. */
export function createSiteRenderer(deps: SiteDeps) {
  const { content, settings, assets, cache, publicUrl, locales } = deps;

  async function readOptions(): Promise<ReadOptions> {
    return { fallback: await settings.getFallbackPolicy() };
  }

  async function footerMenu(locale: LocaleCode, options: ReadOptions): Promise<MenuEntry[]> {
    return content.reader.getMenu('footer', locale, options);
  }

  return {
    /**
     * The page at /{locale}/{path}. Only a campaign reads the query (its story filters), and only
     * in its one canonical spelling, so junk query strings all share the unfiltered page's entry.
     */
    async renderDocument(locale: LocaleCode, path: string, search = ''): Promise<RenderedPage | undefined> {
      // The common case, a plain address, goes straight to the cache.
      const filter = search === '' ? UNFILTERED : parseStoryFilter(search, locales.current());
      const query = search === '' ? '' : storyFilterQuery(filter);
      // Keyed by the address as requested (the locale's URL prefix), as the cached-page responder and the export look it up.
      const key = `page:${locales.current().get(locale).prefix}/${path}${query}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const renderedAt = cache.generation;
      const options = await readOptions();
      const doc = await content.reader.findByPath(locale, path, options);
      if (!doc) return undefined;
      if (query !== '' && doc.document.type !== 'campaign') return this.renderDocument(locale, path);
      const [model, footer] = await Promise.all([
        buildPageModel(content.reader, doc, options, mediaLookup(deps), filter),
        footerMenu(locale, options),
      ]);
      const ctx = createViewContext(locales, locale, assets.urls, publicUrl);
      const page = await preparePage(200, documentHtml(<DocumentPage ctx={ctx} model={model} footerMenu={footer} />));
      cache.set(key, page, model.tags, renderedAt);
      return page;
    },

    /**
     * A dataset's data at /{locale}/{path}/data.csv or /data.json: cached, compressed and tagged
     * like its page (same ETag and Cache-Control rules), so a change to the dataset evicts both.
     */
    async renderData(locale: LocaleCode, path: string, format: DataFormat): Promise<{ page: RenderedPage; filename: string } | undefined> {
      const prefix = locales.current().get(locale).prefix;
      const key = `data:${prefix}/${path}/data.${format}`;
      const filename = `${path.split('/').pop() ?? 'data'}-${prefix}.${format}`;
      const cached = cache.get(key);
      if (cached) return { page: cached, filename };
      const renderedAt = cache.generation;
      const doc = await content.reader.findByPath(locale, path, await readOptions());
      if (!doc || doc.document.type !== 'dataset') return undefined;
      const view = buildDatasetView(doc, locale);
      const body = format === 'csv' ? datasetCsv(view) : datasetJson(view, `${publicUrl}/${prefix}/${path}`);
      const page = await preparePage(200, body);
      cache.set(key, page, [`doc:${doc.document.id}`], renderedAt);
      return { page, filename };
    },

    /** Error pages show the menu when the database answers, and a bare frame when it does not. */
    async renderError(kind: ErrorPageKind, locale: LocaleCode, reference?: string): Promise<RenderedPage> {
      const status = kind === 'notFound' ? 404 : kind === 'badRequest' ? 400 : 500;
      const key = `error:${kind}:${locale}`;
      const cached = reference ? undefined : cache.get(key);
      if (cached) return cached;
      let menu: MenuEntry[] = [];
      let footer: MenuEntry[] = [];
      if (kind !== 'server') {
        try {
          const options = await readOptions();
          [menu, footer] = await Promise.all([
            content.reader.getMenu('main', locale, options),
            footerMenu(locale, options),
          ]);
        } catch {
          // The page must still render when the database is the problem.
        }
      }
      const ctx = createViewContext(locales, locale, assets.urls, publicUrl);
      const page = await preparePage(
        status,
        documentHtml(<ErrorPage ctx={ctx} kind={kind} menu={menu} footerMenu={footer} reference={reference} />),
      );
      // Error pages show the menus and nothing else that changes.
      if (!reference) cache.set(key, page, ['menus']);
      return page;
    },

    /** The locale an error page for this request should speak. */
    localeOf(request: FastifyRequest): LocaleCode {
      return localeFor(request, locales.current());
    },

    async sendError(request: FastifyRequest, reply: FastifyReply, kind: ErrorPageKind, locale?: LocaleCode) {
      const page = await this.renderError(kind, locale ?? localeFor(request, locales.current()));
      return sendErrorPage(request, reply, page);
    },
  };
}

export function sendErrorPage(request: FastifyRequest, reply: FastifyReply, page: RenderedPage) {
  reply.code(page.status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
  return sendPage(request, reply, page, false);
}

/** Sends prepared bytes in the client's best encoding, or 304 when its copy is current. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, page: RenderedPage, validate = true) {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  reply.header('vary', 'Accept-Encoding');
  if (validate) {
    reply.header('etag', etagFor(page, encoding));
    // A 304 carries the validator and caching headers, not the body's metadata (RFC 9110 §15.4.5).
    if (matchesEtag(request.headers['if-none-match'], page)) return reply.code(304).removeHeader('content-type').send();
  }
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  const body = bodyFor(page, encoding);
  if (!validate || page.status !== 200) reply.code(page.status);
  return reply.send(body);
}

/** The locale an error page should speak: the one in the URL, else the browser's. */
export function localeFor(request: FastifyRequest, locales: LocaleSet): LocaleCode {
  const first = request.url.split(/[/?#]/)[1] ?? '';
  return locales.fromPrefix(first)?.code ?? locales.negotiate(request.headers['accept-language']);
}

type PublicTarget =
  | { kind: 'page'; locale: LocaleCode; path: string; search: string }
  | { kind: 'data'; locale: LocaleCode; path: string; format: DataFormat }
  | { kind: 'disabled'; locale: LocaleCode; path: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'error'; error: ErrorPageKind; locale?: LocaleCode };

/**
 * Reads /{locale}/{path} from the raw request target. Anything that cannot be a page's address
 * (bad percent-encoding, control characters, odd segments) is answered here, before any lookup.
 */
export function parsePublicUrl(url: string, locales: LocaleSet): PublicTarget {
  if (url.length > MAX_URL_LENGTH) return { kind: 'error', error: 'notFound' };
  const [pathname = '', ...queryParts] = url.split('?');
  const search = queryParts.length > 0 ? `?${queryParts.join('?')}` : '';
  const [, first = '', ...rest] = pathname.split('/');
  const found = locales.fromPrefix(first);
  if (!found) {
    const disabled = locales.anyFromPrefix(first);
    if (!disabled) return { kind: 'error', error: 'notFound' };
    const wanted = rest.join('/');
    return { kind: 'disabled', locale: disabled.code, path: PATH_PATTERN.test(wanted) ? wanted : '' };
  }
  const locale = found.code;
  const prefix = found.prefix;
  if (rest.length === 0) return { kind: 'redirect', location: `/${prefix}/` };
  let path: string;
  try {
    path = decodeURIComponent(rest.join('/'));
  } catch {
    return { kind: 'error', error: 'badRequest', locale };
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return { kind: 'error', error: 'badRequest', locale };
  if (path === '') return { kind: 'page', locale, path: '', search };
  if (path.endsWith('/') && PATH_PATTERN.test(path.slice(0, -1))) {
    return { kind: 'redirect', location: `/${prefix}/${path.slice(0, -1)}` };
  }
  const data = DATA_FILE.exec(path);
  if (data?.[1] !== undefined && PATH_PATTERN.test(data[1])) return { kind: 'data', locale, path: data[1], format: data[2] as DataFormat };
  if (!PATH_PATTERN.test(path)) return { kind: 'error', error: 'notFound', locale };
  return { kind: 'page', locale, path, search };
}

function documentHtml(vnode: VNode): string {
  return `<!DOCTYPE html>${renderToString(vnode)}`;
}

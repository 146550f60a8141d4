import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentModule, LocalizedDocument, PublishedAddress } from '../../modules/content/index.ts';
import type { LocaleCode, LocaleSet, LocalesModule } from '../../modules/locales/index.ts';
import { buildAtom, buildRss, feedHref, type FeedEntry, type FeedFormat, type FeedInfo, type FeedKind } from './feeds.ts';
import { preparePage, preparePageSync, PUBLIC_PAGE_CACHE_CONTROL, type PageCache, type RenderedPage } from './page-cache.ts';
import { sendPage, type SiteRenderer } from './site.routes.tsx';
import { buildRobotsTxt, buildSitemap, buildSitemapIndex, ROUTABLE_TYPES, sitemapPages } from './sitemaps.ts';
import { pageHref } from './views/view-context.ts';

export interface FeedDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly cache: PageCache;
  readonly publicUrl: string;
}

const FEED_SIZE = 50;
const FEED_FILE = /^(news|stories)\.(rss|atom)$/;
const SITEMAP_FILE = /^([a-z0-9-]{2,40})\.xml$/;
/** Content type of each kind of feed: news are statements, stories are stories. */
const FEED_TYPES: Readonly<Record<FeedKind, string>> = { news: 'statement', stories: 'story' };
const CONTENT_TYPE: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};
const XML = 'application/xml; charset=utf-8';

/**
 * RSS and Atom feeds per locale, the sitemap index and one sitemap per locale, and robots.txt.
 * Feeds and sitemaps go through the page cache (keys `feed:{locale}:{kind}.{format}`,
 * `sitemap:index`, `sitemap:{locale}`), so they are built and compressed once per content change.
 */
export function registerFeedRoutes(app: FastifyInstance, deps: FeedDeps, site: SiteRenderer): void {
  const { content, cache, publicUrl, locales } = deps;
  const robots = preparePageSync(200, buildRobotsTxt(publicUrl));

  /** `tags` say which content changes evict the entry (see cache-invalidation.ts). */
  async function cached(key: string, tags: readonly string[], build: () => Promise<string>): Promise<RenderedPage> {
    const hit = cache.get(key);
    if (hit) return hit;
    const generation = cache.generation;
    const page = await preparePage(200, await build());
    cache.set(key, page, tags, generation);
    return page;
  }

  // Addresses only, never texts, read once for every locale's sitemap until content changes.
  let addresses: { generation: number; list: Promise<PublishedAddress[]> } | undefined;
  function publishedAddresses(): Promise<PublishedAddress[]> {
    if (addresses?.generation !== cache.generation) {
      const list = content.reader.listPublishedAddresses(ROUTABLE_TYPES);
      addresses = { generation: cache.generation, list };
      list.catch(() => {
        if (addresses?.list === list) addresses = undefined;
      });
    }
    return addresses.list;
  }

  function send(request: FastifyRequest, reply: FastifyReply, type: string, page: RenderedPage) {
    reply.header('content-type', type).header('cache-control', PUBLIC_PAGE_CACHE_CONTROL);
    return sendPage(request, reply, page);
  }

  app.get('/robots.txt', async (request, reply) => send(request, reply, 'text/plain; charset=utf-8', robots));

  app.get('/:locale/feeds/:file', async (request, reply) => {
    const { locale: prefix, file } = request.params as { locale: string; file: string };
    const set = locales.current();
    const locale = set.fromPrefix(prefix)?.code;
    const match = FEED_FILE.exec(file);
    if (locale === undefined || !match) return site.sendError(request, reply, 'notFound', locale);
    const kind = match[1] as FeedKind;
    const format = match[2] as FeedFormat;
    const page = await cached(`feed:${locale}:${kind}.${format}`, [`type:${FEED_TYPES[kind]}`], async () => {
      const info = feedInfo(publicUrl, set, locales.translate, locale, kind, format);
      const entries = await listFeedEntries(content, publicUrl, set, locale, kind);
      return format === 'rss' ? buildRss(info, entries) : buildAtom(info, entries);
    });
    return send(request, reply, CONTENT_TYPE[format], page);
  });

  app.get('/sitemap.xml', async (request, reply) =>
    send(request, reply, XML, await cached('sitemap:index', [], async () => buildSitemapIndex(publicUrl, locales.current()))),
  );

  app.get('/sitemaps/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const set = locales.current();
    const locale = set.fromPrefix(SITEMAP_FILE.exec(file)?.[1] ?? '')?.code;
    if (locale === undefined) return site.sendError(request, reply, 'notFound');
    const page = await cached(`sitemap:${locale}`, ['any'], async () => buildSitemap(sitemapPages(await publishedAddresses(), publicUrl, locale, set), set));
    return send(request, reply, XML, page);
  });
}

/**
 * The latest entries of a feed, newest first. Only translations published in the feed's own
 * locale are items: a page a visitor of that locale would read as a fallback in another language
 * belongs to the other locale's feed, so every item's title and summary are in the feed's language.
 */
async function listFeedEntries(content: ContentModule, publicUrl: string, locales: LocaleSet, locale: LocaleCode, kind: FeedKind): Promise<FeedEntry[]> {
  const docs = await content.reader.listByType(FEED_TYPES[kind], locale, { fallback: 'hide' });
  const host = new URL(publicUrl).hostname;
  return docs
    .filter((doc) => doc.path !== undefined && !doc.isFallback)
    .map((doc) => toEntry(doc, publicUrl + pageHref(locales, doc.locale, doc.path ?? ''), host, kind))
    .sort((a, b) => (a.published === b.published ? b.updated.localeCompare(a.updated) : b.published.localeCompare(a.published)))
    .slice(0, FEED_SIZE);
}

function toEntry(doc: LocalizedDocument, link: string, host: string, kind: FeedKind): FeedEntry {
  const { translation, document } = doc;
  const publishedAt = translation.publishedAt ?? translation.updatedAt;
  const delivered = kind === 'news' && typeof document.fields.deliveredAt === 'string' ? `${document.fields.deliveredAt}T00:00:00.000Z` : undefined;
  const published = delivered ?? publishedAt;
  return {
    // A tag URI (RFC 4151): stable across slug changes, one per document and language.
    id: `tag:${host},2019:${document.id}:${translation.locale}`,
    title: translation.title,
    link,
    summary: translation.summary,
    published,
    updated: publishedAt > published ? publishedAt : published,
  };
}

function feedInfo(publicUrl: string, locales: LocaleSet, translate: LocalesModule['translate'], locale: LocaleCode, kind: FeedKind, format: FeedFormat): FeedInfo {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const prefix = locales.get(locale).prefix;
  const siteName = t('site.name');
  return {
    id: `tag:${new URL(publicUrl).hostname},2019:feed:${locale}:${kind}`,
    title: `${siteName} – ${t(kind === 'news' ? 'seo.newsFeed' : 'seo.storiesFeed')}`,
    description: t(kind === 'news' ? 'seo.newsFeedDescription' : 'seo.storiesFeedDescription'),
    locale,
    homeUrl: `${publicUrl}/${prefix}/`,
    selfUrl: publicUrl + feedHref(prefix, kind, format),
    author: siteName,
    generator: 'Ensemble',
  };
}

import { performance } from 'node:perf_hooks';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { LocaleCode } from '../modules/locales/index.ts';
import type { ExportedLocale } from './export-writer.ts';
import { findCssLinks, findHtmlLinks, findXmlLinks, toSitePath } from './export-links.ts';
import { ExportWriter, type Precompressed } from './export-writer.ts';
import type { PageCache } from '../http/site/page-cache.ts';
import { indexWithPagefind } from './pagefind-index.ts';
import { loadSiteVersions, type SiteVersionSources } from './site-versions.ts';
import { SEARCH_SCRIPT, SEARCH_SCRIPT_PATH, staticFormPage, staticSearchPage, withoutSearchBody } from './static-pages.ts';

export interface ExportOptions {
  readonly outDir: string;
  /** The site's public origin: absolute links to it are links inside the export. */
  readonly publicUrl: string;
  /** How many pages are rendered at once (default 16). */
  readonly concurrency?: number;
  /** Called as files are done; `total` grows while links are discovered. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Build the Pagefind index for the static search page (default true). */
  readonly pagefind?: boolean;
  /**
   * The application's modules and page cache: with them, a page whose content has not changed
   * since the last export into `outDir` keeps its files without being rendered (site-versions.ts).
   */
  readonly skipUnchanged?: { readonly modules: SiteVersionSources; readonly pageCache: PageCache };
}

export interface ExportSummary {
  /** HTML pages in the export. */
  readonly pages: number;
  /** Files in the export, not counting the `.br` and `.gz` beside them. */
  readonly files: number;
  /** Files whose bytes changed and were written (their `.br`/`.gz` not counted). */
  readonly written: number;
  readonly unchanged: number;
  readonly deleted: number;
  /** Bytes written, encodings included. */
  readonly bytes: number;
  readonly ms: number;
  readonly writtenPaths: readonly string[];
  readonly deletedPaths: readonly string[];
  /** Links on the site that lead nowhere (the export leaves them as they are). */
  readonly warnings: readonly string[];
  /** Whether Pagefind indexed the site again (only when some HTML changed). */
  readonly reindexed: boolean;
  /** HTML pages kept from the last export without rendering, their content being unchanged. */
  readonly skipped: number;
}

/** Addresses the static site cannot serve: the back office, private previews and oEmbed's JSON API. */
const NEVER_EXPORTED = [/^\/admin(\/|$)/, /^\/preview(\/|$)/, /^\/oembed(\/|$)/];
/** Named by their content: a file the last export wrote under the same name is still right. */
const CONTENT_NAMED = [/^\/assets\//, /^\/media\//, /^\/captions\//];
const OPTIONAL_SEEDS = (prefix: string) => [
  `/sitemaps/${prefix}.xml`,
  ...['news.rss', 'news.atom', 'stories.rss', 'stories.atom'].map((feed) => `/${prefix}/feeds/${feed}`),
];
const MISSING_PAGE = 'ensemble-export-missing-page';

/**
 * Writes the public site into `outDir` as static files: every page reachable from the locale home
 * pages (with `.br` and `.gz` beside text files), media, feeds, sitemaps, localised 404 pages and a
 * Pagefind index. Pages are rendered in-process with `inject`; only files whose bytes changed since
 * the last export are written, and files it no longer produces are deleted.
 */
export async function exportSite(app: FastifyInstance, options: ExportOptions): Promise<ExportSummary> {
  const started = performance.now();
  const writer = await ExportWriter.open(options.outDir);
  const origins = new Set([new URL(options.publicUrl).origin, 'http://localhost']);
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const warnings: string[] = [];
  const seen = new Set<string>();
  const queue: { path: string; optional: boolean; from: string }[] = [];
  let done = 0;
  let pages = 0;
  let skipped = 0;
  let htmlChanged = false;
  const versions = options.skipUnchanged ? await loadSiteVersions(options.skipUnchanged.modules, options.publicUrl) : undefined;
  if (versions) writer.setSite(versions.site);

  const enqueue = (sitePath: string, optional: boolean, from: string): void => {
    if (seen.has(sitePath) || NEVER_EXPORTED.some((pattern) => pattern.test(sitePath))) return;
    seen.add(sitePath);
    queue.push({ path: sitePath, optional, from });
  };
  const progress = () => options.onProgress?.(done, seen.size);

  // The locales as the delivery API lists them: the export asks the site like any client would.
  const locales = await exportedLocales(app);
  writer.setLocales(locales);
  const prefixes = locales.map((l) => l.prefix);
  for (const prefix of prefixes) enqueue(`/${prefix}/`, false, '(start)');
  for (const seed of ['/robots.txt', '/sitemap.xml']) enqueue(seed, true, '(start)');
  for (const prefix of prefixes) for (const seed of OPTIONAL_SEEDS(prefix)) enqueue(seed, true, '(start)');
  // The static search page exists whether or not a page links to it yet.
  if (options.pagefind ?? true) for (const prefix of prefixes) enqueue(`/${prefix}/search`, false, '(start)');

  const visit = async ({ path: sitePath, optional, from }: { path: string; optional: boolean; from: string }): Promise<void> => {
    const special = dynamicPage(sitePath, locales);
    if (special) {
      const frame = special.kind === 'search' ? await firstPage(app, [`/${special.prefix}/search`, `/${special.prefix}/`]) : await firstPage(app, [sitePath]);
      if (frame === undefined) return;
      const html = special.kind === 'search' ? staticSearchPage(frame) : staticFormPage(special.locale, frame);
      pages += 1;
      if (await writer.write(outputPath(sitePath, true), Buffer.from(withoutSearchBody(html)))) htmlChanged = true;
      return;
    }
    const file = outputPath(sitePath, false);
    // A stylesheet is read again even when unchanged: the fonts its url()s name are found through it.
    if (CONTENT_NAMED.some((pattern) => pattern.test(sitePath)) && !sitePath.endsWith('.css') && (await writer.hasUnchanged(file))) return;
    const before = versions && writer.previousPage(sitePath, versions.site);
    if (before && versions.pageVersion(before.tags) === before.version && writer.keep(outputPath(sitePath, true))) {
      pages += 1;
      skipped += 1;
      writer.recordPage(sitePath, before);
      for (const link of before.links) enqueue(link, false, sitePath);
      return;
    }

    const response = await app.inject({ method: 'GET', url: sitePath, headers: { 'accept-encoding': 'identity', accept: '*/*' } });
    if (response.statusCode >= 300 && response.statusCode < 400) {
      const target = toSitePath(String(response.headers.location ?? ''), origin(options.publicUrl) + sitePath, origins);
      if (target === undefined) return;
      writer.addRedirect(sitePath, target);
      enqueue(target, false, sitePath);
      return;
    }
    if (response.statusCode !== 200) {
      if (!optional) warnings.push(`${sitePath} answered ${response.statusCode} (linked from ${from})`);
      return;
    }
    const type = String(response.headers['content-type'] ?? '');
    const isHtml = type.startsWith('text/html');
    const bytes = response.rawPayload;
    const base = origin(options.publicUrl) + sitePath;
    const links = isHtml ? findHtmlLinks(response.body) : type.startsWith('text/css') ? findCssLinks(response.body) : /xml/.test(type) ? findXmlLinks(response.body) : [];
    const targets: string[] = [];
    for (const link of links) {
      const target = toSitePath(link, base, origins);
      if (target === undefined) continue;
      targets.push(target);
      enqueue(target, false, sitePath);
    }
    if (isHtml) {
      pages += 1;
      // The tags the application rendered the page with, so the next export knows when it changed.
      const cachedTags = options.skipUnchanged?.pageCache.tagsOf(`page:${sitePath.slice(1)}`);
      const tags = cachedTags && [...cachedTags].sort();
      const version = tags && versions?.pageVersion(tags);
      if (tags && version) writer.recordPage(sitePath, { version, tags, links: [...new Set(targets)] });
    }
    const target = outputPath(sitePath, isHtml);
    const changed = await writer.write(target, bytes, () => precompressed(app, sitePath, response));
    if (changed && isHtml) htmlChanged = true;
  };

  await runPool(queue, concurrency, async (item) => {
    await visit(item);
    done += 1;
    progress();
  });

  // The localised "page not found" pages: nginx answers a missing address with its locale's.
  for (const prefix of prefixes) {
    const response = await app.inject({ method: 'GET', url: `/${prefix}/${MISSING_PAGE}`, headers: { 'accept-encoding': 'identity' } });
    if (response.statusCode !== 404) continue;
    const html = Buffer.from(withoutSearchBody(response.body));
    if (await writer.write(`${prefix}/404.html`, html)) htmlChanged = true;
    if (prefix === prefixes[0] && (await writer.write('404.html', html))) htmlChanged = true;
  }

  let reindexed = false;
  if (options.pagefind ?? true) {
    await writer.write(SEARCH_SCRIPT_PATH.slice(1), Buffer.from(SEARCH_SCRIPT));
    const previous = writer.previousFiles('pagefind/');
    const kept = !htmlChanged && previous.length > 0 && (await Promise.all(previous.map((file) => writer.hasUnchanged(file)))).every(Boolean);
    if (!kept) {
      // Files of an index that was partly kept before are rewritten with the new index anyway.
      for (const file of await indexWithPagefind(writer.outDir)) await writer.write(file.path, file.content);
      reindexed = true;
    }
  }
  await writer.finish();

  return {
    pages,
    files: writer.unchanged + writer.written.length,
    written: writer.written.length,
    unchanged: writer.unchanged,
    deleted: writer.deleted.length,
    bytes: writer.bytes,
    ms: Math.round(performance.now() - started),
    writtenPaths: writer.written,
    deletedPaths: writer.deleted,
    warnings,
    reindexed,
    skipped,
  };
}

/** `/fr/` → `fr/index.html`, `/fr/a/b` (HTML) → `fr/a/b/index.html`, other files keep their path. */
export function outputPath(sitePath: string, isHtml: boolean): string {
  const relative = sitePath.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return isHtml && !/\.html?$/.test(relative) ? `${relative}/index.html` : relative;
}

function dynamicPage(sitePath: string, locales: readonly ExportedLocale[]): { kind: 'search' | 'form'; locale: LocaleCode; prefix: string } | undefined {
  const match = /^\/([a-z0-9-]{2,40})\/(search|share-your-story)$/.exec(sitePath);
  const locale = locales.find((l) => l.prefix === match?.[1]);
  if (!match || !locale) return undefined;
  return { kind: match[2] === 'search' ? 'search' : 'form', locale: locale.code, prefix: locale.prefix };
}

/** The enabled locales, the default first, as `GET /api/v1/locales` lists them. */
async function exportedLocales(app: FastifyInstance): Promise<ExportedLocale[]> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/locales', headers: { accept: 'application/json' } });
  if (response.statusCode !== 200) throw new Error(`the site's locales could not be read (GET /api/v1/locales answered ${response.statusCode})`);
  const { items } = response.json<{ items: { code: string; prefix: string; isDefault: boolean }[] }>();
  return [...items].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map(({ code, prefix }) => ({ code, prefix }));
}

async function firstPage(app: FastifyInstance, urls: readonly string[]): Promise<string | undefined> {
  for (const url of urls) {
    const response = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    if (response.statusCode === 200 && String(response.headers['content-type']).startsWith('text/html')) return response.body;
  }
  return undefined;
}

/**
 * The application keeps pages and assets compressed once rendered; asking again for br and gzip
 * costs a cache read. Its bytes are used only when its validator shows they encode what was exported.
 */
async function precompressed(app: FastifyInstance, url: string, identity: LightMyRequestResponse): Promise<Precompressed> {
  const etag = identity.headers.etag;
  if (typeof etag !== 'string' || !etag.endsWith('"')) return {};
  const fetchEncoded = async (encoding: 'br' | 'gzip', suffix: string): Promise<Buffer | undefined> => {
    const response = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
    const ok = response.statusCode === 200 && response.headers['content-encoding'] === encoding && response.headers.etag === `${etag.slice(0, -1)}-${suffix}"`;
    return ok ? response.rawPayload : undefined;
  };
  const [br, gz] = await Promise.all([fetchEncoded('br', 'br'), fetchEncoded('gzip', 'gz')]);
  return { br, gz };
}

function origin(publicUrl: string): string {
  return new URL(publicUrl).origin;
}

/** Runs `work` over a queue that grows while it runs, `concurrency` items at a time. */
async function runPool<T>(queue: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let active = 0;
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const pump = (): void => {
      while (!failed && active < concurrency && next < queue.length) {
        const item = queue[next++] as T;
        active += 1;
        work(item).then(
          () => {
            active -= 1;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (active === 0 && next >= queue.length) resolve();
    };
    pump();
  });
}

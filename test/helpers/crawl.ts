import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface CrawledPage {
  /** Final URL after redirects, without fragment. */
  readonly url: string;
  /** First path segment when it looks like a locale (`fr`, `en`, `pt-BR`), else null. */
  readonly locale: string | null;
  readonly html: string;
  /** `<html lang>` and `<html dir>` as served (null when absent). */
  readonly lang: string | null;
  readonly dir: string | null;
  /** Every `id` on the page, plus `<a name>` targets. */
  readonly ids: ReadonlySet<string>;
  /**
   * The page's same-origin `<a href>`/`<area href>` links; `url` is absolute with its fragment,
   * or null when the href does not parse.
   */
  readonly links: readonly PageLink[];
}

export interface PageLink {
  /** The href exactly as written in the HTML. */
  readonly href: string;
  readonly url: string | null;
}

export interface BrokenLink {
  /** Page the link was found on (or `(start)` for a crawl root). */
  readonly foundOn: string;
  /** The href exactly as written in the HTML. */
  readonly href: string;
  /** Absolute URL it resolves to. */
  readonly target: string;
  /** What went wrong: `404`, `redirect to https://other.example/`, `no id="x" on /fr/page`, ... */
  readonly problem: string;
}

export interface CrawlResult {
  /** HTML pages that answered 200, in discovery order. */
  readonly pages: readonly CrawledPage[];
  /** Internal links whose target does not answer 200 after following redirects. */
  readonly broken: readonly BrokenLink[];
  /** Links whose `#fragment` names no element on the target page. */
  readonly brokenFragments: readonly BrokenLink[];
  /** How many distinct URLs were requested. */
  readonly requested: number;
  /** True when the crawl stopped at `maxPages`. */
  readonly truncated: boolean;
}

export interface CrawlOptions {
  readonly startPaths?: readonly string[];
  readonly maxPages?: number;
  readonly concurrency?: number;
  /** Path prefixes that are checked for a 200 but never parsed as pages. */
  readonly skipPrefixes?: readonly string[];
}

interface Edge {
  readonly foundOn: string;
  readonly href: string;
  /** Absolute target with its fragment. */
  readonly target: string;
}

interface Outcome {
  readonly status: number;
  /** Final same-origin URL (no fragment), or null when a redirect left the site or looped. */
  readonly finalUrl: string | null;
  readonly problem: string | null;
}

const LOCALE_SEGMENT = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
const MAX_REDIRECTS = 10;

/**
 * Crawls the site breadth-first from the locale home pages, following same-origin `<a href>`
 * links (parsed with parse5), and reports every internal link that does not end in a 200 and
 * every `#fragment` that names no element on its target page.
 */
export async function crawlSite(baseUrl: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const origin = new URL(baseUrl).origin;
  const startPaths = options.startPaths ?? ['/fr/', '/en/', '/es/', '/ar/'];
  const maxPages = options.maxPages ?? 2_000;
  const concurrency = options.concurrency ?? 4;
  const skipPrefixes = options.skipPrefixes ?? ['/assets/'];

  const outcomes = new Map<string, Outcome>();
  const pagesByUrl = new Map<string, CrawledPage>();
  const pageOrder: CrawledPage[] = [];
  const edges: Edge[] = [];
  const unparsable: BrokenLink[] = [];
  const queue: string[] = [];
  const queued = new Set<string>();
  let truncated = false;

  const enqueue = (url: string): void => {
    if (queued.has(url)) return;
    if (queued.size >= maxPages) {
      truncated = true;
      return;
    }
    queued.add(url);
    queue.push(url);
  };

  for (const start of startPaths) {
    const target = new URL(start, origin).href;
    edges.push({ foundOn: '(start)', href: start, target });
    enqueue(stripFragment(target));
  }

  const visit = async (url: string): Promise<void> => {
    const { outcome, body, contentType } = await fetchFollowingRedirects(url, origin);
    outcomes.set(url, outcome);
    if (outcome.finalUrl !== null && !outcomes.has(outcome.finalUrl)) outcomes.set(outcome.finalUrl, outcome);
    if (outcome.status !== 200 || outcome.finalUrl === null) return;
    const finalPath = new URL(outcome.finalUrl).pathname;
    if (skipPrefixes.some((prefix) => finalPath.startsWith(prefix))) return;
    if (!/^text\/html\b|^application\/xhtml\+xml\b/i.test(contentType)) return;
    if (pagesByUrl.has(outcome.finalUrl)) return;
    // A redirect may land on a page that is also queued under its own URL; parse it once.
    const page = parsePage(outcome.finalUrl, body, origin);
    pagesByUrl.set(page.url, page);
    pageOrder.push(page);
    for (const link of page.links) {
      if (link.url === null) {
        unparsable.push({ foundOn: page.url, href: link.href, target: link.href, problem: 'href is not a valid URL' });
        continue;
      }
      edges.push({ foundOn: page.url, href: link.href, target: link.url });
      const target = stripFragment(link.url);
      if (!outcomes.has(target)) enqueue(target);
    }
  };

  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      while (active < concurrency && queue.length > 0) {
        const next = queue.shift() as string;
        active += 1;
        visit(next).then(
          () => {
            active -= 1;
            pump();
          },
          (error: unknown) => reject(error),
        );
      }
      if (active === 0 && queue.length === 0) resolve();
    };
    pump();
  });

  const broken: BrokenLink[] = [...unparsable];
  const brokenFragments: BrokenLink[] = [];
  for (const edge of edges) {
    const target = stripFragment(edge.target);
    const outcome = outcomes.get(target);
    if (outcome === undefined) continue; // not requested: the crawl hit maxPages
    if (outcome.problem !== null) {
      broken.push({ ...edge, problem: outcome.problem });
      continue;
    }
    const fragment = new URL(edge.target).hash.slice(1);
    if (fragment === '' || outcome.finalUrl === null) continue;
    const page = pagesByUrl.get(outcome.finalUrl);
    if (page === undefined) continue; // not an HTML page: fragments are the viewer's business
    const id = safeDecode(fragment);
    if (!page.ids.has(id) && !page.ids.has(fragment)) {
      brokenFragments.push({
        ...edge,
        problem:
          page.url === edge.foundOn
            ? `no element with id="${id}" on the same page`
            : `no element with id="${id}" on ${new URL(page.url).pathname}`,
      });
    }
  }

  return {
    pages: pageOrder,
    broken: dedupe(broken),
    brokenFragments: dedupe(brokenFragments),
    requested: outcomes.size,
    truncated,
  };
}

/**
 * Report for assertion messages: one line per broken target and problem, with the href as
 * written and the pages it was found on (the first five, then a count).
 */
export function formatBrokenLinks(links: readonly BrokenLink[], origin: string): string {
  const groups = new Map<string, { link: BrokenLink; pages: string[] }>();
  for (const link of links) {
    // Same-page `#x` links group by what they say, others by where they lead.
    const key = `${link.href.startsWith('#') ? link.href : link.target}\u0000${link.problem}`;
    const group = groups.get(key) ?? { link, pages: [] };
    group.pages.push(shortUrl(link.foundOn, origin));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ link, pages }) => {
      const shown = pages.slice(0, 5).join(', ') + (pages.length > 5 ? `, … (${pages.length} pages)` : '');
      return `<a href="${link.href}"> → ${link.problem}; on ${shown}`;
    })
    .join('\n');
}

export function shortUrl(url: string, origin: string): string {
  return url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
}

async function fetchFollowingRedirects(
  start: string,
  origin: string,
): Promise<{ outcome: Outcome; body: string; contentType: string }> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        headers: { accept: 'text/html,*/*;q=0.8' },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error);
      return { outcome: { status: 0, finalUrl: null, problem: `request failed: ${reason}` }, body: '', contentType: '' };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== origin) {
        return {
          outcome: {
            status: response.status,
            finalUrl: null,
            problem: `${response.status} redirect off the site to ${next.href}`,
          },
          body: '',
          contentType: '',
        };
      }
      url = stripFragment(next.href);
      continue;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const isHtml = /^text\/html\b|^application\/xhtml\+xml\b/i.test(contentType);
    const body = isHtml ? await response.text() : '';
    if (!isHtml) await response.body?.cancel();
    const problem =
      response.status === 200
        ? null
        : `${response.status}${url !== start ? ` (after redirect to ${new URL(url).pathname})` : ''}`;
    return { outcome: { status: response.status, finalUrl: url, problem }, body, contentType };
  }
  return {
    outcome: { status: 0, finalUrl: null, problem: `more than ${MAX_REDIRECTS} redirects` },
    body: '',
    contentType: '',
  };
}

function parsePage(url: string, html: string, origin: string): CrawledPage {
  const document = parse(html);
  const ids = new Set<string>();
  const links: PageLink[] = [];
  let lang: string | null = null;
  let dir: string | null = null;
  let base = url;

  walk(document, (element) => {
    const id = attr(element, 'id');
    if (id !== null && id !== '') ids.add(id);
    if (element.tagName === 'html') {
      lang = attr(element, 'lang');
      dir = attr(element, 'dir');
    }
    if (element.tagName === 'base') {
      const href = attr(element, 'href');
      if (href !== null) base = new URL(href, url).href;
    }
    if (element.tagName === 'a') {
      const name = attr(element, 'name');
      if (name !== null && name !== '') ids.add(name);
    }
    if (element.tagName === 'a' || element.tagName === 'area') {
      const href = attr(element, 'href');
      if (href === null) return;
      const trimmed = href.trim();
      if (trimmed === '' || /^(mailto|tel|javascript|data|sms):/i.test(trimmed)) return;
      let absolute: URL;
      try {
        absolute = new URL(trimmed, base);
      } catch {
        links.push({ href, url: null }); // an href that does not even parse is a broken link
        return;
      }
      if (absolute.origin !== origin) return;
      links.push({ href, url: absolute.href });
    }
  });

  const path = new URL(url).pathname;
  const first = path.split('/')[1] ?? '';
  return {
    url,
    locale: LOCALE_SEGMENT.test(first) ? first : null,
    html,
    lang,
    dir,
    ids,
    links,
  };
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  if ('content' in node && node.content) walk(node.content, visit);
  if ('childNodes' in node) {
    for (const child of node.childNodes) walk(child, visit);
  }
}

function attr(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function stripFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function dedupe(links: BrokenLink[]): BrokenLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.foundOn}\u0000${link.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

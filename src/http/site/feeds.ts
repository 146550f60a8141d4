/**
 * A tiny XML writer (every text and attribute escaped, characters XML 1.0 forbids dropped) and the
 * RSS 2.0 and Atom (RFC 4287) documents built with it. Nothing here concatenates unescaped text.
 */

/** An element: name, attributes (undefined ones are left out) and children (text or elements). */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string | undefined>>;
  readonly children: readonly XmlChild[];
}

export type XmlChild = XmlElement | string | undefined | null | false;

/** Builds an element; text children are escaped when written. */
export function el(name: string, attrs: Readonly<Record<string, string | undefined>> = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs, children };
}

/** A whole document: the XML declaration, then the root element. */
export function renderXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeElement(root)}\n`;
}

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (so no lone surrogates).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type FeedKind = 'news' | 'stories';
export type FeedFormat = 'rss' | 'atom';

/** Address of a feed, site-relative; pages link to it for discovery. */
export function feedHref(prefix: string, kind: FeedKind, format: FeedFormat): string {
  return `/${prefix}/feeds/${kind}.${format}`;
}

/** One item of a feed, already in the feed's locale. */
export interface FeedEntry {
  /** Stable and never reused: a tag URI built from the document's id and the locale. */
  readonly id: string;
  readonly title: string;
  /** Absolute address of the page. */
  readonly link: string;
  readonly summary: string;
  /** ISO-8601 instants. */
  readonly published: string;
  readonly updated: string;
}

export interface FeedInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly locale: string;
  /** The site's home page in the locale, absolute. */
  readonly homeUrl: string;
  /** This feed's own address, absolute. */
  readonly selfUrl: string;
  readonly author: string;
  readonly generator: string;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** What an empty feed says it was updated at: any fixed instant keeps its bytes and ETag stable. */
const EMPTY_FEED_UPDATED = '2019-01-01T00:00:00.000Z';

/** RSS 2.0 with an atom:link to itself, as the RSS Advisory Board recommends. */
export function buildRss(feed: FeedInfo, entries: readonly FeedEntry[]): string {
  return renderXml(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': ATOM_NS },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, feed.homeUrl),
        el('description', {}, feed.description),
        el('language', {}, feed.locale),
        el('lastBuildDate', {}, rfc822(feedUpdated(entries))),
        el('generator', {}, feed.generator),
        el('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        ...entries.map((entry) =>
          el(
            'item',
            {},
            el('title', {}, entry.title),
            el('link', {}, entry.link),
            el('guid', { isPermaLink: 'false' }, entry.id),
            el('pubDate', {}, rfc822(entry.published)),
            entry.summary ? el('description', {}, entry.summary) : undefined,
          ),
        ),
      ),
    ),
  );
}

/** Atom 1.0: id, title, updated and author on the feed, a self link, text summaries. */
export function buildAtom(feed: FeedInfo, entries: readonly FeedEntry[]): string {
  return renderXml(
    el(
      'feed',
      { xmlns: ATOM_NS, 'xml:lang': feed.locale },
      el('id', {}, feed.id),
      el('title', {}, feed.title),
      el('subtitle', {}, feed.description),
      el('updated', {}, feedUpdated(entries)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
      el('link', { rel: 'alternate', type: 'text/html', hreflang: feed.locale, href: feed.homeUrl }),
      el('author', {}, el('name', {}, feed.author)),
      el('generator', {}, feed.generator),
      ...entries.map((entry) =>
        el(
          'entry',
          {},
          el('id', {}, entry.id),
          el('title', { type: 'text' }, entry.title),
          el('link', { rel: 'alternate', type: 'text/html', href: entry.link }),
          el('published', {}, entry.published),
          el('updated', {}, entry.updated),
          entry.summary ? el('summary', { type: 'text' }, entry.summary) : undefined,
        ),
      ),
    ),
  );
}

function feedUpdated(entries: readonly FeedEntry[]): string {
  return entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries.length > 0 ? '' : EMPTY_FEED_UPDATED);
}

/** RFC 822 date as RSS 2.0 wants it (RFC 1123 four-digit years, GMT). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

function writeElement(node: XmlElement): string {
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const children = node.children.filter((c): c is XmlElement | string => typeof c === 'string' || (typeof c === 'object' && c !== null));
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  const inner = children.map((c) => (typeof c === 'string' ? escapeXml(c) : writeElement(c))).join('');
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

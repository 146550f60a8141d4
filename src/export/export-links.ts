/**
 * Finds the same-site addresses a response refers to, without a DOM: the site's own HTML, CSS and
 * XML are regular enough (double-quoted attributes, escaped by Preact) for a scan, which is what
 * keeps the export's crawl cheap beside rendering.
 */

const TAG = /<(a|link|script|img|source|video|audio|track|iframe)\b([^>]*)>/gi;
const ATTRIBUTE = /\s(href|src|srcset|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/gi;
const XML_LOC = /<loc>\s*([^<\s]+)\s*<\/loc>|<link\b[^>]*\shref="([^"]+)"/gi;

/** Every address written in href, src, srcset and poster attributes of the tags that load or link. */
export function findHtmlLinks(html: string): string[] {
  const found: string[] = [];
  for (const [, , attributes = ''] of html.matchAll(TAG)) {
    for (const [, name = '', double, single] of attributes.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(double ?? single ?? '');
      if (name.toLowerCase() === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push(url);
        }
      } else if (value.trim() !== '') {
        found.push(value.trim());
      }
    }
  }
  return found;
}

/** The `url(…)` references of a stylesheet. */
export function findCssLinks(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map(([, a, b, c]) => (a ?? b ?? c ?? '').trim()).filter((url) => url !== '' && !url.startsWith('data:'));
}

/** The `<loc>` of sitemaps and the `<link href>` of feeds. */
export function findXmlLinks(xml: string): string[] {
  return [...xml.matchAll(XML_LOC)].map(([, loc, href]) => decodeEntities(loc ?? href ?? ''));
}

/**
 * The site path an address points to, or undefined when it leaves the site (another origin, mailto:,
 * a fragment only). Fragments and query strings are dropped: a static file has one version.
 */
export function toSitePath(reference: string, base: string, origins: ReadonlySet<string>): string | undefined {
  if (/^(mailto|tel|javascript|data|sms):/i.test(reference) || reference.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(reference, base);
  } catch {
    return undefined;
  }
  if (!origins.has(url.origin)) return undefined;
  return url.pathname;
}

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(amp|quot|#39|#x27|lt|gt|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>', apos: "'" };

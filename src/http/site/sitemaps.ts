import { CONTENT_TYPES, type PublishedAddress } from '../../modules/content/index.ts';
import type { LocaleCode, LocaleSet } from '../../modules/locales/index.ts';
import { el, renderXml } from './feeds.ts';
import { pageHref } from './views/view-context.ts';

/**
 * Sitemaps (sitemaps.org 0.9): an index naming one sitemap per locale, each listing the pages that
 * have their own published translation in that locale, with hreflang alternates (Google's
 * xhtml:link extension) and x-default pointing at the default locale's page. Sitemaps are named
 * by the locale's URL prefix (/sitemaps/zh.xml for zh-Hans served at /zh/).
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export interface SitemapPage {
  readonly loc: string;
  readonly lastmod: string;
  /** Absolute addresses of the same document, by locale it is published in (itself included). */
  readonly alternates: ReadonlyMap<LocaleCode, string>;
}

/** The sitemap index at /sitemap.xml. */
export function buildSitemapIndex(publicUrl: string, locales: LocaleSet): string {
  return renderXml(
    el('sitemapindex', { xmlns: SITEMAP_NS }, ...locales.enabled.map((locale) => el('sitemap', {}, el('loc', {}, `${publicUrl}/sitemaps/${locale.prefix}.xml`)))),
  );
}

/** One locale's sitemap. */
export function buildSitemap(pages: readonly SitemapPage[], locales: LocaleSet): string {
  return renderXml(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS },
      ...pages.map((page) => {
        const xDefault = page.alternates.get(locales.defaultLocale);
        return el(
          'url',
          {},
          el('loc', {}, page.loc),
          el('lastmod', {}, page.lastmod),
          ...[...page.alternates].map(([locale, href]) => el('xhtml:link', { rel: 'alternate', hreflang: locale, href })),
          xDefault ? el('xhtml:link', { rel: 'alternate', hreflang: 'x-default', href: xDefault }) : undefined,
        );
      }),
    ),
  );
}

/** The types whose documents have pages of their own, hence sitemap entries. */
export const ROUTABLE_TYPES: readonly string[] = [...CONTENT_TYPES.values()].filter((t) => t.routable).map((t) => t.name);

/**
 * Every public page with its own published translation in `locale`, from every published address
 * (`reader.listPublishedAddresses(ROUTABLE_TYPES)`). A page shown there only as a fallback is left
 * out: it is the other locale's page, listed in that locale's sitemap.
 */
export function sitemapPages(published: readonly PublishedAddress[], publicUrl: string, locale: LocaleCode, locales: LocaleSet): SitemapPage[] {
  const addresses = new Map<string, Map<LocaleCode, string>>();
  for (const page of published) {
    const byCode = addresses.get(page.documentId) ?? new Map<LocaleCode, string>();
    if (locales.isEnabled(page.locale)) byCode.set(page.locale, publicUrl + pageHref(locales, page.locale, page.path));
    addresses.set(page.documentId, byCode);
  }
  return published
    .filter((page) => page.locale === locale)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((page) => ({
      loc: publicUrl + pageHref(locales, locale, page.path),
      lastmod: page.updatedAt,
      alternates: new Map(locales.codes.flatMap((code) => {
        const href = addresses.get(page.documentId)?.get(code);
        return href ? [[code, href] as const] : [];
      })),
    }));
}

/** robots.txt: the back office and preview links are not for crawlers; the sitemap is. */
export function buildRobotsTxt(publicUrl: string): string {
  // Embedded players stay crawlable: they carry noindex themselves, which a crawler only sees if allowed in.
  return ['User-agent: *', 'Disallow: /admin/', 'Disallow: /preview/', 'Allow: /', '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n');
}

import type { CrawledPage } from './crawl.ts';

/** The locales the demo content is published in; Arabic is the right-to-left one. */
export const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

export type Locale = (typeof LOCALES)[number];

/** The desktop viewport every browser test uses. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Timeout for a test that visits every page of the site. */
export const WHOLE_SITE_TIMEOUT = 600_000;

/** The crawled pages whose URL starts with one of the site's locales. */
export function localePages(pages: readonly CrawledPage[]): CrawledPage[] {
  return pages.filter((page) => (LOCALES as readonly string[]).includes(page.locale ?? ''));
}

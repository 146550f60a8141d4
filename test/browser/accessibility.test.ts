import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkWithAxe, formatAxe, WCAG_21_AA } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { crawlSite, shortUrl } from '../helpers/crawl.ts';
import { localePages, VIEWPORT, WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';

/** axe-core in Debian's headless Chromium on every page of every locale. */

/**
 * Pages checked at the same time, each in its own tab of one context. On a two-core machine
 * this test took 42-43 s with 1 tab, 33-34 s with 2 and 31-32 s with 3; the results are the same.
 */
const TABS = 3;

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('public site', () => {
  it('passes axe (WCAG 2.1 AA) on every page in fr, en, es and ar', async () => {
    const pages = localePages((await crawlSite(baseUrl)).pages);
    const results = await checkWithAxe(
      browser,
      pages.map((page) => page.url),
      { viewport: VIEWPORT, tags: WCAG_21_AA, tabs: TABS },
    );
    for (const result of results) {
      expect(result.status, `${shortUrl(result.url, baseUrl)} status in Chromium`).toBe(200);
    }
    const violations = results.flatMap((result) => result.violations);
    console.log(`axe: ${pages.length} pages, ${violations.length} violations`);
    expect(formatAxe(violations, baseUrl), 'axe violations').toBe('');
    expect(pages.length).toBeGreaterThan(0);
  }, WHOLE_SITE_TIMEOUT);
});

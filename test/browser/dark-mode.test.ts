import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkWithAxe, formatAxe } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { crawlSite } from '../helpers/crawl.ts';
import { localePages, VIEWPORT, WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';

/**
 * The public site in a visitor's dark scheme (prefers-color-scheme: dark): the page really turns
 * dark, and axe's contrast rules pass on every page in fr, en, es and ar, as they do in the light one.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Relative luminance of a computed `rgb(r, g, b)` colour (WCAG 2.1 definition). */
function luminance(rgb: string): number {
  const channels = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('dark colour scheme', () => {
  it('turns the page, its header and its links light on dark, and prints black on white', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of ['/fr/', '/ar/']) {
      await page.goto(baseUrl + path);
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
        return {
          page: style('html').backgroundColor,
          header: style('.site-header').backgroundColor,
          text: style('body').color,
          link: style('main a:not(.button)').color,
        };
      });
      expect(luminance(colours.page), `${path} background ${colours.page}`).toBeLessThan(0.05);
      expect(luminance(colours.header), `${path} header ${colours.header}`).toBeLessThan(0.05);
      expect(luminance(colours.text), `${path} text ${colours.text}`).toBeGreaterThan(0.6);
      expect(luminance(colours.link), `${path} link ${colours.link}`).toBeGreaterThan(0.3);
    }
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(printed)).toBeLessThan(0.01);
    await context.close();
  });

  it('passes axe (WCAG 2.1 AA, contrast included) on every page in fr, en, es and ar', async () => {
    const pages = localePages((await crawlSite(baseUrl)).pages);
    const results = await checkWithAxe(
      browser,
      pages.map((p) => p.url),
      { viewport: VIEWPORT, tags: ['wcag2aa'], tabs: 3, colorScheme: 'dark' },
    );
    const violations = results.flatMap((result) => result.violations);
    console.log(`axe, dark scheme: ${pages.length} pages, ${violations.length} violations`);
    expect(pages.length).toBeGreaterThan(0);
    expect(formatAxe(violations, baseUrl), 'axe violations in the dark scheme').toBe('');
  }, WHOLE_SITE_TIMEOUT);
});

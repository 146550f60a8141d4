import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** The print stylesheet: the document without the site's navigation, its links followed by their addresses. */

const baseUrl = inject('baseUrl');
const STATEMENT = '/fr/journee-internationale-des-migrants-2019/message-du-directeur-general';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('print', () => {
  it.each([STATEMENT, '/ar/al-yawm-al-duwali-lil-muhajirin-2019/risalat-al-mudir-al-amm'])('prints %s without menu, languages or search, and with the addresses of the text’s links', async (path) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + path);
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => page.evaluate((s) => [...document.querySelectorAll(s)].some((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null), selector);
      for (const selector of ['.main-nav', '.languages', '.site-search-link', '.skip-link', '.site-footer nav']) expect(await shown(selector), selector).toBe(false);
      expect(await shown('main h1')).toBe(true);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main .prose a[href^="/"]')].map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.after).toContain(link.href);
      // The site's name is not followed by an address.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.brand')!, '::after').content)).toMatch(/^(none|normal)$/);
      // Black on white.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main h1')!).color)).toBe('rgb(0, 0, 0)');
      // And Chromium makes a PDF of it.
      expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});

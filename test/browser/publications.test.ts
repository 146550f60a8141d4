import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** A publication's page in a real browser, without JavaScript: its downloads are named and sized, and one downloads a PDF. */

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('publications', () => {
  for (const [locale, listing, first] of [
    ['fr', '/fr/donnees-et-recherche/publications', 'Les migrations dans le monde : l’essentiel, édition 2019'],
    ['ar', '/ar/al-bayanat-wal-buhuth/al-manshurat', 'الهجرة في العالم: أهم النقاط، طبعة 2019'],
  ] as const) {
    it(`leads from the list to a publication on /${locale}/ and downloads its PDF`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false, acceptDownloads: true, locale });
      try {
        const tab = await context.newPage();
        await tab.goto(baseUrl + listing);
        await tab.getByRole('link', { name: first }).click();
        await expect.poll(() => tab.locator('h1').textContent()).toBe(first);
        const links = await tab.evaluate(() =>
          [...document.querySelectorAll('.publication__downloads a')].map((a) => ({
            hreflang: a.getAttribute('hreflang'),
            lang: a.querySelector('[lang]')?.getAttribute('lang'),
            text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
            visible: (a as HTMLElement).getBoundingClientRect().height >= 44,
          })),
        );
        // French first in Arabic too: Arabic has no PDF, the others follow the site's order.
        expect(links.map((l) => l.hreflang)).toEqual(['fr', 'en', 'es']);
        for (const link of links) {
          expect(link.lang).toBe(link.hreflang);
          // A large target: language and size on two lines.
          expect(link.visible).toBe(true);
        }
        expect(links[0]!.text).toBe(locale === 'fr' ? 'Français PDF, 2 ko' : 'Français PDF، 2 كيلوبايت');

        const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator('.publication__downloads a[hreflang="en"]').click()]);
        expect(download.suggestedFilename()).toBe('migration-in-the-world-key-points-2019.pdf');
        const saved = await download.path();
        const bytes = fs.readFileSync(saved);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.toString('latin1')).toContain('%%EOF');
      } finally {
        await context.close();
      }
    });
  }
});

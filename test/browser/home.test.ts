import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkWithAxe, formatAxe, WCAG_21_AA } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * The home page as visitors meet it, on a phone and a desktop, in French and Arabic: the hero leads
 * with the current campaign and its call to action, the key figures follow as a band, the cards keep
 * their pictures' place before they load, nothing runs off the side, and axe finds nothing.
 */

const baseUrl = inject('baseUrl');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;
const CASES = (['fr', 'ar'] as const).flatMap((prefix) => (['phone', 'desktop'] as const).map((size) => [prefix, size] as const));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(viewport: { width: number; height: number }, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('home page', () => {
  it.each(CASES)('in /%s/ on a %s: campaign call to action, key figures, cards with reserved pictures, no overflow', async (prefix, size) => {
    await withPage(VIEWPORTS[size], async (page) => {
      const response = await page.goto(`${baseUrl}/${prefix}/`);
      expect(response?.status()).toBe(200);

      const cta = page.locator('.home-hero__campaign a.button');
      await expect.poll(() => cta.count()).toBe(1);
      expect(await cta.isVisible()).toBe(true);
      // The call to action leads to the campaign hub, in the reader's locale.
      const href = (await cta.getAttribute('href')) ?? '';
      expect(href.startsWith(`/${prefix}/`)).toBe(true);
      expect(href.length).toBeGreaterThan(prefix.length + 2);
      const hero = (await page.locator('.home-hero').boundingBox())!;
      expect(hero.y, 'the hero starts in the first screen').toBeLessThan(VIEWPORTS[size].height);

      const figures = page.locator('.home-figures .fact');
      expect(await figures.count()).toBeGreaterThanOrEqual(4);
      const values = await page.locator('.home-figures .fact__value').allTextContents();
      expect(values.join(' ')).toMatch(prefix === 'ar' ? /[0-9٠-٩]/ : /175/);

      // Every card picture has width and height, so its place is kept before the bytes arrive.
      const cardImages = page.locator('.card__image img');
      expect(await cardImages.count()).toBeGreaterThanOrEqual(5);
      for (const img of await cardImages.all()) {
        expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
        expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
        expect(await img.getAttribute('loading')).toBe('lazy');
      }
      // The hero's picture is described and loads first.
      const heroImg = page.locator('.home-hero__image img');
      expect(await heroImg.getAttribute('loading')).toBeNull();
      expect((await heroImg.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(10);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    });
  });

  it('fills the rows of the section cards at desktop width: no lone card on the last row', async () => {
    await withPage(VIEWPORTS.desktop, async (page) => {
      await page.goto(`${baseUrl}/fr/`);
      const rows = await page.locator('#sections + .cards__list').evaluate((list) => {
        const cards = [...list.children].map((card) => card.getBoundingClientRect());
        const tops = [...new Set(cards.map((c) => Math.round(c.top)))];
        const width = list.getBoundingClientRect().width;
        return tops.map((top) => cards.filter((c) => Math.round(c.top) === top).reduce((sum, c) => sum + c.width, 0) / width);
      });
      expect(rows.length).toBeGreaterThan(1);
      // Each row's cards cover nearly the list's whole width (the gaps make up the rest).
      for (const filled of rows) expect(filled).toBeGreaterThan(0.9);
    });
  });

  it('passes axe (WCAG 2.1 AA) in fr and ar, on a phone and a desktop', async () => {
    const urls = [`${baseUrl}/fr/`, `${baseUrl}/ar/`];
    const violations = [];
    for (const viewport of Object.values(VIEWPORTS)) {
      const results = await checkWithAxe(browser, urls, { viewport, tags: WCAG_21_AA, tabs: 1 });
      violations.push(...results.flatMap((result) => result.violations));
    }
    expect(formatAxe(violations, baseUrl), 'axe violations').toBe('');
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * The header as visitors meet it: one short row on a phone, whose Menu opens the menu and the
 * languages by keyboard, without JavaScript; on a desktop the menu on one row in every language
 * of the demo, its sections opening below it.
 */

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 } as const;
const DESKTOP = { width: 1366, height: 900 } as const;
const DEMO_PREFIXES = ['fr', 'en', 'es', 'ar', 'zh', 'ru'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(viewport: { width: number; height: number }, run: (page: Page) => Promise<T>, javaScript = true): Promise<T> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

describe('on a phone', () => {
  it.each(['fr', 'ar', 'ru'])('keeps the header to one row in /%s/: name, search and Menu side by side, the menu closed', async (prefix) => {
    await withPage(PHONE, async (page) => {
      await page.goto(`${baseUrl}/${prefix}/`);
      const header = (await box(page, '.site-header'))!;
      const [brand, search, toggle] = [(await box(page, '.brand'))!, (await box(page, '.site-search-link'))!, (await box(page, '.site-menu__toggle'))!];
      expect(header.height, 'header height in px').toBeLessThan(100);
      // One row: the three overlap vertically.
      for (const item of [search, toggle]) {
        expect(item.y).toBeLessThan(brand.y + brand.height);
        expect(item.y + item.height).toBeGreaterThan(brand.y);
      }
      expect(await page.locator('.main-nav').isVisible()).toBe(false);
      expect(await page.locator('.languages').isVisible()).toBe(false);
      // The search link keeps its word for screen readers while it shows an icon.
      expect(await page.getByRole('link', { name: /Rechercher|بحث|Поиск/ }).count()).toBe(1);
    });
  });

  it('opens the menu and the languages from the keyboard, without JavaScript, and reaches a section’s pages', async () => {
    await withPage(
      PHONE,
      async (page) => {
        await page.goto(`${baseUrl}/fr/`);
        await page.locator('.site-menu__toggle').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.main-nav').isVisible()).toBe(true);
        expect(await page.locator('.languages').isVisible()).toBe(true);
        expect(await page.locator('.site-menu').getAttribute('open')).not.toBeNull();
        // Tab into the menu: the first section's disclosure, opened with Space.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('main-nav__top'))).toBe(true);
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
        expect(href).toMatch(/^\/fr\/qui-sommes-nous$/);
        // The open panel lies over the page, below the header's row, as wide as the screen.
        const panel = (await box(page, '.site-menu__panel'))!;
        const header = (await box(page, '.site-header'))!;
        expect(panel.y).toBeGreaterThanOrEqual(header.y + header.height - 2);
        expect(panel.width).toBeGreaterThan(PHONE.width - 2);
      },
      false,
    );
  });
});

describe('on a desktop', () => {
  it.each(DEMO_PREFIXES)('shows the menu on one row in /%s/, with the languages and search beside the name', async (prefix) => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${baseUrl}/${prefix}/`);
      expect(await page.locator('.site-menu__toggle').isVisible()).toBe(false);
      expect(await page.locator('.languages').isVisible()).toBe(true);
      const tops = await page.locator('.main-nav__list > .main-nav__item').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(5);
      expect(new Set(tops).size, `rows of the menu: ${JSON.stringify(tops)}`).toBe(1);
      const brand = (await box(page, '.brand'))!;
      const languages = (await box(page, '.languages'))!;
      expect(languages.y).toBeLessThan(brand.y + brand.height);
      // The page does not scroll sideways for the menu's full-width band.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(DESKTOP.width);
    });
  });

  it('opens a section below the menu, over the page, in French and mirrored in Arabic', async () => {
    for (const prefix of ['fr', 'ar']) {
      await withPage(DESKTOP, async (page) => {
        await page.goto(`${baseUrl}/${prefix}/`);
        await page.locator('.main-nav__section > summary').first().click();
        const panel = page.locator('.main-nav__section[open] .main-nav__panel');
        await expect.poll(() => panel.isVisible()).toBe(true);
        const [nav, drop, item] = [(await box(page, '.main-nav'))!, (await panel.boundingBox())!, (await box(page, '.main-nav__item'))!];
        expect(drop.y).toBeGreaterThanOrEqual(nav.y + nav.height - 4);
        // The panel starts at its item's inline start: the left edge in French, the right in Arabic.
        if (prefix === 'fr') expect(Math.abs(drop.x - item.x)).toBeLessThan(2);
        else expect(Math.abs(drop.x + drop.width - (item.x + item.width))).toBeLessThan(2);
        // Nothing clips it: its last link is on screen and can be clicked.
        const last = panel.locator('a').last();
        expect(await last.isVisible()).toBe(true);
      });
    }
  });

  it('names the campaign by its short menu title in the menu and by its full title on its page', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${baseUrl}/fr/`);
      const link = page.locator('.main-nav__list > .main-nav__item > a', { hasText: 'Journée des migrants' });
      expect(await link.count()).toBe(1);
      await link.click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Journée internationale des migrants 2019');
    });
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * The frame around a content page: a side column with the section's pages, beside the text on a
 * desktop (on the right in French, on the left in Arabic) and after it on a phone; and a footer
 * with the organisation's sections and the site's own pages.
 */
const baseUrl = inject('baseUrl');
const PAGES = { fr: '/fr/notre-travail/ce-que-nous-faisons', ar: '/ar/amaluna/ma-naqum-bihi' } as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  return page;
}

describe('a page inside a section', () => {
  it.each(Object.entries(PAGES))('lists its section in a side column beside the text at 1366 px (%s)', async (locale, path) => {
    const page = await open(path, 1366);
    const nav = page.locator('aside nav.section-nav');
    expect(await nav.getAttribute('aria-labelledby')).toBe('section-nav-title');
    const links = nav.locator('li a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    const current = nav.locator('a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(path);
    const article = (await page.locator('main article').boundingBox())!;
    const aside = (await page.locator('main aside').boundingBox())!;
    // Side by side, sharing the same band of the page.
    expect(aside.y).toBeLessThan(article.y + article.height / 2);
    if (locale === 'ar') expect(aside.x + aside.width).toBeLessThanOrEqual(article.x);
    else expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.context().close();
  });

  it('puts the side column after the text on a phone, nothing wider than the screen', async () => {
    const page = await open(PAGES.fr, 390);
    const article = (await page.locator('main article').boundingBox())!;
    const aside = (await page.locator('main aside').boundingBox())!;
    expect(aside.y).toBeGreaterThanOrEqual(article.y + article.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('is not drawn on the home, a section, the map or the organisational chart', async () => {
    // The home, a section, and the pages whose map or chart needs the whole width.
    for (const path of ['/fr/', '/fr/notre-travail', '/fr/notre-travail/ou-travaillons-nous', '/fr/qui-sommes-nous/structure-organisationnelle']) {
      const page = await open(path, 1366);
      expect(await page.locator('main aside .section-nav').count(), path).toBe(0);
      await page.context().close();
    }
  });
});

describe('the footer', () => {
  it.each(['fr', 'ar'])('names the organisation and links its sections and the site pages (%s)', async (prefix) => {
    const page = await open(`/${prefix}/`, 1366);
    const navs = page.locator('footer nav');
    expect(await navs.count()).toBe(2);
    const headings = await page.locator('footer nav h2').allTextContents();
    expect(new Set(headings).size).toBe(2);
    const menu = await page.locator('header .main-nav__top').allTextContents();
    const sections = await page.locator('footer nav').first().locator('a').allTextContents();
    expect(sections.map((s) => s.trim())).toEqual(menu.map((s) => s.trim()));
    expect(await page.locator('footer nav').nth(1).locator('a').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

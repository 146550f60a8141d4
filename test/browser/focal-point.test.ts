import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_21_AA } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { signInAs } from '../helpers/admin-browser.ts';

/**
 * The focal-point picker in Chromium: click on the image, arrow keys (Shift for large steps), the
 * crop previews following, the point saved through the form, and the site's crop moving with it.
 */
describe('focal-point picker', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    await signInAs(page, { baseUrl, dataDir }, 'editor', 'focal-point-editor@example.org');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const axe = async () => (await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);

  /** The classes the public home page gives the card image whose files start with `prefix`. */
  const siteClassOf = async (prefix: string) => {
    const html = await (await fetch(`${baseUrl}/fr/`)).text();
    const img = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`/media/${prefix}`));
    return /class="([^"]*)"/.exec(img ?? '')?.[1];
  };

  it('sets the point by a click and the arrow keys, previews the crops, saves it, and the site re-crops', async () => {
    // An image the home page shows cropped: its files' content hash leads to its page in the library.
    const home = await (await fetch(`${baseUrl}/fr/`)).text();
    const cropped = /<img [^>]*src="\/media\/([a-f0-9]{20})-\d+\.jpg"[^>]*class="fx-\d fy-\d"/.exec(home);
    expect(cropped, 'a cropped image on the home page').not.toBeNull();
    const prefix = cropped![1]!;
    await page.goto(`${baseUrl}/admin/media`);
    const href = await page.locator(`a:has(img[src^="/media/${prefix}"])`).first().getAttribute('href');
    expect(href).toMatch(/^\/admin\/media\/[0-9a-f-]{36}$/);
    await page.goto(baseUrl + href!);
    const before = { x: await page.inputValue('#field-focalX'), y: await page.inputValue('#field-focalY') };

    const marker = page.locator('.focal-marker');
    await expect.poll(() => marker.count()).toBe(1);
    expect(await axe()).toEqual([]);

    // One click: 20 % across, 30 % down.
    const image = page.locator('.media-detail__preview');
    const box = (await image.boundingBox())!;
    await image.click({ position: { x: box.width * 0.2, y: box.height * 0.3 } });
    expect(Number(await page.inputValue('#field-focalX'))).toBeCloseTo(0.2, 2);
    expect(Number(await page.inputValue('#field-focalY'))).toBeCloseTo(0.3, 2);
    expect(await page.locator('[data-focal-crop="square"]').evaluate((el) => getComputedStyle(el).objectPosition)).toBe('25% 25%');
    // The marker has the focus and says where it is.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('focal-marker');

    // Three keystrokes: two small steps right, one large step down.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await page.inputValue('#field-focalX')).toBe('0.22');
    expect(await page.inputValue('#field-focalY')).toBe('0.4');
    expect(await marker.getAttribute('aria-label')).toMatch(/^Point focal : horizontal 22\s%, vertical 40\s%$/u);
    await expect.poll(() => page.getByRole('status').last().textContent()).toMatch(/horizontal 22\s%, vertical 40\s%/u);
    // Every crop preview follows the point before anything is saved, rounded as the site rounds it (quarters).
    const crops = page.locator('[data-focal-crop]');
    expect(await crops.count()).toBe(2);
    for (const crop of await crops.all()) expect(await crop.evaluate((el) => getComputedStyle(el).objectPosition)).toBe('25% 50%');
    // The marker sits on the point: its centre at 22 % and 40 % of the image.
    const at = (await marker.boundingBox())!;
    expect((at.x + at.width / 2 - box.x) / box.width).toBeCloseTo(0.22, 2);
    expect((at.y + at.height / 2 - box.y) / box.height).toBeCloseTo(0.4, 2);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\?saved=1$/);
    expect(await page.inputValue('#field-focalX')).toBe('0.22');
    expect(await page.inputValue('#field-focalY')).toBe('0.4');
    // Stored: the previews come back from the server with the site's own crop classes (quarters).
    expect(await page.locator('[data-focal-crop="wide"]').getAttribute('class')).toBe('focal-crop__image fx-1 fy-2');
    expect(await axe()).toEqual([]);
    // And the site crops the picture around the new point.
    await expect.poll(() => siteClassOf(prefix), { timeout: 10_000 }).toBe('fx-1 fy-2');

    // Put the demo image back as it was for the other tests, with the keyboard only (no JavaScript needed).
    await page.fill('#field-focalX', before.x);
    await page.fill('#field-focalY', before.y);
    await page.press('#field-focalY', 'Enter');
    await page.waitForURL(/\?saved=1$/);
    expect(await page.inputValue('#field-focalX')).toBe(before.x);
  });

  it('speaks the editor’s language in Arabic, right to left, and passes axe there too', async () => {
    await page.goto(`${baseUrl}/admin/account`);
    await page.selectOption('select[name="uiLocale"]', 'ar');
    await page.click('form[action="/admin/account/language"] button[type="submit"]');
    await page.waitForURL(/\/admin\/account$/);
    await page.goto(`${baseUrl}/admin/media`);
    await page.locator('a.media-card__link').first().click();
    await expect.poll(() => page.locator('.focal-marker').count()).toBe(1);
    expect(await page.locator('.focal-marker').getAttribute('aria-label')).toMatch(/^النقطة المحورية: أفقيًا .+، عموديًا .+$/u);
    expect(await page.locator('.focal-crop__label').allTextContents()).toEqual(['البطاقات ورؤوس الصفحات (16:9)', 'الصور الشخصية (1:1)']);
    expect(await axe()).toEqual([]);
  });

  it('leaves the number inputs working without JavaScript, the previews drawn by the server', async () => {
    const bare = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
    const nojs = await bare.newPage();
    await signInAs(nojs, { baseUrl, dataDir }, 'editor', 'focal-point-nojs@example.org');
    await nojs.goto(`${baseUrl}/admin/media`);
    await nojs.locator('a.media-card__link').first().click();
    expect(await nojs.locator('.focal-marker').count()).toBe(0);
    expect(await nojs.locator('[data-focal-crop]').count()).toBe(2);
    expect(await nojs.locator('#field-focalX').isEditable()).toBe(true);
    // No inline style anywhere in the markup (CSP style-src 'self').
    expect(await nojs.locator('[style]').count()).toBe(0);
    await bare.close();
  });
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_21_AA, formatAxe, type AxeViolation } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { signInAs } from '../helpers/admin-browser.ts';

describe('back office', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('passes axe (WCAG 2.1 AA) on the sign-in page and every page an administrator opens', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations: AxeViolation[] = [];
    const check = async (path: string) => {
      await page.goto(baseUrl + path);
      const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
      violations.push(
        ...result.violations.map((v) => ({
          url: page.url(),
          id: v.id,
          impact: String(v.impact ?? ''),
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
        })),
      );
    };
    await check('/admin/sign-in');
    await signInAs(page, { baseUrl, dataDir }, 'administrator', 'axe-admin@example.org');
    const pages = ['/admin', '/admin/documents', '/admin/documents?search=karim&locale=ar', '/admin/translations', '/admin/menus', '/admin/users', '/admin/audit', '/admin/account', '/admin/locales', '/admin/locales/ar/strings'];
    for (const path of pages) await check(path);
    console.log(`axe (admin): ${pages.length + 1} pages, ${violations.length} violations`);
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await context.close();
  });

  it('passes axe in Arabic, right to left, once the user switches the back office to Arabic', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, { baseUrl, dataDir }, 'administrator', 'axe-admin-ar@example.org');
    await page.goto(baseUrl + '/admin/account');
    await page.selectOption('select[name="uiLocale"]', 'ar');
    await page.click('form[action="/admin/account/language"] button[type="submit"]');
    await page.waitForURL(/\/admin\/account$/);
    const violations: AxeViolation[] = [];
    const pages = ['/admin', '/admin/documents', '/admin/translations', '/admin/media', '/admin/locales', '/admin/locales/en/strings', '/admin/account'];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      expect(await page.locator('html').getAttribute('lang'), path).toBe('ar');
      expect(await page.locator('html').getAttribute('dir'), path).toBe('rtl');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction), path).toBe('rtl');
      const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
      violations.push(
        ...result.violations.map((v) => ({
          url: page.url(),
          id: v.id,
          impact: String(v.impact ?? ''),
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
        })),
      );
    }
    expect((await page.textContent('h1'))?.trim()).toBe('حسابي');
    console.log(`axe (admin, Arabic): ${pages.length} pages, ${violations.length} violations`);
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await context.close();
  });
});

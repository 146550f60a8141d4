import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_21_AA, formatAxe, type AxeViolation } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { addUser } from '../helpers/cli.ts';

const PASSWORD = 'a long admin password for axe';

/** Signs in through the real forms: the set-password link from the CLI, then the sign-in page. */
export async function signInAs(page: Page, baseUrl: string, dataDir: string, role: string, email: string, locales: readonly string[] = []) {
  const link = addUser({ dataDir, publicUrl: baseUrl }, role, email, locales);
  await page.goto(link);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForURL(/\/admin\/sign-in/);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/sign-in'));
}

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
    await signInAs(page, baseUrl, dataDir, 'administrator', 'axe-admin@example.org');
    const pages = ['/admin', '/admin/documents', '/admin/documents?search=karim&locale=ar', '/admin/translations', '/admin/users', '/admin/audit', '/admin/account'];
    for (const path of pages) await check(path);
    console.log(`axe (admin): ${pages.length + 1} pages, ${violations.length} violations`);
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await context.close();
  });
});

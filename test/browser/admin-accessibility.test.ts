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
    const pages = ['/admin', '/admin/documents', '/admin/documents?search=karim&locale=ar', '/admin/documents?missing=ar', '/admin/tree', '/admin/translations', '/admin/menus', '/admin/users', '/admin/audit', '/admin/account', '/admin/notifications', '/admin/locales', '/admin/locales/ar/strings'];
    for (const path of pages) await check(path);
    console.log(`axe (admin): ${pages.length + 1} pages, ${violations.length} violations`);
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await context.close();
  });

  it('passes axe on the caption editor, the cue-by-cue translation view and a video’s tracks, scripts running', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl + '/fr/journee-internationale-des-migrants-2019/le-salon-de-karim');
    const track = await page.locator('video track[kind="captions"][srclang="fr"]').getAttribute('src');
    const documentId = /^\/captions\/([^/]+)\//.exec(track ?? '')![1]!;
    await signInAs(page, { baseUrl, dataDir }, 'administrator', 'axe-captions@example.org');
    const violations: AxeViolation[] = [];
    const captions = `/admin/documents/${documentId}/translations`;
    const pages = [`${captions}/fr/captions/captions/edit`, `${captions}/en/captions/captions/translate`, `${captions}/ar/captions/captions/edit`, `${captions}/fr/captions`];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      // The editor's script has built its cue list: axe sees the enhanced page.
      if (path.endsWith('/edit')) await page.locator('.cue-list > li').first().waitFor();
      const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
      violations.push(...result.violations.map((v) => ({ url: page.url(), id: v.id, impact: String(v.impact ?? ''), help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })) })));
    }
    await page.goto(baseUrl + pages[0]!);
    const videoSrc = await page.locator('video[data-caption-video]').getAttribute('src');
    const videoId = /^\/admin\/videos\/([^/]+)\//.exec(videoSrc ?? '')![1]!;
    await page.goto(`${baseUrl}/admin/videos/${videoId}`);
    expect(await page.locator('#video-tracks-heading').count()).toBe(1);
    const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
    violations.push(...result.violations.map((v) => ({ url: page.url(), id: v.id, impact: String(v.impact ?? ''), help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })) })));
    console.log(`axe (caption editor): ${pages.length + 1} pages, ${violations.length} violations`);
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
    const pages = ['/admin', '/admin/documents', '/admin/tree', '/admin/translations', '/admin/media', '/admin/locales', '/admin/locales/en/strings', '/admin/notifications', '/admin/account'];
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

  it('passes axe on the edit form with its autosave bar and live preview open, and with unsaved text offered back', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, { baseUrl, dataDir }, 'administrator', 'axe-admin-live@example.org');
    await page.goto(`${baseUrl}/admin/documents?search=Accueil&locale=fr`);
    const home = await page.getAttribute('table a[href^="/admin/documents/"]:text-is("Accueil")', 'href');
    await page.goto(`${baseUrl}${home}/fr`);
    await page.waitForSelector('.rich-text-editor__area');
    await page.click('.live-edit-bar__toggle');
    await page.frameLocator('iframe[name="live-preview-frame"]').locator('h1').waitFor();
    // A copy of text this browser never saw saved: the offer to restore it.
    await page.evaluate(() => {
      const key = document.querySelector<HTMLElement>('.live-edit-bar')!.dataset['storageKey'];
      localStorage.setItem(`ensemble.unsaved:${key}:1`, JSON.stringify({ savedAt: Date.now(), version: 1, values: [['title', 'Texte gardé']] }));
    });
    await page.reload();
    await page.waitForSelector('.live-edit-bar__offer button');
    await page.frameLocator('iframe[name="live-preview-frame"]').locator('h1').waitFor();
    const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
    const violations: AxeViolation[] = result.violations.map((v) => ({
      url: page.url(),
      id: v.id,
      impact: String(v.impact ?? ''),
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await page.click('.live-edit-bar__offer .button-link');
    await context.close();
  });
});

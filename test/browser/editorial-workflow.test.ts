import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * Each role does its own work in its own browser, through the real screens: the editor writes a
 * page with an image and submits it, the reviewer publishes it, the translator finds it missing in
 * English, translates it and it becomes up to date, and the public site shows both languages.
 */
describe('editorial workflow across roles', () => {
  const site = { baseUrl: inject('baseUrl'), dataDir: inject('dataDir') };
  const slug = `journee-portes-ouvertes-${Date.now().toString(36)}`;
  let browser: Browser;
  let documentId = '';
  let imageId = '';

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  let signIns = 0;
  async function browserFor(role: string, locales: readonly string[] = [], javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    await signInAs(page, site, role, `${role}-workflow-${++signIns}@example.org`, locales);
    return page;
  }

  async function step(page: Page, locale: string, action: string) {
    await page.click(`form[action="/admin/documents/${documentId}/${locale}/${action}"] button[type="submit"]`);
    await page.waitForURL(new RegExp(`done=${action}`));
  }

  it('editor writes a page with an image and submits it for review', async () => {
    const page = await browserFor('editor');
    const png = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#2a9d8f' } }).png().toBuffer();
    await page.goto(`${site.baseUrl}/admin/media`);
    await page.setInputFiles('input[type="file"][name="file"]', { name: 'portes-ouvertes.png', mimeType: 'image/png', buffer: png });
    await page.click('form[action="/admin/media"] button[type="submit"]');
    await page.waitForURL(/\/admin\/media\/[0-9a-f-]{36}/);
    imageId = /\/admin\/media\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.fill('[name="alt-fr"]', 'Une salle lumineuse où se réunissent des habitants.');
    await page.click('main form[action^="/admin/media/"] button[type="submit"]');

    await page.goto(`${site.baseUrl}/admin/documents?search=Accueil&locale=fr`);
    const home = await page.getAttribute('table a[href^="/admin/documents/"]:text-is("Accueil")', 'href');
    await page.goto(`${site.baseUrl}/admin/documents/new?type=page&parent=${home!.split('/').pop()}`);
    await page.selectOption('[name="shared.image"]', { label: 'portes-ouvertes.png' });
    await page.fill('[name="title"]', 'Journée portes ouvertes');
    await page.fill('[name="slug"]', slug);
    await page.fill('[name="summary"]', 'Le bureau ouvre ses portes aux habitants du quartier.');
    await page.fill('[name="body"]', 'Venez rencontrer les équipes.\n\n## Programme\n\n- Visite\n- Échanges');
    await page.click('form[action="/admin/documents/new"] button[type="submit"]');
    await page.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}/);
    documentId = /\/admin\/documents\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await step(page, 'fr', 'submit');
    expect(await page.textContent('main')).toMatch(/relecture|review/i);
    expect((await fetch(`${site.baseUrl}/fr/${slug}`)).status).toBe(404);
    await page.context().close();
  });

  it('reviewer publishes it, and the public page shows it at once', async () => {
    const page = await browserFor('reviewer');
    await page.goto(`${site.baseUrl}/admin/documents/${documentId}`);
    await step(page, 'fr', 'publish');
    const response = await page.goto(`${site.baseUrl}/fr/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('Journée portes ouvertes');
    expect(await page.getAttribute('main img', 'alt')).toBe('Une salle lumineuse où se réunissent des habitants.');
    await page.context().close();
  });

  it('translator sees it missing in English, translates it, and it becomes up to date', async () => {
    // Without JavaScript: the body is the plain markup textarea, not the rich text editor.
    const page = await browserFor('translator', ['en'], false);
    await page.goto(`${site.baseUrl}/admin/translations`);
    const link = `a[href="/admin/documents/${documentId}/en"]`;
    expect(await page.locator(link).count()).toBe(1);
    await page.click(link);
    // The French source sits beside the form.
    expect(await page.textContent('main')).toContain('Le bureau ouvre ses portes');
    await page.fill('[name="title"]', 'Open day');
    await page.fill('[name="slug"]', 'open-day');
    await page.fill('[name="summary"]', 'The office opens its doors to the neighbourhood.');
    await page.fill('[name="body"]', 'Come and meet the teams.\n\n## Programme\n\n- Tour\n- Conversations');
    await page.click(`form[action="/admin/documents/${documentId}/en"] button[type="submit"]`);
    await page.waitForURL(/done=created/);
    await step(page, 'en', 'submit');

    await page.goto(`${site.baseUrl}/admin/media/${imageId}`);
    await page.fill('[name="alt-en"]', 'A bright room where neighbours meet.');
    await page.click('main form[action^="/admin/media/"] button[type="submit"]');

    await page.goto(`${site.baseUrl}/admin/translations`);
    expect(await page.locator(link).count()).toBe(0);
    await page.context().close();
  });

  it('reviewer publishes the English version; the public page reads in both languages and links them', async () => {
    const page = await browserFor('reviewer');
    await page.goto(`${site.baseUrl}/admin/documents/${documentId}`);
    await step(page, 'en', 'publish');
    await page.goto(`${site.baseUrl}/en/open-day`);
    expect(await page.textContent('h1')).toBe('Open day');
    expect(await page.getAttribute('main img', 'alt')).toBe('A bright room where neighbours meet.');
    await page.click(`a[hreflang="fr"][lang="fr"]`);
    await page.waitForURL(new RegExp(`/fr/${slug}$`));
    expect(await page.textContent('h1')).toBe('Journée portes ouvertes');
    await page.context().close();
  });
});

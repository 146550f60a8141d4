import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';

/** Autosave, recovery of unsaved text and the live preview of the translation form, in Chromium. */
describe('autosave and live preview', () => {
  const site = { baseUrl: inject('baseUrl'), dataDir: inject('dataDir') };
  const slug = `apercu-direct-${Date.now().toString(36)}`;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let editUrl = '';
  const problems: string[] = [];

  const watch = (p: Page) => {
    p.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    p.on('pageerror', (error) => problems.push(error.message));
  };
  const state = (p: Page) => p.locator('.live-edit-bar__state');
  const frame = (p: Page): FrameLocator => p.frameLocator('iframe[name="live-preview-frame"]');

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    watch(page);
    await signInAs(page, site, 'administrator', `live-edit-${Date.now().toString(36)}@example.org`);
    await page.goto(`${site.baseUrl}/admin/documents?search=Accueil&locale=fr`);
    const home = await page.getAttribute('table a[href^="/admin/documents/"]:text-is("Accueil")', 'href');
    await page.goto(`${site.baseUrl}/admin/documents/new?type=page&parent=${home!.split('/').pop()}`);
    await page.fill('[name="title"]', 'Aperçu en direct');
    await page.fill('[name="slug"]', slug);
    await page.fill('[name="body"]', 'Premier paragraphe.');
    await page.click('form[action="/admin/documents/new"] button[type="submit"]');
    await page.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}/);
    const documentId = /\/admin\/documents\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    editUrl = `${site.baseUrl}/admin/documents/${documentId}/fr`;
  });
  afterAll(() => browser?.close());

  it('previews the typed title and body at phone width in one click, and saves them without a click', async () => {
    await page.goto(editUrl);
    await page.waitForSelector('.rich-text-editor__area');
    expect(await page.isVisible('.live-edit-bar')).toBe(true);
    expect(await page.isHidden('#live-preview')).toBe(true);

    // The one click: the panel opens at phone width (the default), showing the form's text.
    await page.click('.live-edit-bar__toggle');
    expect(await page.getAttribute('.live-edit-bar__toggle', 'aria-expanded')).toBe('true');
    expect(await page.isChecked('input[name="live-preview-width"][value="390"]')).toBe(true);
    await expect.poll(() => frame(page).locator('h1').textContent(), { timeout: 10_000 }).toBe('Aperçu en direct');
    expect(await frame(page).locator('html').evaluate(() => [window.innerWidth, document.documentElement.lang])).toEqual([390, 'fr']);

    await page.click('[name="title"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Titre tapé en direct');
    await page.click('.rich-text-editor__area');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ajout tapé en direct.');

    await expect.poll(() => frame(page).locator('h1').textContent(), { timeout: 10_000 }).toBe('Titre tapé en direct');
    await expect.poll(() => frame(page).locator('main').textContent(), { timeout: 10_000 }).toContain('Ajout tapé en direct.');
    await expect.poll(() => state(page).textContent(), { timeout: 15_000 }).toBe('Enregistré');
    expect(await page.textContent('.live-edit-bar__age')).toMatch(/^(à l’instant|il y a \d+ s)$/);

    // Desktop width: the page is laid out at 1280 px and scaled down to fit beside the form.
    await page.check('input[name="live-preview-width"][value="1280"]');
    expect(await frame(page).locator('html').evaluate(() => window.innerWidth)).toBe(1280);
    const box = await page.locator('iframe[name="live-preview-frame"]').boundingBox();
    expect(box!.width).toBeLessThan(700);
    await page.check('input[name="live-preview-width"][value="390"]');

    // A reload shows what the server holds, and the panel stays open as it was left.
    await page.reload();
    expect(await page.inputValue('[name="title"]')).toBe('Titre tapé en direct');
    await page.waitForSelector('.rich-text-editor__area');
    expect(await page.textContent('.rich-text-editor__area')).toContain('Ajout tapé en direct.');
    expect(await page.isVisible('#live-preview')).toBe(true);
    expect(await page.isVisible('.live-edit-bar__offer button')).toBe(false);
  });

  it('offers text typed before a crash back from the browser, and saves it once restored', async () => {
    await page.goto(editUrl);
    await page.waitForSelector('.rich-text-editor__area');
    // The server cannot be reached, then the tab crashes: only the browser's copy has the text.
    await page.route('**/autosave', (route) => route.abort());
    await page.click('[name="title"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Titre jamais envoyé');
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ensemble.unsaved:')).map((k) => localStorage.getItem(k) ?? '').join()))
      .toContain('Titre jamais envoyé');
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash');

    const again = await context.newPage();
    watch(again);
    await again.goto(editUrl);
    expect(await again.inputValue('[name="title"]')).toBe('Titre tapé en direct');
    const restore = again.locator('.live-edit-bar__offer button.button-secondary');
    await restore.waitFor();
    expect(await restore.textContent()).toMatch(/^Restaurer le texte non enregistré du /);
    await restore.click();
    await again.waitForFunction(() => (document.querySelector<HTMLInputElement>('[name="title"]')?.value ?? '') === 'Titre jamais envoyé');
    await again.waitForSelector('.rich-text-editor__area');
    expect(await again.textContent('.rich-text-editor__area')).toContain('Ajout tapé en direct.');
    await expect.poll(() => state(again).textContent(), { timeout: 15_000 }).toBe('Enregistré');

    // Saved: a fresh visit has it from the server, and nothing is offered any more.
    await again.goto(editUrl);
    expect(await again.inputValue('[name="title"]')).toBe('Titre jamais envoyé');
    await again.waitForSelector('.rich-text-editor__area');
    expect(await again.locator('.live-edit-bar__offer button').count()).toBe(0);
    expect(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ensemble.unsaved:')).length)).toBe(0);
    page = again;
  });

  it('says when someone else saved meanwhile, and reloads their version without losing the text typed', async () => {
    await page.goto(editUrl);
    await page.waitForSelector('.rich-text-editor__area');
    const versionBefore = Number(await page.inputValue('input[name="expectedVersion"]'));
    // Someone else saves the same version first (the form's own save, from elsewhere).
    await page.evaluate(async () => {
      const form = document.querySelector<HTMLFormElement>('form.editor__form')!;
      const data = new URLSearchParams([...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]));
      data.set('title', 'Titre d’une autre personne');
      await fetch(form.action, { method: 'POST', body: data, redirect: 'manual' });
    });
    await page.click('[name="title"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Mon titre à garder');
    await expect.poll(() => state(page).textContent(), { timeout: 15_000 }).toMatch(/^Non enregistré : quelqu’un d’autre a enregistré ce texte/);
    expect(await page.inputValue('[name="title"]')).toBe('Mon titre à garder');

    await page.click('.live-edit-bar__offer button:text-is("Recharger en gardant mon texte")');
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('[name="title"]')?.value ?? '') === 'Mon titre à garder');
    expect(Number(await page.inputValue('input[name="expectedVersion"]'))).toBeGreaterThan(versionBefore);
    await expect.poll(() => state(page).textContent(), { timeout: 15_000 }).toBe('Enregistré');
    await page.goto(editUrl);
    expect(await page.inputValue('[name="title"]')).toBe('Mon titre à garder');
  });

  it('raised no script error and no CSP report', () => {
    expect(problems.filter((p) => !/net::ERR_FAILED|Failed to fetch|Failed to load resource/.test(p))).toEqual([]);
  });
});

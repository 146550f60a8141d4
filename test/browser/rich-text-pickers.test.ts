import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { WCAG_21_AA, formatAxe, type AxeViolation } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * An editor writes a page by keyboard with the rich text editor's pickers: a link to a page picked
 * by its title, a key figure picked from the list (its value shown per locale), an image of the
 * library; saves, publishes and finds them on the public page. Keystrokes and clicks are counted.
 */
describe('rich text pickers, by keyboard', () => {
  const site = { baseUrl: inject('baseUrl'), dataDir: inject('dataDir') };
  const slug = `pickers-${Date.now().toString(36)}`;
  let browser: Browser;
  let page: Page;
  let documentId = '';
  const problems: string[] = [];
  const count = { keys: 0, clicks: 0 };
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    count.keys += times;
  };
  const type = async (text: string) => {
    await page.keyboard.type(text);
    count.keys += [...text].length;
  };
  const area = '.rich-text-editor__area';
  const axe = async (): Promise<AxeViolation[]> => {
    const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
    return result.violations.map((v) => ({
      url: page.url(),
      id: v.id,
      impact: String(v.impact ?? ''),
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  };

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    // Frames come late, as on a loaded phone or a busy CI machine: keys typed right after a dialog
    // or a toolbar button must still reach the text, not wait for the next frame.
    await context.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => frame(() => setTimeout(() => callback(performance.now()), 250)) as number;
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await signInAs(page, site, 'administrator', `pickers-${Date.now().toString(36)}@example.org`);
    await page.goto(`${site.baseUrl}/admin/documents/new?type=page`);
    await page.fill('[name="title"]', 'Page aux sélecteurs');
    await page.fill('[name="slug"]', slug);
    await page.click('form[action="/admin/documents/new"] button[type="submit"]');
    await page.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}/);
    documentId = /\/admin\/documents\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${site.baseUrl}/admin/documents/${documentId}/fr`);
    await page.waitForSelector(area);
  });
  afterAll(() => browser?.close());

  it('lists the keyboard shortcuts in a popover that Escape closes', async () => {
    const help = page.locator('.rich-text-editor__help-button');
    expect(await help.getAttribute('aria-expanded')).toBe('false');
    await help.focus();
    await page.keyboard.press('Enter');
    expect(await help.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator('.rich-text-editor__help');
    expect(await panel.isVisible()).toBe(true);
    const text = (await panel.textContent()) ?? '';
    for (const shortcut of ['CtrlB', 'CtrlI', 'CtrlAlt2', 'CtrlShift8', 'CtrlShift7', 'CtrlK']) expect(text.replace(/\+/g, '')).toContain(shortcut);
    const found = await axe();
    expect(found, formatAxe(found, site.baseUrl)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('rich-text-editor__help-button');
  });

  it('writes a paragraph with a link to a page picked by title (Ctrl+K) and a key figure picked from the list', async () => {
    await page.locator(area).focus();
    await type('Pour participer, voyez ');
    await press('Control+k');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    // The search field has the focus and a label; typing lists the pages whose title matches.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await type('Agir');
    await dialog.locator('[role="option"]', { hasText: 'Agir' }).first().waitFor();
    expect(await dialog.locator('[role="status"]').first().textContent()).toMatch(/résultat/);
    await press('Enter');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('rich-text-editor__area'))).toBe(true);
    await type('et ce chiffre : ');

    // Alt+F10 reaches the toolbar (one Tab stop, arrows between its buttons); the key figure is its fourth.
    await press('Alt+F10');
    await press('ArrowRight', 3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chiffre clé');
    await press('Enter');
    await dialog.waitFor();
    await type('migrants internationaux dans le monde');
    const option = dialog.locator('[role="option"]', { hasText: 'Migrants internationaux dans le monde' }).first();
    await option.waitFor();
    // The value as each locale shows it, before inserting.
    expect(await option.textContent()).toContain('fr: 272 millions');
    expect(await option.textContent()).toContain('en: 272 million');
    await press('Enter');
    expect(await page.locator(`${area} [data-fact]`).textContent()).toBe('Migrants internationaux dans le monde (2019)');
    const markup = await page.inputValue('textarea[name="body"]');
    expect(markup).toMatch(/\[Agir\]\(doc:[0-9a-f-]{36}\)/);
    expect(markup).toMatch(/\{fact:[0-9a-f-]{36}\}/);
  });

  it('inserts an image of the library with a caption, and Escape closes a dialog without change', async () => {
    await press('Enter');
    await press('Alt+F10');
    await press('ArrowRight');
    await press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Image');
    await press('Enter');
    await type('pont suspendu');
    const option = dialog.locator('[role="option"]', { hasText: 'pont suspendu' }).first();
    await option.waitFor();
    const found = await axe();
    expect(await option.locator('img').count()).toBe(1);
    expect(found, formatAxe(found, site.baseUrl)).toEqual([]);
    await press('Enter');
    // Choosing the image moves to its caption; Enter there inserts it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Légende (facultative)');
    await type('Le pont');
    await press('Enter');
    expect(await page.locator(`${area} figure[data-image] img`).count()).toBe(1);
    expect(await page.inputValue('textarea[name="body"]')).toMatch(/!\[Le pont\]\(media:[0-9a-f-]{36}\)/);
  });

  it('adds a quote with its attribution, a call to action to a picked page and an embedded story', async () => {
    // After the image, a paragraph made a quote (Ctrl+Shift+B), then who said it.
    await page.keyboard.type('Nous sommes revenus.');
    await page.keyboard.press('Control+Shift+B');
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft', { delay: 0 });
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Auteur de la citation');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Amina, 34 ans');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`${area} blockquote`, 'data-attribution')).toBe('Amina, 34 ans');

    // The call to action: its label, then the page it leads to, picked by title.
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await page.keyboard.type('Agir maintenant');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Agir');
    await dialog.locator('[role="option"]', { hasText: 'Agir' }).first().waitFor();
    await page.keyboard.press('Enter');
    expect(await page.textContent(`${area} [data-cta] .rich-text-editor__cta-label`)).toBe('Agir maintenant');

    // A story, embedded as a card.
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('salon de Karim');
    await dialog.locator('[role="option"]', { hasText: 'Le salon de Karim' }).first().waitFor();
    await page.keyboard.press('Enter');
    expect(await page.textContent(`${area} [data-embed="story"]`)).toBe('Le salon de Karim');
    const markup = await page.inputValue('textarea[name="body"]');
    // Each block at the top level of the text, where the markup the server receives can hold it.
    expect(markup).toMatch(/\n\n> Nous sommes revenus\.\n— Amina, 34 ans\n\n\[\[Agir maintenant\]\]\(doc:[0-9a-f-]{36}\)\n\n\{story:[0-9a-f-]{36}\}(\n\n|$)/);
  });

  it('saves, publishes, and the public page shows the link, the figure and the image', async () => {
    await page.click(`form[action="/admin/documents/${documentId}/fr"] button[type="submit"]`);
    count.clicks++;
    await page.waitForURL(/done=/);
    await page.click(`form[action="/admin/documents/${documentId}/fr/publish"] button[type="submit"]`);
    count.clicks++;
    await page.waitForURL(/done=publish/);
    const response = await page.goto(`${site.baseUrl}/fr/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('main .prose a:text-is("Agir")', 'href')).toBe('/fr/agir');
    expect(await page.textContent('main .prose .fact-inline')).toBe('272 millions');
    const img = page.locator('main .prose figure img');
    expect(await img.getAttribute('alt')).toMatch(/pont suspendu/);
    expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
    expect(await page.textContent('main .prose figure figcaption')).toBe('Le pont');
    expect(await page.textContent('main .prose figure.quote figcaption')).toBe('Amina, 34 ans');
    expect(await page.getAttribute('main .prose a.button:text-is("Agir maintenant")', 'href')).toBe('/fr/agir');
    expect(await page.getAttribute('main .prose .prose__embed a', 'href')).toMatch(/le-salon-de-karim$/);
    expect(problems).toEqual([]);
    console.info(`write a page with a link, a key figure and an image: ${count.keys} keystrokes (${count.keys - 'Pour participer, voyez Agiret ce chiffre : migrants internationaux dans le mondepont suspenduLe pont'.length} outside the text typed), ${count.clicks} clicks`);
  });

  it('uploads a new image from the picker; publishing is then refused until it is described in French', async () => {
    await page.goto(`${site.baseUrl}/admin/documents/${documentId}/fr`);
    await page.waitForSelector(area);
    await page.locator(area).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.click('.rich-text-editor__button--image');
    const dialog = page.locator('dialog[open]');
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#a64d79' } }).png().toBuffer();
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'nouvelle.png', mimeType: 'image/png', buffer: png });
    await dialog.getByRole('button', { name: 'Téléverser et insérer' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await page.locator(`${area} figure[data-image]`).count()).toBe(2);
    await page.click(`form[action="/admin/documents/${documentId}/fr"] button[type="submit"]`);
    await page.waitForURL(/done=/);
    await page.click(`form[action="/admin/documents/${documentId}/fr/publish"] button[type="submit"]`);
    await page.waitForLoadState();
    expect(await page.textContent('main')).toMatch(/texte alternatif en français/i);
    // The refusal is a 422 page, which the browser logs as a failed load; nothing else went wrong.
    expect(problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
  });
});

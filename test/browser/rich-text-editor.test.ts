import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" content="Microsoft Word 15"><style>p.MsoNormal{margin:0;color:red}</style></head><body lang="FR">
<!--StartFragment-->
<h1 style="mso-style-name:Titre1"><span style="font-family:Calibri;color:#2f5496">Titre collé</span><o:p></o:p></h1>
<p class="MsoNormal" style="color:red;font-size:14pt"><font face="Arial" color="#ff0000">Texte <b style="mso-bidi-font-weight:normal">important</b> collé</font><o:p></o:p></p>
<ul style="margin-top:0cm"><li class="MsoListParagraph" style="margin-left:1em"><span style="font-size:12pt">Point un</span></li><li class="MsoListParagraph">Point deux</li></ul>
<table class="MsoTableGrid" border="1" style="border-collapse:collapse"><tr><td style="width:200pt"><table><tr><td><p class="MsoNormal"><span style="background:yellow">Cellule imbriquée</span><o:p></o:p></p></td></tr></table></td></tr></table>
<!--EndFragment--></body></html>`;

/** The translation editor's rich text mode (Tiptap over the markup textarea), through the real screens. */
describe('rich text editor', () => {
  const site = { baseUrl: inject('baseUrl'), dataDir: inject('dataDir') };
  const slug = `texte-riche-${Date.now().toString(36)}`;
  let browser: Browser;
  let page: Page;
  let documentId = '';
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await signInAs(page, site, 'administrator', `rich-text-${Date.now().toString(36)}@example.org`);
    await page.goto(`${site.baseUrl}/admin/documents?search=Accueil&locale=fr`);
    const home = await page.getAttribute('table a[href^="/admin/documents/"]:text-is("Accueil")', 'href');
    await page.goto(`${site.baseUrl}/admin/documents/new?type=page&parent=${home!.split('/').pop()}`);
    await page.fill('[name="title"]', 'Texte riche');
    await page.fill('[name="slug"]', slug);
    await page.fill('[name="body"]', 'Premier paragraphe.');
    await page.click('form[action="/admin/documents/new"] button[type="submit"]');
    await page.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}/);
    documentId = /\/admin\/documents\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  });
  afterAll(() => browser?.close());

  const area = '.rich-text-editor__area';
  const button = (name: string) => `.rich-text-editor__button--${name}`;

  it('replaces the textarea with an accessible editor initialised from the stored text', async () => {
    await page.goto(`${site.baseUrl}/admin/documents/${documentId}/fr`);
    await page.waitForSelector(area);
    expect(await page.isHidden('textarea[name="body"]')).toBe(true);
    expect(await page.locator('form textarea[name="body"]').count()).toBe(1);
    expect(await page.textContent(area)).toContain('Premier paragraphe.');
    const editable = page.locator(area);
    expect(await editable.getAttribute('role')).toBe('textbox');
    expect(await editable.getAttribute('aria-multiline')).toBe('true');
    const labelId = await editable.getAttribute('aria-labelledby');
    expect(await page.textContent(`#${labelId}`)).toMatch(/Texte/);
    const names = await page.$$eval('[role="toolbar"] button', (els) => els.map((el) => [el.getAttribute('type'), el.textContent, el.getAttribute('aria-pressed')]));
    expect(names.map((n) => n[1])).toEqual([
      'Gras', 'Italique', 'Lien', 'Chiffre clé', 'Image', 'Intertitre', 'Sous-intertitre', 'Liste à puces', 'Liste numérotée', 'Citation', 'Auteur de la citation', 'Récit ou vidéo', 'Appel à l’action',
    ]);
    expect(names.every((n) => n[0] === 'button')).toBe(true);
    // Formats are toggles (aria-pressed); pickers open a dialog.
    expect(names.filter((n) => n[2] === 'false').map((n) => n[1])).toEqual(['Gras', 'Italique', 'Lien', 'Intertitre', 'Sous-intertitre', 'Liste à puces', 'Liste numérotée', 'Citation']);
    // The markup help is for the plain textarea only.
    expect(await page.isHidden('#field-body-hint')).toBe(true);
  });

  it('types, applies a heading and bold from the toolbar, and takes pasted word-processor HTML as clean structure', async () => {
    await page.click(area);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Section');
    await page.click(button('h2'));
    expect(await page.getAttribute(button('h2'), 'aria-pressed')).toBe('true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('mots forts');
    await page.keyboard.press('Shift+Home');
    await page.click(button('bold'));
    expect(await page.getAttribute(button('bold'), 'aria-pressed')).toBe('true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.locator(area).evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Titre collé');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_HTML);
    const markup = await page.inputValue('textarea[name="body"]');
    expect(markup).toContain('Premier paragraphe.');
    expect(markup).toContain('## Section');
    expect(markup).toContain('**mots forts**');
    expect(markup).toContain('## Titre collé');
    expect(markup).toContain('Texte **important** collé');
    expect(markup).toContain('- Point un\n- Point deux');
    expect(markup).toContain('Cellule imbriquée');
    expect(markup).not.toMatch(/Mso|style|font|o:p|color/i);
  });

  it('refuses a javascript: link in the link dialog with a visible message, and takes an external address', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Home');
    await page.click(button('link'));
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Ou une adresse').fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    expect(await dialog.locator('[role="alert"]').textContent()).toMatch(/refusé/);
    expect(await page.locator(`${area} a`).count()).toBe(0);
    expect(await page.inputValue('textarea[name="body"]')).not.toContain('javascript');
    await dialog.getByLabel('Ou une adresse').fill('https://example.org/doc');
    await page.keyboard.press('Enter');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.getAttribute(`${area} a`, 'href')).toBe('https://example.org/doc');
  });

  it('saves the structure, and the published page has it without styling residue', async () => {
    await page.click(`form[action="/admin/documents/${documentId}/fr"] button[type="submit"]`);
    await page.waitForURL(/done=/);
    await page.waitForSelector(area);
    expect(await page.textContent(area)).toContain('Titre collé');
    await page.click(`form[action="/admin/documents/${documentId}/fr/publish"] button[type="submit"]`);
    await page.waitForURL(/done=publish/);
    const response = await page.goto(`${site.baseUrl}/fr/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main h2', { hasText: 'Section' }).count()).toBe(1);
    expect(await page.locator('main h2', { hasText: 'Titre collé' }).count()).toBe(1);
    expect(await page.locator('main strong', { hasText: 'mots forts' }).count()).toBe(1);
    expect(await page.locator('main strong', { hasText: 'important' }).count()).toBe(1);
    expect(await page.locator('main li', { hasText: 'Point un' }).count()).toBe(1);
    expect(await page.locator('main a[href="https://example.org/doc"]').count()).toBe(1);
    const html = await page.innerHTML('main');
    expect(html).toContain('Cellule imbriquée');
    expect(html).not.toMatch(/Mso|<font|o:p|<table|style=|color:/i);
    expect(problems).toEqual([]);
  });
});

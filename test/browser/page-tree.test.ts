import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_21_AA, formatAxe, type AxeViolation } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { signInAs } from '../helpers/admin-browser.ts';

/**
 * The page tree as an editor uses it: a page dragged with the mouse into another section, another
 * moved with the keyboard alone (Alt+arrows, then the Move-to dialog), the last move undone, and
 * the public addresses following, old ones redirecting. The pages are the test's own, under the
 * home page, so the demo's addresses stay as other tests expect them.
 */
describe('page tree', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  // Names of this run's own: a second run against the same site (a developer's) meets no old ones.
  const run = Date.now().toString(36);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Creates and publishes a French page under `parentId` through the back office's own forms. */
  async function createPage(page: Page, parentId: string, slug: string, title: string): Promise<string> {
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const created = await page.request.post(`${baseUrl}/admin/documents/new`, { form: { _csrf: csrf, type: 'page', parent: parentId, locale: 'fr', slug, title }, maxRedirects: 0 });
    expect(created.status(), await created.text()).toBe(303);
    const id = /\/admin\/documents\/([^?/]+)/.exec(created.headers().location ?? '')![1]!;
    const published = await page.request.post(`${baseUrl}/admin/documents/${id}/fr/publish`, { form: { _csrf: csrf, expectedVersion: '1' }, maxRedirects: 0 });
    expect(published.status()).toBe(303);
    return id;
  }

  const publicStatus = async (page: Page, path: string) => {
    const response = await page.request.get(baseUrl + path, { maxRedirects: 0 });
    return { status: response.status(), location: response.headers().location };
  };

  /** The ids of the pages directly under a page, in the tree's order. */
  const childrenIn = (page: Page, id: string) =>
    page.locator(`li[data-id="${id}"] > details > ul > li`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.title));

  /** Presses Tab (or Shift+Tab) until `selector` has the focus: how a keyboard user gets there. */
  async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
    for (let presses = 1; presses <= 400; presses++) {
      await page.keyboard.press(key);
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    }
    throw new Error(`${selector} never took the focus`);
  }

  it('moves a page by drag and drop and another with the keyboard alone, undoes, and the addresses follow', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, { baseUrl, dataDir }, 'administrator', `tree-mover-${run}@example.org`);
    await page.goto(`${baseUrl}/admin/tree`);
    // The home by its title: another test may have added a page at the top level beside it.
    const homeId = await page.locator('#page-tree > ul > li[data-title="Accueil"]').getAttribute('data-id');
    const a = await createPage(page, homeId!, `arbre-essai-a-${run}`, `Arbre essai A ${run}`);
    const b = await createPage(page, homeId!, `arbre-essai-b-${run}`, `Arbre essai B ${run}`);
    const mouse = await createPage(page, a, 'feuille-souris', 'Feuille souris');
    const other = await createPage(page, a, 'feuille-voisine', 'Feuille voisine');
    const keys = await createPage(page, a, 'feuille-clavier', 'Feuille clavier');

    // The mouse: "Feuille souris" dropped onto the middle of "Arbre essai B" goes inside it.
    await page.goto(`${baseUrl}/admin/tree?current=${a}`);
    const status = page.locator('#tree-status');
    const rowOf = (id: string) => page.locator(`li[data-id="${id}"] > .page-tree__row`);
    await rowOf(mouse).dragTo(rowOf(b), { targetPosition: { x: 200, y: 16 } });
    await expect.poll(() => status.textContent()).toContain(`« Feuille souris » déplacée sous « Arbre essai B ${run} », position 1.`);
    expect(await publicStatus(page, `/fr/arbre-essai-b-${run}/feuille-souris`)).toMatchObject({ status: 200 });
    expect(await publicStatus(page, `/fr/arbre-essai-a-${run}/feuille-souris`)).toEqual({ status: 301, location: `/fr/arbre-essai-b-${run}/feuille-souris` });

    // The keyboard: Tab to "Feuille clavier", Alt+↑ swaps it with its neighbour, Alt+→ puts it
    // under that neighbour, Alt+← brings it back out.
    await page.goto(`${baseUrl}/admin/tree?current=${keys}`);
    await tabTo(page, `li[data-id="${keys}"] .page-tree__title`);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => status.textContent()).toContain(`« Feuille clavier » déplacée sous « Arbre essai A ${run} », position 1.`);
    expect(await childrenIn(page, a)).toEqual(['Feuille clavier', 'Feuille voisine']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Feuille clavier');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => childrenIn(page, a)).toEqual(['Feuille voisine', 'Feuille clavier']);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => status.textContent()).toContain('déplacée sous « Feuille voisine », position 1.');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => status.textContent()).toContain(`déplacée sous « Arbre essai A ${run} », position 2.`);

    // The Move-to dialog: from the row's "Move…" link, find the parent by typing, take the first place.
    await tabTo(page, `li[data-id="${keys}"] .page-tree__move`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.tree-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tree-dialog-search');
    await page.keyboard.type(`essai B ${run}`);
    await page.keyboard.press('Tab');
    expect(await dialog.locator('#tree-dialog-parent option:checked').textContent()).toContain(`Arbre essai B ${run}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.locator('#tree-dialog-position option:checked').textContent()).toBe('En premier');
    await tabTo(page, 'dialog.tree-dialog button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toContain(`« Feuille clavier » déplacée sous « Arbre essai B ${run} », position 1.`);
    expect(await childrenIn(page, b)).toEqual(['Feuille clavier', 'Feuille souris']);
    expect(await publicStatus(page, `/fr/arbre-essai-a-${run}/feuille-clavier`)).toEqual({ status: 301, location: `/fr/arbre-essai-b-${run}/feuille-clavier` });

    // Undo, from the announcement: back under "Arbre essai A", its address again the live one.
    await tabTo(page, '#tree-status button', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toContain('Le déplacement a été annulé');
    expect(await childrenIn(page, a)).toEqual(['Feuille voisine', 'Feuille clavier']);
    expect(await publicStatus(page, `/fr/arbre-essai-a-${run}/feuille-clavier`)).toMatchObject({ status: 200 });
    expect(await publicStatus(page, `/fr/arbre-essai-b-${run}/feuille-clavier`)).toEqual({ status: 301, location: `/fr/arbre-essai-a-${run}/feuille-clavier` });
    await context.close();
  });

  it('passes axe on the tree, its move dialog, the move form and the documents list with its bulk actions', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, { baseUrl, dataDir }, 'administrator', `tree-axe-${run}@example.org`);
    const violations: AxeViolation[] = [];
    const check = async () => {
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
    await page.goto(`${baseUrl}/admin/tree`);
    await check();
    const first = await page.locator('#page-tree li li').first().getAttribute('data-id');
    await page.locator(`li[data-id="${first}"] .page-tree__move`).first().click();
    await expect.poll(() => page.locator('dialog.tree-dialog').isVisible()).toBe(true);
    await check();
    await page.goto(`${baseUrl}/admin/tree/${first}/move`);
    await check();
    await page.goto(`${baseUrl}/admin/documents?missing=ar`);
    await check();
    console.log(`axe (page tree and documents list): 4 views, ${violations.length} violations`);
    expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    await context.close();
  });
});

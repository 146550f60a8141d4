import { AxeBuilder } from '@axe-core/playwright';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_21_AA } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { signInAs } from '../helpers/admin-browser.ts';

/** The media library in Chromium: upload with and without JavaScript, refusals, alt text, axe. */
describe('media library in a browser', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let png: Buffer;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, 'editor', 'media-browser-editor@example.org');
    png = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#e9c46a' } }).png().toBuffer();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const signIn = (target: Page, role: string, email: string) => signInAs(target, { baseUrl, dataDir }, role, email);

  const axe = async () => (await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);

  it('uploads through the script (with progress) and lands on the image, where alt text is saved', async () => {
    await page.goto(`${baseUrl}/admin/media`);
    expect(await axe()).toEqual([]);
    // The drop zone is the labelled file input itself.
    const input = page.getByLabel(/Fichier image/);
    await input.dispatchEvent('dragenter');
    expect(await input.getAttribute('class')).toContain('is-dragging');
    await input.dispatchEvent('drop');
    const xhr = page.waitForRequest((request) => request.method() === 'POST' && request.resourceType() === 'xhr');
    await input.setInputFiles({ name: 'jardin.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: /Envoyer/ }).click();
    await xhr;
    await page.waitForURL(/\/admin\/media\/[0-9a-f-]{36}\?uploaded=1$/);
    expect(await page.getByRole('status').first().textContent()).toContain('Image ajoutée');
    expect(await axe()).toEqual([]);
    await page.getByRole('textbox', { name: 'English' }).fill('A sunny garden');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\?saved=1$/);
    expect(await page.getByRole('textbox', { name: 'English' }).inputValue()).toBe('A sunny garden');
  });

  it('shows a refusal where the editor is, without leaving the page', async () => {
    await page.goto(`${baseUrl}/admin/media`);
    await page.getByLabel(/Fichier image/).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
    await page.getByRole('button', { name: /Envoyer/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('n’est pas une image acceptée');
    expect(new URL(page.url()).pathname).toBe('/admin/media');
  });

  it('uploads with JavaScript turned off, through the plain form', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await signIn(noScript, 'editor', 'media-browser-noscript@example.org');
    await noScript.goto(`${baseUrl}/admin/media`);
    await noScript.getByLabel(/Fichier image/).setInputFiles({ name: 'sans-script.png', mimeType: 'image/png', buffer: png });
    await noScript.getByRole('button', { name: /Envoyer/ }).click();
    await noScript.waitForURL(/\/admin\/media\/[0-9a-f-]{36}\?uploaded=1$/);
    expect(await noScript.locator('h1').textContent()).toContain('sans-script.png');
    await plain.close();
  });
});

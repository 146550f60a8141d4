import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * An editor fixes a caption in the browser: a typo corrected in the cue list beside the video, a
 * cue moved by keyboard, a bad time caught as it is typed, then saved and published; the public
 * player's track has the new words.
 */

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const STORY = '/fr/journee-internationale-des-migrants-2019/mariela-et-joel';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('caption editor', () => {
  it('fixes a typo and shifts a cue by keyboard, then the public player shows the new text', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + STORY);
      const publicTrack = await page.locator('video track[kind="captions"][srclang="fr"]').getAttribute('src');
      const documentId = /^\/captions\/([^/]+)\/fr\//.exec(publicTrack ?? '')![1]!;

      await signInAs(page, { baseUrl, dataDir }, 'administrator', 'caption-editor@example.org');
      const editUrl = `/admin/documents/${documentId}/translations/fr/captions/captions/edit`;
      await page.goto(baseUrl + editUrl);
      const cues = page.locator('.cue-list > li');
      await expect.poll(() => cues.count()).toBe(5);

      // Clicking a cue's time seeks the video there, and that cue is the current one.
      await page.getByRole('button', { name: /^Lire la réplique 3 /u }).click();
      await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeCloseTo(8.3, 1);
      await expect.poll(() => cues.nth(2).getAttribute('aria-current')).toBe('true');

      // The typo: cue 2's text, corrected in its own labelled field.
      const text = page.getByLabel('Texte de la réplique 2', { exact: true });
      await text.fill('À Saint-Domingue, une audition publique\nleur a rendu leurs instruments.');

      // A time typed wrong is caught at once, by line, and the text is not valid until it is fixed.
      const end = page.getByLabel('Fin de la réplique 1', { exact: true });
      await end.fill('00:00:04,000');
      const check = page.locator('#caption-check');
      await expect.poll(() => check.textContent()).toContain('Ligne 4');
      await expect.poll(() => page.locator('#caption-text').getAttribute('aria-invalid')).toBe('true');
      expect(await end.getAttribute('aria-invalid')).toBe('true');
      await end.fill('00:00:04.000');
      await expect.poll(() => check.textContent()).toContain('WebVTT valide');
      expect(await end.getAttribute('aria-invalid')).toBeNull();

      // Alt+↓ three times in cue 2 moves it 300 ms later, keeping its length.
      await text.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => page.getByLabel('Début de la réplique 2', { exact: true }).inputValue()).toBe('00:00:04.600');
      expect(await page.getByLabel('Fin de la réplique 2', { exact: true }).inputValue()).toBe('00:00:08.300');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cue-text-1');
      const vtt = await page.locator('#caption-text').inputValue();
      expect(vtt).toContain('00:00:04.600 --> 00:00:08.300\nÀ Saint-Domingue, une audition publique\nleur a rendu leurs instruments.');

      await page.click('form.caption-editor__form button[type="submit"]');
      await page.waitForURL(/saved=5/);
      expect(await page.locator('.form-message').first().textContent()).toContain('5 répliques');

      // The translation is published: the change waits in its working copy until a publish.
      await page.goto(`${baseUrl}/admin/documents/${documentId}/fr`);
      await page.click(`form[action="/admin/documents/${documentId}/fr/publish"] button[type="submit"]`);
      await page.waitForURL(/done=publish/);

      await page.goto(baseUrl + STORY);
      const newTrack = await page.locator('video track[kind="captions"][srclang="fr"]').getAttribute('src');
      expect(newTrack).not.toBe(publicTrack);
      const cueTexts = () =>
        page.evaluate(() => {
          const track = Array.from(document.querySelector('video')!.textTracks).find((t) => t.kind === 'captions' && t.language === 'fr')!;
          track.mode = 'hidden';
          return Array.from(track.cues ?? []).map((c) => `${(c as VTTCue).startTime} ${(c as VTTCue).text}`);
        });
      await expect.poll(async () => (await cueTexts())[1], { timeout: 10_000 }).toBe('4.6 À Saint-Domingue, une audition publique\nleur a rendu leurs instruments.');
    } finally {
      await context.close();
    }
  });
});

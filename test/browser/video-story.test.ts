import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** A visitor watching a demo story in Debian's Chromium: captions on, seeking, the transcript following. */

const baseUrl = inject('baseUrl');
const STORY = '/fr/journee-internationale-des-migrants-2019/le-salon-de-karim';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface PlayerState {
  readonly time: number;
  readonly paused: boolean;
  readonly error: number | undefined;
  readonly source: string;
  readonly tracks: readonly { language: string; kind: string; mode: string; active: readonly string[] }[];
  readonly current: string | undefined;
}

function playerState(tab: Page): Promise<PlayerState> {
  return tab.evaluate(() => {
    const video = document.querySelector('video')!;
    return {
      time: video.currentTime,
      paused: video.paused,
      error: video.error?.code,
      source: video.currentSrc,
      tracks: Array.from(video.textTracks).map((t) => ({
        language: t.language,
        kind: t.kind,
        mode: t.mode,
        active: Array.from(t.activeCues ?? []).map((c) => (c as VTTCue).text),
      })),
      current: document.querySelector('.transcript__line.is-current .transcript__text')?.textContent ?? undefined,
    };
  });
}

describe('video story', () => {
  it('plays with French captions on, seeks from the transcript, and highlights the line being said', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      const response = await tab.goto(baseUrl + STORY);
      expect(response?.status()).toBe(200);
      const before = await playerState(tab);
      // preload="none": nothing of the video is fetched before the visitor asks for it.
      expect(before.time).toBe(0);
      expect(before.paused).toBe(true);
      expect(before.tracks.find((t) => t.kind === 'captions' && t.language === 'fr')?.mode).toBe('showing');
      expect(before.tracks.filter((t) => t.mode === 'showing')).toHaveLength(1);

      // The third line's time is a button now: it plays the video from there.
      const seek = tab.locator('.transcript__seek').nth(2);
      await expect.poll(() => seek.getAttribute('aria-label')).toBe('Lire à partir de 0:07');
      await seek.click();
      await expect.poll(async () => (await playerState(tab)).current, { timeout: 10_000 }).toContain('Il a appris le métier à Alep');
      const seeked = await playerState(tab);
      expect(seeked.error).toBeUndefined();
      expect(seeked.time).toBeGreaterThanOrEqual(7.3);
      expect(seeked.source).toMatch(/-720\.mp4$/);
      await expect
        .poll(async () => (await playerState(tab)).tracks.find((t) => t.language === 'fr' && t.kind === 'captions')?.active.join(' '), { timeout: 10_000 })
        .toContain('Alep');

      // Playing on, the highlight moves to the next line by itself.
      await expect.poll(async () => (await playerState(tab)).current, { timeout: 15_000 }).toContain('personne ne me demande');
      expect((await playerState(tab)).paused).toBe(false);

      // The keyboard reaches the seek buttons and Enter uses them.
      await tab.locator('.transcript__seek').nth(0).focus();
      await tab.keyboard.press('Enter');
      await expect.poll(async () => (await playerState(tab)).current, { timeout: 10_000 }).toContain('Chaque matin');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('chooses the light rendition on a phone-sized screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const tab = await context.newPage();
      await tab.goto(baseUrl + STORY);
      await tab.locator('video').evaluate((v: HTMLVideoElement) => v.play());
      await expect.poll(async () => (await playerState(tab)).source).toMatch(/-360\.mp4$/);
    } finally {
      await context.close();
    }
  }, 30_000);

  it('reads without JavaScript: the player, its tracks and the whole transcript are there', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(baseUrl + STORY);
      expect(await tab.locator('video track[kind="captions"]').count()).toBe(6); // the demo's six languages
      expect(await tab.locator('.transcript__line').count()).toBe(6);
      expect(await tab.locator('.transcript__seek').count()).toBe(0);
      await expect.poll(() => tab.locator('.transcript__line').nth(3).innerText()).toContain('Ici, personne ne me demande');
    } finally {
      await context.close();
    }
  }, 30_000);
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { shortUrl } from '../helpers/crawl.ts';
import { describeFocus, focused, isFocusVisible } from '../helpers/focus.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** A visitor with a keyboard and no JavaScript: the skip link, then every main-menu entry. */

/** More Tab presses than any page has focusable elements: reaching it means a keyboard trap. */
const MAX_TABS = 600;

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('public site', () => {
  for (const locale of ['fr', 'ar'] as const) {
    it(`lets the keyboard alone reach every main-menu entry on /${locale}/ without JavaScript`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
      try {
        const tab = await context.newPage();
        const url = `${baseUrl}/${locale}/`;

        // The first Tab lands on the skip link, and Enter on it moves the visitor to #main.
        await tab.goto(url);
        await tab.keyboard.press('Tab');
        const first = await focused(tab);
        expect.soft(first?.rawHref, 'the first Tab focuses the skip link').toBe('#main');
        expect
          .soft(first !== null && isFocusVisible(first), `the focused skip link shows focus: ${describeFocus(first)}`)
          .toBe(true);
        expect.soft(first?.onScreen, 'the focused skip link is on screen').toBe(true);
        await tab.keyboard.press('Enter');
        const afterSkip = await tab.evaluate(() => ({
          hash: location.hash,
          target: document.querySelector(':target')?.id ?? null,
          activeIsMain: document.activeElement?.id === 'main',
        }));
        expect.soft(afterSkip.hash, 'the skip link goes to #main').toBe('#main');
        expect.soft(afterSkip.target, 'an element with id="main" is the target').toBe('main');
        if (!afterSkip.activeIsMain) {
          // Without tabindex=-1 on <main> Chromium moves the sequential focus starting point there.
          await tab.keyboard.press('Tab');
          const next = await tab.evaluate(() => {
            const main = document.getElementById('main');
            const active = document.activeElement;
            if (!main || !active || active === document.body) return false;
            const following = main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING;
            return main.contains(active) || following !== 0;
          });
          expect.soft(next, 'after the skip link, Tab continues inside or after <main>').toBe(true);
        }

        // Tab through the whole page from the top, opening every closed menu disclosure with Enter.
        await tab.goto(url);
        const reached = new Set<string>();
        const noFocusStyle: string[] = [];
        let seenAny = false;
        let presses = 0;
        let opened = 0;
        for (; presses < MAX_TABS; presses += 1) {
          await tab.keyboard.press('Tab');
          const info = await focused(tab);
          if (info === null) {
            if (seenAny) break; // focus left the document: every focusable element was visited
            continue;
          }
          seenAny = true;
          if (!isFocusVisible(info)) noFocusStyle.push(describeFocus(info));
          if (info.inHeaderNav && info.href !== null) reached.add(info.href);
          if (info.isSummary && info.inHeader && info.open === false) {
            await tab.keyboard.press('Enter');
            opened += 1;
            const after = await focused(tab);
            expect.soft(after?.open, `Enter opens the menu disclosure "${info.text}"`).toBe(true);
          }
        }
        const all = await tab.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('header nav a[href]')].map((a) => a.href),
        );
        console.log(
          `keyboard /${locale}/: ${reached.size} of ${new Set(all).size} header-nav links reached ` +
            `in ${presses} Tab presses, ${opened} disclosures opened`,
        );
        expect.soft(presses, 'Tab eventually leaves the page (no keyboard trap)').toBeLessThan(MAX_TABS);
        expect.soft(all.length, 'the header nav has links').toBeGreaterThan(0);
        const missed = [...new Set(all)].filter((href) => !reached.has(href)).map((href) => shortUrl(href, baseUrl));
        expect.soft(missed, 'header nav links never reached with Tab').toEqual([]);
        expect.soft(noFocusStyle, 'focused elements without a visible outline or box-shadow').toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

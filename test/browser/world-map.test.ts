import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** The world map of "Where we work" with a keyboard and no JavaScript: every country is a stop, drawn focused, and leads to its page. */

const MAX_TABS = 300;
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('world map', () => {
  for (const [locale, path, jordan] of [
    ['fr', '/fr/notre-travail/ou-travaillons-nous', 'Jordanie'],
    ['ar', '/ar/amaluna/ayna-namal', 'الأردن'],
  ] as const) {
    it(`lets the keyboard reach every country of the map on /${locale}/ and open its page`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
      try {
        const tab = await context.newPage();
        await tab.goto(baseUrl + path);
        const onMap = await tab.evaluate(() => [...document.querySelectorAll('svg a[href]')].map((a) => a.getAttribute('aria-label')));
        expect(onMap.length).toBe(12);
        // Tab through the whole page: every country on the map is a stop, drawn focused.
        const reached: string[] = [];
        const unmarked: string[] = [];
        const tabToMap = async (until?: string) => {
          for (let presses = 0; presses < MAX_TABS; presses++) {
            await tab.keyboard.press('Tab');
            const focus = await tab.evaluate(() => {
              const active = document.activeElement;
              if (!active || active === document.body) return null;
              if (!(active instanceof SVGAElement)) return { onMap: false, name: '', outline: '' };
              const style = getComputedStyle(active);
              return { onMap: true, name: active.getAttribute('aria-label') ?? '', outline: `${style.outlineStyle} ${style.outlineWidth}` };
            });
            if (focus === null) return;
            if (!focus.onMap) continue;
            if (until !== undefined) {
              if (focus.name === until) return;
              continue;
            }
            reached.push(focus.name);
            if (focus.outline.startsWith('none') || focus.outline.endsWith(' 0px')) unmarked.push(focus.name);
          }
        };
        await tabToMap();
        expect(reached, 'countries reached with Tab, in the order of the list').toEqual(onMap);
        expect(unmarked, 'map countries focused without a visible outline').toEqual([]);
        // Enter on a focused country opens its page.
        await tab.goto(baseUrl + path);
        await tabToMap(jordan);
        await Promise.all([tab.waitForURL((url) => url.pathname !== path), tab.keyboard.press('Enter')]);
        expect(await tab.locator('h1').textContent()).toBe(jordan);
      } finally {
        await context.close();
      }
    });
  }
});

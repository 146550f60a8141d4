import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * "Organisational structure" as a chart at desktop width (the head office above its units, which sit
 * side by side and mirror in Arabic) and as a nested list in one column on a phone, without JavaScript;
 * each box with its head's portrait (issue 11).
 */

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 } as const;
const DESKTOP = { width: 1366, height: 900 } as const;
const STRUCTURE = {
  fr: '/fr/qui-sommes-nous/structure-organisationnelle',
  ar: '/ar/man-nahnu/al-haykal-al-tanzimi',
  ru: '/ru/kto-my/organizatsionnaya-struktura',
} as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(viewport: { width: number; height: number }, path: string, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    return await run(page);
  } finally {
    await context.close();
  }
}

interface BoxInfo {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly tag: string;
  readonly href: string | null;
  readonly text: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/** The chart's boxes by level: the head office, then its units. */
async function boxesByLevel(page: Page): Promise<[BoxInfo[], BoxInfo[]]> {
  return page.evaluate(() => {
    const info = (box: Element) => {
      const rect = box.getBoundingClientRect();
      return {
        top: rect.top,
        left: rect.left,
        right: rect.right,
        tag: box.tagName.toLowerCase(),
        href: box.getAttribute('href'),
        text: box.textContent ?? '',
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
      };
    };
    const top = [...document.querySelectorAll('.org-chart > ul > li > .org-chart__box')];
    const units = [...document.querySelectorAll('.org-chart > ul > li > ul > li > .org-chart__box')];
    return [top.map(info), units.map(info)] as const;
  }).then(([top, units]) => [[...top], [...units]]);
}

describe('organisational chart', () => {
  it('draws the head office above its units, side by side, each box a link with its head’s name, at 1366 px', async () => {
    await withPage(DESKTOP, STRUCTURE.fr, async (page) => {
      const [[head], units] = await boxesByLevel(page);
      expect(head).toBeDefined();
      expect(units.length).toBeGreaterThanOrEqual(2);
      for (const unit of units) {
        expect(unit.top).toBeGreaterThan(head!.top);
        expect(Math.abs(unit.top - units[0]!.top), 'units on one row').toBeLessThan(1);
      }
      const lefts = units.map((u) => u.left);
      expect(new Set(lefts).size).toBe(units.length);
      for (const box of [head!, ...units]) {
        expect(box.tag).toBe('a');
        expect(box.href).toMatch(/^\/fr\/qui-sommes-nous\/structure-organisationnelle\/[a-z0-9-]+$/);
      }
      expect(head!.text).toContain('Clara Ndiaye-Holm');
      const names = await page.locator('.org-chart__head').allTextContents();
      expect(names.length).toBe(units.length + 1);
      for (const name of names) expect(name.trim()).not.toBe('');
      // Each head's name is inside the link of its box.
      expect(await page.locator('a.org-chart__box .org-chart__head').count()).toBe(names.length);
      // The office pages exist.
      const response = await page.goto(baseUrl + units[0]!.href!);
      expect(response?.status()).toBe(200);
    });
  });

  it.each([
    ['fr', DESKTOP.width],
    ['ar', DESKTOP.width],
    ['fr', PHONE.width],
    ['ar', PHONE.width],
  ] as const)('shows each head’s portrait in a round square frame of reserved size, inside its box, in /%s/ at %i px', async (locale, width) => {
    const viewport = width === PHONE.width ? PHONE : DESKTOP;
    await withPage(viewport, STRUCTURE[locale], async (page) => {
      const portraits = await page.evaluate(() =>
        [...document.querySelectorAll('.org-chart__box')].map((box) => {
          const img = box.querySelector<HTMLImageElement>('.org-chart__portrait img');
          const frame = box.querySelector('.org-chart__portrait');
          const inner = (el: Element) => el.getBoundingClientRect();
          const b = inner(box);
          const f = frame ? inner(frame) : undefined;
          return {
            text: box.textContent ?? '',
            hasImg: img !== null,
            alt: img?.getAttribute('alt'),
            width: img?.getAttribute('width'),
            height: img?.getAttribute('height'),
            loading: img?.getAttribute('loading'),
            frame: f && { width: f.width, height: f.height, inside: f.left >= b.left - 0.5 && f.right <= b.right + 0.5 && f.top >= b.top && f.bottom <= b.bottom },
            radius: frame ? getComputedStyle(frame).borderRadius : '',
            initials: box.querySelector('.org-chart__portrait--initials') !== null,
          };
        }),
      );
      expect(portraits.length).toBeGreaterThanOrEqual(3);
      for (const p of portraits) {
        expect(p.hasImg, p.text).toBe(true);
        expect(p.initials, p.text).toBe(false);
        // Decorative: the head's name is written beside it, inside the same link.
        expect(p.alt, p.text).toBe('');
        expect(Number(p.width), p.text).toBeGreaterThan(0);
        expect(p.width, p.text).toBe(p.height);
        expect(p.loading, p.text).toBe('lazy');
        expect(p.frame!.width, p.text).toBeGreaterThanOrEqual(36);
        expect(Math.abs(p.frame!.width - p.frame!.height), p.text).toBeLessThan(1);
        expect(p.frame!.inside, p.text).toBe(true);
        expect(p.radius, p.text).toBe('50%');
      }
      const [heads, units] = await boxesByLevel(page);
      for (const box of [...heads, ...units]) expect(box.scrollWidth, box.text).toBeLessThanOrEqual(box.clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
    });
  });

  it('serves the portraits, which load and fill their frames, at 1366 px', async () => {
    await withPage(DESKTOP, STRUCTURE.fr, async (page) => {
      const imgs = page.locator('.org-chart__portrait img');
      const count = await imgs.count();
      for (let i = 0; i < count; i++) await imgs.nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.org-chart__portrait img')].every((img) => img.complete && img.naturalWidth > 0));
      const sizes = await imgs.evaluateAll((all) =>
        all.map((img) => {
          const r = img.getBoundingClientRect();
          const f = img.closest('.org-chart__portrait')!.getBoundingClientRect();
          return { img: [r.width, r.height], frame: [f.width, f.height] };
        }),
      );
      for (const { img, frame } of sizes) {
        expect(img[0]).toBeGreaterThan(frame[0]! - 6);
        expect(Math.abs(img[0]! - img[1]!)).toBeLessThan(1);
      }
    });
  });

  it('shows the head’s portrait beside the name on an office page, described by the name next to it', async () => {
    await withPage(PHONE, STRUCTURE.fr, async (page) => {
      const href = await page.locator('.org-chart > ul > li > .org-chart__box').getAttribute('href');
      await page.goto(baseUrl + href!);
      const head = page.locator('.meta dd.person');
      await expect(head.locator('.person__name').textContent()).resolves.toBe('Clara Ndiaye-Holm');
      const img = head.locator('.person__portrait img');
      expect(await img.getAttribute('alt')).toBe('');
      expect(await img.getAttribute('loading')).toBeNull();
      expect(await img.getAttribute('width')).toBe(await img.getAttribute('height'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    });
  });

  it.each(['fr', 'ru'] as const)('keeps the longest office names inside their boxes in /%s/ at 1366 px', async (locale) => {
    await withPage(DESKTOP, STRUCTURE[locale], async (page) => {
      const [heads, units] = await boxesByLevel(page);
      for (const box of [...heads, ...units]) expect(box.scrollWidth, box.text).toBeLessThanOrEqual(box.clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(DESKTOP.width);
    });
  });

  it('puts the first unit on the right in Arabic at 1366 px', async () => {
    await withPage(DESKTOP, STRUCTURE.ar, async (page) => {
      const [[head], units] = await boxesByLevel(page);
      expect(units[0]!.top).toBeGreaterThan(head!.top);
      expect(units[0]!.left).toBeGreaterThan(units[1]!.left);
      expect(units[0]!.left).toBe(Math.max(...units.map((u) => u.left)));
    });
  });

  it.each(['fr', 'ar', 'ru'] as const)('stacks the boxes in one column in /%s/ at 390 px, nothing wider than the screen', async (locale) => {
    await withPage(PHONE, STRUCTURE[locale], async (page) => {
      const [[head], units] = await boxesByLevel(page);
      const column = [head!, ...units];
      for (let i = 1; i < column.length; i++) expect(column[i]!.top).toBeGreaterThan(column[i - 1]!.top);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
      for (const box of column) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(PHONE.width);
      }
    });
  });
});

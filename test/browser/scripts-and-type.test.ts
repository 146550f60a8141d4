import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { fontDownloads, platformFonts, serveZhHansSample } from '../helpers/script-samples.ts';

/**
 * Each script gets its font without burdening the others, and text in another direction keeps the
 * page's layout: Arabic drawn with the self-hosted Noto Sans Arabic, a French page downloading no
 * font at all, Chinese with Noto Sans SC and its line-breaking rules, and an English item of an
 * Arabic list with its bullet on the right like the rest of the list.
 */

const baseUrl = inject('baseUrl');
const AR_CAMPAIGN = '/ar/al-yawm-al-duwali-lil-muhajirin-2019';
const FR_PAGES = ['/fr/', '/fr/journee-internationale-des-migrants-2019'];
const PHONE = { width: 390, height: 844 } as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withTab<T>(run: (tab: Awaited<ReturnType<BrowserContext['newPage']>>, context: BrowserContext) => Promise<T>): Promise<T> {
  // A new context each time: an empty cache, so every font the page needs is downloaded and seen.
  const context = await browser.newContext({ viewport: PHONE });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

describe('Arabic', () => {
  it('draws Arabic text with the self-hosted Noto Sans Arabic and downloads only its Arabic subset', async () => {
    await withTab(async (tab, context) => {
      await tab.goto(baseUrl + AR_CAMPAIGN);
      const downloads = await fontDownloads(tab);
      const family = await tab.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
      const cdp = await context.newCDPSession(tab);
      const heading = await platformFonts(cdp, 'h1');
      const paragraph = await platformFonts(cdp, '.lead');

      expect(family, 'computed font-family of the Arabic title').toMatch(/^"?Noto Sans Arabic"?,/);
      for (const [what, fonts] of [['title (bold)', heading], ['lead paragraph', paragraph]] as const) {
        expect(fonts[0], `font with the most glyphs in the ${what}: ${JSON.stringify(fonts)}`).toMatchObject({ familyName: 'Noto Sans Arabic', isCustomFont: true });
      }
      const names = downloads.map((d) => new URL(d.name).pathname);
      expect(names.length, 'font files downloaded').toBeGreaterThan(0);
      expect(names.filter((name) => !/\/noto-sans-arabic-arabic-(400|700)-normal\.[0-9a-f]{12}\.woff2$/.test(name)), 'other font files').toEqual([]);
    });
  });

  it('keeps the page direction around an English fallback item: its bullet on the right, like its Arabic neighbours', async () => {
    // The demo translates every campaign card into Arabic: a reviewer takes one back to its English fallback.
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signInAs(page, { baseUrl, dataDir: inject('dataDir') }, 'reviewer', 'reviewer-scripts@example.org');
    await page.goto(`${baseUrl}/admin/documents?search=${encodeURIComponent('Get involved')}&locale=en`);
    const id = (await page.getAttribute('table a[href^="/admin/documents/"]', 'href'))!.split('/')[3]!;
    await page.goto(`${baseUrl}/admin/documents/${id}`);
    await page.click(`form[action="/admin/documents/${id}/ar/unpublish"] button[type="submit"]`);
    await page.waitForURL(/done=unpublish/);
    await admin.close();
    await withTab(async (tab, context) => {
      await tab.goto(baseUrl + AR_CAMPAIGN);
      const item = await tab.evaluate(() => {
        const link = document.querySelector('.actions__list a[lang="en"]');
        const li = link?.closest('li');
        if (!link || !li) return null;
        const box = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return { left: rect.left, right: rect.right };
        };
        const neighbour = [...li.parentElement!.children].find((other) => other !== li && !other.querySelector('[lang]'));
        return {
          link: { lang: link.getAttribute('lang'), dir: link.getAttribute('dir'), ...box(link) },
          li: { dir: li.getAttribute('dir'), direction: getComputedStyle(li).direction, ...box(li) },
          neighbourLink: neighbour ? box(neighbour.querySelector('a')!) : null,
          index: [...li.parentElement!.children].indexOf(li),
        };
      });
      expect(item, 'an English item in the Arabic campaign page’s list of actions').not.toBeNull();
      const { link, li, neighbourLink, index } = item!;
      const marker = await markerBox(await context.newCDPSession(tab), '.actions__list', index);

      expect(link.lang).toBe('en');
      expect(link.dir).toBe('ltr');
      expect(li.dir, 'the list item itself carries no dir').toBeNull();
      expect(li.direction).toBe('rtl');
      // The marker sits outside the item on its right; the English text starts from the right edge.
      expect(marker.left, `bullet ${JSON.stringify(marker)} right of the item ${JSON.stringify(li)}`).toBeGreaterThanOrEqual(li.right - 1);
      expect(Math.abs(link.right - li.right), `English link ${JSON.stringify(link)} against the item's right edge`).toBeLessThan(2);
      if (neighbourLink) expect(Math.abs(neighbourLink.right - link.right), 'right edges of the English and Arabic links').toBeLessThan(2);
    });
  });

  it('puts lang and dir on the foreign text, never on the list items, cards and menus that hold it', async () => {
    await withTab(async (tab) => {
      const wrong: string[] = [];
      for (const path of ['/ar/', AR_CAMPAIGN, '/ar/man-nahnu/organizational-structure']) {
        await tab.goto(baseUrl + path);
        const found = await tab.evaluate(() =>
          [...document.querySelectorAll('li[dir], ul[dir], ol[dir], summary[dir], .card[dir], .feature__item[dir], .fact[dir], .org-chart__box[dir], .main-nav__top[dir]')].map((element) =>
            element.outerHTML.slice(0, 100),
          ),
        );
        wrong.push(...found.map((html) => `${path}: ${html}`));
      }
      expect(wrong.join('\n'), 'containers with a dir of their own').toBe('');
    });
  });

  it('spaces no letters apart anywhere in Arabic text', async () => {
    await withTab(async (tab) => {
      for (const path of ['/ar/', AR_CAMPAIGN]) {
        await tab.goto(baseUrl + path);
        const spaced = await tab.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((element) => element.closest('[lang]')?.getAttribute('lang')?.startsWith('ar'))
            .filter((element) => getComputedStyle(element).letterSpacing !== 'normal')
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${getComputedStyle(element).letterSpacing}`),
        );
        expect(spaced, `${path}: Arabic elements with letter-spacing`).toEqual([]);
      }
    });
  });
});

describe('French', () => {
  it('downloads no font: Latin text is drawn with the system fonts', async () => {
    await withTab(async (tab) => {
      for (const path of FR_PAGES) {
        await tab.goto(baseUrl + path);
        const downloads = await fontDownloads(tab);
        const fontSheets = await tab.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')).filter((href) => href?.includes('fonts-')));
        // The language switcher's «العربية» is on the page too, and must not pull the Arabic font in.
        const endonym = await tab.evaluate(() => document.querySelector('.languages [lang="ar"]')?.textContent ?? null);
        expect(endonym, `${path}: the Arabic endonym in the language switcher`).toBe('العربية');
        expect(downloads.map((d) => d.name), `${path}: font files downloaded`).toEqual([]);
        expect(fontSheets, `${path}: web-font stylesheets linked`).toEqual([]);
      }
    });
  });
});

describe('Simplified Chinese', () => {
  it('draws Han with Noto Sans SC, breaks lines strictly, and emphasises with dots, not italics', async () => {
    await withTab(async (tab, context) => {
      await tab.goto(await serveZhHansSample(context, baseUrl));
      const downloads = await fontDownloads(tab);
      const cdp = await context.newCDPSession(tab);
      const paragraph = await platformFonts(cdp, '.prose p');
      const style = await tab.evaluate(() => {
        const p = getComputedStyle(document.querySelector('.prose p')!);
        const em = getComputedStyle(document.querySelector('.prose em')!);
        return { lineBreak: p.lineBreak, wordBreak: p.wordBreak, letterSpacing: p.letterSpacing, emStyle: em.fontStyle, emphasis: em.textEmphasisStyle };
      });

      // Where a system copy of the face is installed (Noto Sans CJK SC) it is used instead of a download.
      expect(paragraph[0]?.familyName, `fonts of a paragraph: ${JSON.stringify(paragraph)}`).toMatch(/^Noto Sans (CJK )?SC\b/);
      expect(style).toEqual({ lineBreak: 'strict', wordBreak: 'normal', letterSpacing: 'normal', emStyle: 'normal', emphasis: expect.stringMatching(/\bdot$/) });
      const names = downloads.map((d) => new URL(d.name).pathname);
      expect(names.filter((name) => !/\/noto-sans-sc-\d+-(400|700)-normal\.[0-9a-f]{12}\.woff2$/.test(name)), 'font files other than Han slices').toEqual([]);
      if (paragraph[0]?.isCustomFont) expect(names.length, 'Han slices downloaded').toBeGreaterThan(0);
    });
  });
});

/** The box of the `index`-th item's ::marker in the first list matching `listSelector` (CDP, since script cannot measure a marker). */
async function markerBox(cdp: CDPSession, listSelector: string, index: number): Promise<{ left: number; right: number }> {
  await cdp.send('DOM.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `${listSelector} > li:nth-child(${index + 1})` });
  const node = findNode(root, nodeId);
  const marker = node?.pseudoElements?.find((pseudo) => pseudo.pseudoType === 'marker');
  if (!marker) throw new Error(`no ::marker on ${listSelector} > li:nth-child(${index + 1})`);
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: marker.nodeId });
  const xs = model.border.filter((_, i) => i % 2 === 0);
  return { left: Math.min(...xs), right: Math.max(...xs) };
}

interface DomNode {
  nodeId: number;
  children?: DomNode[];
  pseudoElements?: (DomNode & { pseudoType?: string })[];
}

function findNode(node: DomNode, nodeId: number): DomNode | undefined {
  if (node.nodeId === nodeId) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, nodeId);
    if (found) return found;
  }
  return undefined;
}

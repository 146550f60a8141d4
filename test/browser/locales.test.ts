import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { crawlSite, shortUrl } from '../helpers/crawl.ts';
import { localePages, VIEWPORT, WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';

/** Each locale as its readers meet it: the right language and direction, Arabic mirrored, / negotiated. */

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('public site', () => {
  it('sets <html lang> to the URL locale and dir to rtl for Arabic only', async () => {
    const pages = localePages((await crawlSite(baseUrl)).pages);
    const wrong = pages
      .map((page) => {
        const dir = page.locale === 'ar' ? 'rtl' : 'ltr';
        return page.lang === page.locale && page.dir === dir
          ? null
          : `${shortUrl(page.url, baseUrl)}: lang=${JSON.stringify(page.lang)} dir=${JSON.stringify(page.dir)}, ` +
              `expected lang="${page.locale}" dir="${dir}"`;
      })
      .filter((line): line is string => line !== null);
    expect(wrong.join('\n'), 'pages with a wrong lang or dir').toBe('');
    expect(pages.length).toBeGreaterThan(0);
  }, WHOLE_SITE_TIMEOUT);

  it('mirrors the layout in Arabic', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      await tab.goto(`${baseUrl}/ar/`);
      const layout = await tab.evaluate(() => {
        const main = document.querySelector('main');
        const links = [...document.querySelectorAll<HTMLAnchorElement>('header a[href]')];
        // The site name: the header link back to the Arabic home page, else the first header link.
        const brand =
          links.find((a) => new URL(a.href).pathname === '/ar/' && a.getAttribute('href') !== '#main') ??
          links.find((a) => a.getAttribute('href') !== '#main');
        const box = brand?.getBoundingClientRect();
        return {
          dir: document.documentElement.dir,
          mainDirection: main ? getComputedStyle(main).direction : null,
          brand: brand ? brand.outerHTML.slice(0, 120) : null,
          brandRight: box ? box.right : null,
          width: window.innerWidth,
        };
      });
      console.log(`arabic: site name right edge at ${layout.brandRight} of ${layout.width}px`);
      expect(layout.dir).toBe('rtl');
      expect(layout.mainDirection, 'computed direction of <main>').toBe('rtl');
      expect(layout.brand, 'a site-name link in the header').not.toBeNull();
      expect(
        layout.brandRight,
        `right edge of the site name ${layout.brand} in a ${layout.width}px viewport`,
      ).toBeGreaterThan(0.5 * layout.width);
    } finally {
      await context.close();
    }
  });

  it('negotiates the language on /', async () => {
    for (const [acceptLanguage, expected] of [
      ['ar', '/ar/'],
      ['de', '/fr/'],
      ['en-US,en;q=0.9', '/en/'],
    ] as const) {
      const first = await fetch(`${baseUrl}/`, {
        redirect: 'manual',
        headers: { 'accept-language': acceptLanguage },
      });
      await first.arrayBuffer();
      expect(first.status, `/ with Accept-Language: ${acceptLanguage}`).toBe(303);
      const landed = await fetch(`${baseUrl}/`, { headers: { 'accept-language': acceptLanguage } });
      await landed.arrayBuffer();
      expect(new URL(landed.url).pathname, `/ with Accept-Language: ${acceptLanguage} lands on`).toBe(expected);
      expect(landed.status).toBe(200);
    }
  });
});

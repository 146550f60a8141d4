import { describe, expect, inject, it } from 'vitest';
import { crawlSite, shortUrl } from '../helpers/crawl.ts';
import { WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';
import { formatVnu, validateHtml } from '../helpers/vnu.ts';

/** Every crawled page, as the server sends it, through the Nu HTML Checker. */

const baseUrl = inject('baseUrl');

describe('public site', () => {
  it('serves valid HTML on every page (vnu)', async () => {
    const pages = (await crawlSite(baseUrl)).pages;
    const errors = await validateHtml(pages.map((page) => ({ name: shortUrl(page.url, baseUrl), html: page.html })));
    console.log(`vnu: ${pages.length} pages, ${errors.length} errors`);
    expect(formatVnu(errors), 'vnu errors').toBe('');
    expect(pages.length).toBeGreaterThan(0);
  }, WHOLE_SITE_TIMEOUT);
});

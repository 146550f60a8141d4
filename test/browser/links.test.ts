import { describe, expect, inject, it } from 'vitest';
import { crawlSite, formatBrokenLinks } from '../helpers/crawl.ts';
import { LOCALES, WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';

/** Every link a visitor can follow from the locale home pages leads somewhere. */

const baseUrl = inject('baseUrl');

describe('public site', () => {
  it('has no broken internal link', async () => {
    const result = await crawlSite(baseUrl);
    const perLocale = Object.fromEntries(
      LOCALES.map((locale) => [locale, result.pages.filter((page) => page.locale === locale).length]),
    );
    console.log(
      `crawl: ${result.pages.length} pages (${LOCALES.map((l) => `${l} ${perLocale[l]}`).join(', ')}), ` +
        `${result.requested} URLs requested${result.truncated ? ', STOPPED at the 2,000-page bound' : ''}`,
    );

    const report = [
      result.broken.length > 0 ? `Broken links:\n${formatBrokenLinks(result.broken, baseUrl)}` : '',
      result.brokenFragments.length > 0
        ? `Broken #fragments:\n${formatBrokenLinks(result.brokenFragments, baseUrl)}`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    expect(report, 'every internal link answers 200 and every #fragment exists').toBe('');

    expect(perLocale.fr, 'French pages found').toBeGreaterThan(10);
    expect(perLocale.en, 'English pages found').toBeGreaterThan(10);
    expect(perLocale.es, 'Spanish pages found').toBeGreaterThan(0);
    expect(perLocale.ar, 'Arabic pages found').toBeGreaterThan(0);
  }, WHOLE_SITE_TIMEOUT);
});

import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';

/** Web fonts as the site serves them, and foreign-language text marked on the text, not its container. */

const AR_CAMPAIGN = '/ar/al-yawm-al-duwali-lil-muhajirin-2019';

describe('site fonts', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite('sqlite');
  }, 60_000);
  afterAll(() => site?.close());

  const get = (url: string) => site.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
  const stylesheets = async (url: string) =>
    findAll(parse((await get(url)).body), 'link')
      .filter((link) => attr(link, 'rel') === 'stylesheet')
      .map((link) => attr(link, 'href') ?? '');

  it('links the Arabic font stylesheet from Arabic pages only', async () => {
    const arabic = await stylesheets('/ar/');
    expect(arabic).toHaveLength(2);
    expect(arabic[1]).toMatch(/^\/assets\/fonts-arab\.[0-9a-f]{12}\.css$/);
    expect(await stylesheets(AR_CAMPAIGN)).toEqual(arabic);
    for (const locale of ['fr', 'en', 'es']) {
      const sheets = await stylesheets(`/${locale}/`);
      expect(sheets, locale).toHaveLength(1);
      expect(sheets[0]).toMatch(/^\/assets\/site\./);
    }
  });

  it('serves the font stylesheet and its WOFF2 files under hashed names, cached for a year', async () => {
    const [, href = ''] = await stylesheets('/ar/');
    const css = await get(href);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const fonts = [...css.body.matchAll(/url\(([^)]+)\)/g)].map(([, url]) => url!);
    expect(fonts).toHaveLength(2);
    for (const url of fonts) {
      const font = await get(url);
      expect(font.statusCode, url).toBe(200);
      expect(font.headers['content-type']).toBe('font/woff2');
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(font.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(font.headers['content-length'])).toBe(font.rawPayload.length);
      expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    expect((await get(fonts[0]!.replace(/\.[0-9a-f]{12}\.woff2$/, '.000000000000.woff2'))).statusCode).toBe(404);
  });

  it('marks an English fallback item of an Arabic list on its link, so the item keeps the page’s direction', async () => {
    // The demo translates every campaign card into Arabic: take one back to its English fallback.
    const address = (await site.content.reader.listPublishedAddresses(['page'])).find((p) => p.locale === 'en' && p.path.endsWith('get-involved'))!;
    const arabic = (await site.content.service.findTranslation(address.documentId, 'ar'))!;
    await site.content.service.transition({ documentId: address.documentId, locale: 'ar', action: 'unpublish', expectedVersion: arabic.version, actor: SYSTEM_ACTOR });
    const [actions] = findAll(parse((await get(AR_CAMPAIGN)).body), 'ul').filter((ul) => attr(ul, 'class') === 'actions__list');
    const items = findAll(actions!, 'li').filter((li) => textOf(li).includes('Get involved'));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(attr(item!, 'dir')).toBeUndefined();
    expect(attr(item!, 'lang')).toBeUndefined();
    const [link] = findAll(item!, 'a');
    expect([attr(link!, 'lang'), attr(link!, 'dir')]).toEqual(['en', 'ltr']);
  });
});

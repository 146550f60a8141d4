import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../catalog-check.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { searchAr } from './search.ar.ts';
import { searchEn } from './search.en.ts';
import { searchEs } from './search.es.ts';
import { searchFr } from './search.fr.ts';
import { searchRu } from './search.ru.ts';
import { searchZhHans } from './search.zh-Hans.ts';
import { seoAr } from './seo.ar.ts';
import { seoEn } from './seo.en.ts';
import { seoEs } from './seo.es.ts';
import { seoFr } from './seo.fr.ts';
import { seoRu } from './seo.ru.ts';
import { seoZhHans } from './seo.zh-Hans.ts';
import { storiesAr, storiesEn, storiesEs, storiesFr, storiesRu, storiesZhHans } from './stories.ts';
import { countriesAr, countriesEn, countriesEs, countriesFr, countriesRu, countriesZhHans } from './countries.ts';
import { zhHans } from './zh-Hans.ts';

// Merged here as messages.ts merges them, so that this test does not depend on how the site registers locales.
const source: Readonly<Record<string, string>> = { ...fr, ...storiesFr, ...seoFr, ...searchFr, ...countriesFr };
const catalogs: ReadonlyArray<readonly [tag: string, catalog: Readonly<Record<string, string>>]> = [
  ['fr', source],
  ['en', { ...en, ...storiesEn, ...seoEn, ...searchEn, ...countriesEn }],
  ['es', { ...es, ...storiesEs, ...seoEs, ...searchEs, ...countriesEs }],
  ['ar', { ...ar, ...storiesAr, ...seoAr, ...searchAr, ...countriesAr }],
  ['zh-Hans', { ...zhHans, ...storiesZhHans, ...seoZhHans, ...searchZhHans, ...countriesZhHans }],
  ['ru', { ...ru, ...storiesRu, ...seoRu, ...searchRu, ...countriesRu }],
];

/** Every message formatted with each argument set to `n`: numbers suit plurals and plain arguments alike. */
function formatAll(tag: string, catalog: Readonly<Record<string, string>>, n: number): Array<[key: string, text: string]> {
  return Object.entries(catalog).map(([key, message]) => {
    const values = new Proxy({}, { get: () => n, has: () => true });
    return [key, String(new IntlMessageFormat(message, tag).format(values))];
  });
}

describe.each(catalogs)('the %s catalog', (tag, catalog) => {
  it('has every source message, with the same arguments and the plural forms its language uses', () => {
    expect(checkCatalog(tag, catalog, source)).toEqual([]);
  });

  it('formats every message for counts in every plural category, leaving no placeholder', () => {
    for (const n of [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000]) {
      for (const [key, text] of formatAll(tag, catalog, n)) {
        expect(text, key).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('typography', () => {
  it('writes Chinese with full-width punctuation and no spaces between words', () => {
    const zh = catalogs.find(([tag]) => tag === 'zh-Hans')![1];
    for (const [key, text] of formatAll('zh-Hans', zh, 3)) {
      // A space is kept only before a hashtag, where the networks need it.
      if (key === 'share.text') continue;
      expect(text, key).not.toMatch(/[,;:!?()]|\.(\s|$)|["'«»]/);
      expect(text, key).not.toMatch(/\p{Script=Han} | \p{Script=Han}/u);
    }
  });

  it('quotes Russian with guillemets', () => {
    const ruCatalog = catalogs.find(([tag]) => tag === 'ru')![1];
    for (const [key, text] of formatAll('ru', ruCatalog, 3)) expect(text, key).not.toMatch(/["“”„]/);
  });
});

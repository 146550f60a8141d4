import { IntlMessageFormat } from 'intl-messageformat';
import type { LocaleCode } from './locale-set.ts';
import { ar as arBase } from './messages/ar.ts';
import { en as enBase } from './messages/en.ts';
import { es as esBase } from './messages/es.ts';
import { fr as frBase } from './messages/fr.ts';
import { seoAr } from './messages/seo.ar.ts';
import { seoEn } from './messages/seo.en.ts';
import { seoEs } from './messages/seo.es.ts';
import { seoFr } from './messages/seo.fr.ts';
import { searchAr } from './messages/search.ar.ts';
import { searchEn } from './messages/search.en.ts';
import { searchEs } from './messages/search.es.ts';
import { searchFr } from './messages/search.fr.ts';
import { ru as ruBase } from './messages/ru.ts';
import { zhHans as zhHansBase } from './messages/zh-Hans.ts';
import { seoRu } from './messages/seo.ru.ts';
import { seoZhHans } from './messages/seo.zh-Hans.ts';
import { searchRu } from './messages/search.ru.ts';
import { searchZhHans } from './messages/search.zh-Hans.ts';
import { dataFr } from './messages/data.fr.ts';
import { dataEn } from './messages/data.en.ts';
import { dataEs } from './messages/data.es.ts';
import { dataAr } from './messages/data.ar.ts';
import { dataZhHans } from './messages/data.zh-Hans.ts';
import { dataRu } from './messages/data.ru.ts';
import { storiesAr, storiesEn, storiesEs, storiesFr, storiesRu, storiesZhHans } from './messages/stories.ts';
import { countriesAr, countriesEn, countriesEs, countriesFr, countriesRu, countriesZhHans } from './messages/countries.ts';

// Each area keeps its own catalogs; French is the source and every other catalog is typed complete.
const fr = { ...frBase, ...storiesFr, ...seoFr, ...searchFr, ...countriesFr, ...dataFr } as const;
const en = { ...enBase, ...storiesEn, ...seoEn, ...searchEn, ...countriesEn, ...dataEn };
const es = { ...esBase, ...storiesEs, ...seoEs, ...searchEs, ...countriesEs, ...dataEs };
const ar = { ...arBase, ...storiesAr, ...seoAr, ...searchAr, ...countriesAr, ...dataAr };
const zhHans = { ...zhHansBase, ...storiesZhHans, ...seoZhHans, ...searchZhHans, ...countriesZhHans, ...dataZhHans };
const ru = { ...ruBase, ...storiesRu, ...seoRu, ...searchRu, ...countriesRu, ...dataRu };

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** The site-wide catalog files (messages/<locale>.ts), before the areas' catalogs are merged in. */
export type BaseCatalog = Readonly<Record<keyof typeof frBase, string>>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate<K extends string> = (locale: LocaleCode, key: K, values?: MessageValues) => string;
/** Where to look for a message, in order: the locale, then its fallbacks. */
export type ChainOf = (locale: LocaleCode) => readonly LocaleCode[];
export type CatalogSet<K extends string> = Readonly<Record<LocaleCode, Partial<Readonly<Record<K, string>>>>>;

/** The public site's interface strings as shipped, per locale (the six UN languages); French is the source. */
export const SHIPPED_CATALOGS: CatalogSet<MessageKey> = {
  fr,
  en: en satisfies Catalog,
  es: es satisfies Catalog,
  ar: ar satisfies Catalog,
  'zh-Hans': zhHans satisfies Catalog,
  ru: ru satisfies Catalog,
};
export const SOURCE_CATALOG: Catalog = fr;
export const MESSAGE_KEYS: readonly MessageKey[] = Object.keys(fr) as MessageKey[];

/**
 * A formatter over per-locale ICU catalogs. A key missing in a locale is looked up along the
 * locale's chain, then in English and the French source, so a catalog may start partial and a
 * visitor never sees a raw key. Each message is compiled once per locale and text.
 */
export function createTranslator<K extends string>(lookup: (locale: LocaleCode, key: K) => string | undefined, chainOf: ChainOf): Translate<K> {
  const compiled = new Map<string, IntlMessageFormat>();
  return (locale, key, values) => {
    for (const candidate of new Set([...chainOf(locale), 'en', 'fr'])) {
      const source = lookup(candidate, key);
      if (source === undefined) continue;
      // The text is part of the key: an edited string compiles anew, the old one is never served.
      const cacheKey = `${candidate}\u0000${key}\u0000${source}`;
      let format = compiled.get(cacheKey);
      if (!format) {
        format = new IntlMessageFormat(source, candidate);
        compiled.set(cacheKey, format);
      }
      return String(format.format(values));
    }
    return key;
  };
}

/** A lookup over fixed catalogs. */
export function catalogLookup<K extends string>(catalogs: CatalogSet<K>): (locale: LocaleCode, key: K) => string | undefined {
  return (locale, key) => catalogs[locale]?.[key];
}

/** A fixed chain for catalogs shipped in a few languages (the back office, the story form). */
export function fixedChain(fallbacks: Readonly<Record<LocaleCode, readonly LocaleCode[]>>): ChainOf {
  return (locale) => [locale, ...(fallbacks[locale] ?? [])];
}

import { IntlMessageFormat } from 'intl-messageformat';
import { localeChain, type LocaleCode } from './locales.ts';
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
import { storiesAr, storiesEn, storiesEs, storiesFr } from './messages/stories.ts';

// Each area keeps its own catalogs; French is the source and every other catalog is typed complete.
const fr = { ...frBase, ...storiesFr, ...seoFr, ...searchFr } as const;
const en = { ...enBase, ...storiesEn, ...seoEn, ...searchEn };
const es = { ...esBase, ...storiesEs, ...seoEs, ...searchEs };
const ar = { ...arBase, ...storiesAr, ...seoAr, ...searchAr };

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** The site-wide catalog files (messages/<locale>.ts), before the areas' catalogs are merged in. */
export type BaseCatalog = Readonly<Record<keyof typeof frBase, string>>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate<K extends string> = (locale: LocaleCode, key: K, values?: MessageValues) => string;

/**
 * A formatter over per-locale ICU catalogs: a key missing in a locale is looked up along the
 * locale's fallback chain, so a catalog added later may start partial. Compiled once per key.
 */
export function createTranslator<K extends string>(
  catalogs: Readonly<Record<LocaleCode, Partial<Readonly<Record<K, string>>>>>,
): Translate<K> {
  const compiled = new Map<string, IntlMessageFormat>();
  return (locale, key, values) => {
    for (const candidate of localeChain(locale)) {
      const source = catalogs[candidate][key];
      if (source === undefined) continue;
      const cacheKey = `${candidate}\u0000${key}`;
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

// The public site's catalogs: French is the source and every catalog is typed complete.
export const translate: Translate<MessageKey> = createTranslator<MessageKey>({ fr, en: en satisfies Catalog, es: es satisfies Catalog, ar: ar satisfies Catalog });

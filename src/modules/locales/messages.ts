import { IntlMessageFormat } from 'intl-messageformat';
import { localeChain, type LocaleCode } from './locales.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;
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
export const translate: Translate<MessageKey> = createTranslator<MessageKey>({ fr, en: en satisfies Catalog, es, ar });

import { IntlMessageFormat } from 'intl-messageformat';
import { localeChain, type LocaleCode } from './locales.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;

// French is the source catalog and every catalog is typed complete; the fallback below serves a
// locale added later whose catalog is still partial.
const CATALOGS: Readonly<Record<LocaleCode, Partial<Catalog>>> = { fr, en: en satisfies Catalog, es, ar };
const compiled = new Map<string, IntlMessageFormat>();

/** Formats an ICU message in the locale, falling back along the locale's chain for missing keys. */
export function translate(
  locale: LocaleCode,
  key: MessageKey,
  values?: Record<string, string | number | Date>,
): string {
  for (const candidate of localeChain(locale)) {
    const source = CATALOGS[candidate][key];
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
}

/** The locale whose catalog actually answered, so the caller can mark a fallback string with lang. */
export function messageLocale(locale: LocaleCode, key: MessageKey): LocaleCode {
  return localeChain(locale).find((c) => CATALOGS[c][key] !== undefined) ?? 'fr';
}

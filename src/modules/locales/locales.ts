/** The locales the site is built for. Which of them a site enables is declared here, per deployment. */
export const LOCALE_CODES = ['fr', 'en', 'es', 'ar'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

export interface LocaleInfo {
  readonly code: LocaleCode;
  /** The language's name in itself, for the language switcher. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /** Where to look, in order, when a document has no published translation in this locale. */
  readonly fallbacks: readonly LocaleCode[];
}

export const DEFAULT_LOCALE: LocaleCode = 'fr';

export const LOCALES: Readonly<Record<LocaleCode, LocaleInfo>> = Object.freeze({
  fr: { code: 'fr', endonym: 'Français', dir: 'ltr', fallbacks: ['en'] },
  en: { code: 'en', endonym: 'English', dir: 'ltr', fallbacks: ['fr'] },
  es: { code: 'es', endonym: 'Español', dir: 'ltr', fallbacks: ['en', 'fr'] },
  ar: { code: 'ar', endonym: 'العربية', dir: 'rtl', fallbacks: ['en', 'fr'] },
});

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/** The locale itself, then its fallbacks: the order in which translations are tried. */
export function localeChain(locale: LocaleCode): readonly LocaleCode[] {
  return [locale, ...LOCALES[locale].fallbacks];
}

/**
 * Picks the best supported locale from an Accept-Language header (RFC 9110 §12.5.4),
 * honouring q-values and matching on the primary subtag ("fr-CA" → fr).
 */
export function negotiateLocale(header: string | undefined): LocaleCode {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0 && r.tag !== '')
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (isLocaleCode(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

import { localeTagInvalid } from './locales.errors.ts';

/**
 * Scripts written right to left (Unicode script codes, ISO 15924): Arabic, Hebrew, Thaana,
 * Syriac, N'Ko, Adlam, Mandaic, Samaritan, Hanifi Rohingya, Old South Arabian, Mende Kikakui.
 */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Mand', 'Samr', 'Rohg', 'Sarb', 'Mend']);

// language[-script][-region][-variant…]: extensions and private use would make URL prefixes and
// catalog names ambiguous, and no organisation's site needs them to name a language.
const SIMPLE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/;

/**
 * The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`, `zh-hans` → `zh-Hans`, `iw` → `he`).
 * @throws LOCALE_TAG_INVALID when the tag is not well formed or carries extensions or private use
 */
export function canonicalTag(input: string): string {
  const trimmed = input.trim();
  let canonical: string | undefined;
  try {
    canonical = trimmed.length <= 35 ? Intl.getCanonicalLocales(trimmed)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || !SIMPLE_TAG.test(canonical)) throw localeTagInvalid(trimmed.slice(0, 40));
  return canonical;
}

/** The tag's script, explicit or the likely one for its language (`ur` → Arab, `zh-TW` → Hant); `Zyyy` (unknown) for what is no tag. */
export function scriptOf(tag: string): string {
  try {
    return new Intl.Locale(tag).maximize().script ?? 'Zyyy';
  } catch {
    return 'Zyyy';
  }
}

/** The direction of a locale's script; a locale's stored override wins over this. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL_SCRIPTS.has(scriptOf(tag)) ? 'rtl' : 'ltr';
}

/** The language's name in the language itself (`uk` → українська), for the language switcher. */
export function endonymOf(tag: string): string {
  return languageName(tag, tag);
}

/** The language's name in another language (`uk` in French → ukrainien), for the back office. */
export function languageName(tag: string, inLocale: string): string {
  const name = new Intl.DisplayNames([inLocale, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  // CLDR writes most language names in lower case; a name standing alone as a label starts with a capital.
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The URL prefix a new locale gets unless one is chosen: its tag in lower case (`pt-BR` → `pt-br`). */
export function defaultPrefix(tag: string): string {
  return tag.toLowerCase();
}

export const URL_PREFIX = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/;

/** Whether a value is already a canonical tag Ensemble accepts (a syntactic check; see LocaleSet.has for configured ones). */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return canonicalTag(value) === value;
  } catch {
    return false;
  }
}

import type { LocaleCode } from '../locales/index.ts';
import type { TranslationSummary } from './content.types.ts';

/**
 * The locale a document is written in: the translation that has no source of its own (the
 * oldest when several claim it), or the site's default locale when there is none yet.
 */
export function sourceLocaleOf(translations: Iterable<Pick<TranslationSummary, 'locale' | 'sourceLocale' | 'createdAt'>>, defaultLocale: LocaleCode): LocaleCode {
  const claims = [...translations].filter((t) => t.sourceLocale === null);
  claims.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.locale.localeCompare(b.locale));
  return claims[0]?.locale ?? defaultLocale;
}

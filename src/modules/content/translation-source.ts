import { LOCALE_CODES, type LocaleCode } from '../locales/index.ts';
import type { TranslationSummary } from './content.types.ts';

/**
 * The locale a document is written in: the translation that has no source of its own (in the
 * site's locale order when several claim it), or the default locale when there is none yet.
 */
export function sourceLocaleOf(translations: Iterable<Pick<TranslationSummary, 'locale' | 'sourceLocale'>>): LocaleCode {
  const list = [...translations];
  return LOCALE_CODES.find((code) => list.some((t) => t.locale === code && t.sourceLocale === null)) ?? 'fr';
}

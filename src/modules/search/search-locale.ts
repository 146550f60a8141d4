import { invalidLocale } from './search.errors.ts';

/**
 * What the index needs to know of a locale, from its BCP 47 tag alone (locales are data: any tag
 * can arrive at run time): its language, whether its script is written without spaces, and the
 * names of its per-locale FTS5 table and GIN index, which are made from the tag and nothing else.
 */

// Tags are short; these bounds keep every derived name under PostgreSQL's 63 characters.
const TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;
/** Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Myanmar. */
const UNSPACED_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Hira', 'Kana', 'Thai', 'Laoo', 'Khmr', 'Mymr']);

/**
 * The tag, checked: a well-formed BCP 47 tag of at most five subtags, case as given.
 * @throws SEARCH_INVALID_LOCALE otherwise
 */
export function checkLocaleTag(tag: string): string {
  if (!TAG.test(tag)) throw invalidLocale(tag);
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    throw invalidLocale(tag);
  }
  return tag;
}

/** The language subtag, lower case: 'pt' for 'pt-BR', 'zh' for 'zh-Hans'. */
export function languageOf(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** A name part made of the tag: 'zh-Hans' → 'zh_hans'. BCP 47 is case-insensitive, so is this. */
export function tagSlug(tag: string): string {
  return checkLocaleTag(tag).toLowerCase().replace(/[^a-z0-9]/g, '_');
}

export function ftsTableName(tag: string): string {
  return `search_fts_${tagSlug(tag)}`;
}

export function ginIndexName(tag: string): string {
  return `search_entries_tsv_${tagSlug(tag)}_idx`;
}

const unspaced = new Map<string, boolean>();

/** Whether the locale's script is written without spaces, so words must be found by a segmenter. */
export function isUnspaced(tag: string): boolean {
  let found = unspaced.get(tag);
  if (found === undefined) {
    try {
      found = UNSPACED_SCRIPTS.has(new Intl.Locale(tag).maximize().script ?? '');
    } catch {
      found = false;
    }
    unspaced.set(tag, found);
  }
  return found;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segmenter of an unspaced locale (dictionary-based in ICU: '移民' is one word of '我们支持移民'). */
export function wordSegmenter(tag: string): Intl.Segmenter {
  let segmenter = segmenters.get(tag);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
    segmenters.set(tag, segmenter);
  }
  return segmenter;
}

/**
 * The Snowball configurations PostgreSQL ships (15 has all of these; older servers fewer, so the
 * store checks pg_ts_config before using one), by ISO 639-1 language. Other languages use 'simple'.
 */
export const POSTGRES_CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

import { isUnspaced, languageOf, wordSegmenter } from './search-locale.ts';

/**
 * Text as both databases see it, made in JS so SQLite and PostgreSQL match the same way:
 * compatibility-decomposed, accents and Arabic diacritics removed (the vowel signs of Thai or
 * Bengali are letters' parts and stay), digits of every script as ASCII digits, lower case,
 * Arabic letter variants folded (أإآ→ا, ى→ي, ة→ه, no tatweel) and, in Arabic, the definite
 * article dropped. Languages written without spaces (Chinese, Japanese, Thai…) are cut into
 * words by Intl.Segmenter first, so the databases see words there too.
 */
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_QUERY_UNITS = 10;
export const MAX_TERM_LENGTH = 50;
const MAX_PHRASE_WORDS = 10;
/** Terms shorter than this match whole words only: "a*" would match half the index. */
export const MIN_PREFIX_LENGTH = 3;

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
// The definite article, with a one-letter conjunction or preposition glued to it (و ف ب ك).
const ARABIC_ARTICLE = /^[وفبك]?ال/u;
// Accents: marks shared by scripts (Latin, Greek, Cyrillic accents; Arabic harakat) and Arabic's
// own, but not the kana voicing marks (が is not か) nor the breve of Cyrillic й and ў, which
// Russian stemmers read as letters.
const ACCENT = /(?![\u3099\u309A])(?!(?<=\p{Script=Cyrillic})\u0306)[\p{Script=Inherited}\p{Script=Arabic}](?<=\p{M})/gu;

/** One word folded for matching; `''` when nothing searchable is left. */
export function normaliseWord(word: string, locale: string): string {
  let folded = word
    .normalize('NFKD')
    .replace(ACCENT, '')
    .replace(/\p{Nd}/gu, asciiDigit)
    .toLowerCase()
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '')
    // Composed again: Hangul syllables and kana were taken apart above.
    .normalize('NFC');
  if (languageOf(locale) === 'ar') {
    const stripped = folded.replace(ARABIC_ARTICLE, '');
    if (stripped.length >= 3) folded = stripped;
  }
  return folded;
}

/** Every word of a text, folded, joined by single spaces: what the index stores. */
export function normaliseText(text: string, locale: string): string {
  const words: string[] = [];
  for (const { word } of wordsWithOffsets(text, locale)) {
    const folded = normaliseWord(word, locale);
    if (folded !== '') words.push(folded);
  }
  return words.join(' ');
}

/** The words of an original text with their offsets, for indexing, queries and snippets. */
export function* wordsWithOffsets(text: string, locale: string): Generator<{ word: string; start: number; end: number }> {
  if (!isUnspaced(locale)) {
    for (const match of text.matchAll(WORD)) yield { word: match[0], start: match.index, end: match.index + match[0].length };
    return;
  }
  // The segmenter's words, each cut again at anything that is not a letter, digit or mark.
  for (const segment of wordSegmenter(locale).segment(text)) {
    if (!segment.isWordLike) continue;
    for (const match of segment.segment.matchAll(WORD)) {
      const start = segment.index + match.index;
      yield { word: match[0], start, end: start + match[0].length };
    }
  }
}

/** A word to find (prefix when long enough) or a quoted phrase (its words in order, whole). */
export interface QueryUnit {
  readonly words: readonly string[];
  readonly isPhrase: boolean;
}

/**
 * What the visitor typed as terms and phrases. Only letters and digits survive: operators, SQL,
 * and FTS syntax (NEAR, *, ^, :, -, parentheses) are plain text, never syntax.
 */
export function parseQuery(query: string, locale: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const add = (words: string[], isPhrase: boolean) => {
    const kept = words.map((w) => w.slice(0, MAX_TERM_LENGTH)).filter((w) => w !== '').slice(0, MAX_PHRASE_WORDS);
    if (kept.length === 0 || units.length >= MAX_QUERY_UNITS) return;
    const phrase = isPhrase && kept.length > 1;
    const key = `${phrase ? 'p' : 'w'}:${kept.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    units.push({ words: kept, isPhrase: phrase });
  };
  // Straight, curly and French quotes all open a phrase; an unclosed one runs to the end.
  const parts = query.slice(0, MAX_QUERY_LENGTH).split(/["“”«»„]/);
  parts.forEach((part, index) => {
    const words = normaliseText(part, locale).split(' ').filter(Boolean);
    if (index % 2 === 1) add(words, true);
    else for (const word of words) add([word], false);
  });
  return units;
}

/**
 * A rough plural strip for French, Spanish and English, used where the database has no stemmer
 * (SQLite outside English) and to decide which words of a snippet to highlight.
 */
export function lightStem(word: string, locale: string): string {
  const language = languageOf(locale);
  if (!STEMMED_LIGHTLY.has(language) || word.length <= 4) return word;
  if (language === 'es' && /[^aeiou]es$/.test(word)) return word.slice(0, -2);
  return word.replace(/[sx]$/, '');
}

const STEMMED_LIGHTLY = new Set(['fr', 'es', 'en']);

/** A decimal digit of any script as its ASCII digit: '٢' and '২' are '2'. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  // Unicode keeps each script's digits in runs from 0 to 9 (a few runs follow each other).
  let start = code;
  while (start > 0 && code - start < 100 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

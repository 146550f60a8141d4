import { lightStem, MIN_PREFIX_LENGTH, normaliseWord, wordsWithOffsets, type QueryUnit } from './search-text.ts';
import type { SnippetSegment } from './search.types.ts';

const WINDOW_WORDS = 30;
const CONTEXT_WORDS = 5;
/**
 * Snippets read the start of long texts only (about 1,000 words), so a page of hits costs the same
 * whatever their length; the engines fetch no more of a body than this.
 */
export const MAX_SCANNED_CHARS = 6_000;

/**
 * A short passage around the best cluster of matching words, as text segments: the view escapes
 * them and marks the highlighted ones, so nothing here is ever HTML. Reading stops as soon as a
 * window holds every term, so the usual cost is the first few sentences.
 */
export function buildSnippet(texts: readonly string[], units: readonly QueryUnit[], locale: string): SnippetSegment[] {
  const text = texts.filter((t) => t.trim() !== '').join(' \u2014 ').slice(0, MAX_SCANNED_CHARS);
  const terms = [...new Set(units.flatMap((u) => u.words))];
  const matcher = createMatcher(terms, locale);
  const words: { start: number; end: number; term: number }[] = [];
  // The window with the most different terms, then the most matches; the earliest on a tie.
  let best = { start: 0, distinct: 0, count: 0 };
  const score = (start: number) => {
    const inWindow = words.slice(start, start + WINDOW_WORDS).filter((w) => w.term >= 0);
    const distinct = new Set(inWindow.map((w) => w.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) best = { start, distinct, count: inWindow.length };
  };
  let nextToScore = 0;
  for (const word of wordsWithOffsets(text, locale)) {
    words.push({ start: word.start, end: word.end, term: matcher(word.word) });
    // A window is scored once its words are all read; stop when one holds every term.
    while (nextToScore <= words.length - WINDOW_WORDS) {
      if ((words[nextToScore]?.term ?? -1) >= 0) score(nextToScore);
      nextToScore++;
    }
    if (best.distinct === terms.length && words.length >= best.start + WINDOW_WORDS + CONTEXT_WORDS) break;
  }
  for (; nextToScore < words.length; nextToScore++) if ((words[nextToScore]?.term ?? -1) >= 0) score(nextToScore);
  if (words.length === 0) return [];

  // Start a few words before the first match, so it reads in context.
  const first = best.distinct === 0 ? 0 : Math.max(0, best.start - CONTEXT_WORDS);
  const shown = words.slice(first, first + WINDOW_WORDS);
  const start = shown[0]?.start ?? 0;
  const end = shown.at(-1)?.end ?? 0;
  const segments: SnippetSegment[] = [];
  const push = (value: string, highlighted: boolean) => {
    if (value === '') return;
    const previous = segments.at(-1);
    if (previous && previous.highlighted === highlighted) segments[segments.length - 1] = { text: previous.text + value, highlighted };
    else segments.push({ text: value, highlighted });
  };
  if (first > 0) push('… ', false);
  let cursor = start;
  for (const word of shown) {
    if (word.term < 0) continue;
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), true);
    cursor = word.end;
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push(' …', false);
  return segments;
}

/** Index of the first term a word of the text answers to, or -1; words are folded once each. */
function createMatcher(terms: readonly string[], locale: string): (word: string) => number {
  const stems = terms.map((term) => (term.length >= MIN_PREFIX_LENGTH ? lightStem(term, locale) : undefined));
  const memo = new Map<string, number>();
  return (word) => {
    let found = memo.get(word);
    if (found === undefined) {
      // Plain ASCII words, most of a Latin text, only need lower-casing.
      const folded = /^[A-Za-z0-9]+$/.test(word) ? word.toLowerCase() : normaliseWord(word, locale);
      found = folded === '' ? -1 : terms.findIndex((term, i) => folded === term || (stems[i] !== undefined && folded.startsWith(stems[i])));
      memo.set(word, found);
    }
    return found;
  };
}

import type { LocaleCode } from '../locales/index.ts';

/** A glossary entry: how a term of the source is to be rendered in one target locale. */
export interface GlossaryTerm {
  readonly id: string;
  readonly sourceLocale: LocaleCode;
  readonly targetLocale: LocaleCode;
  readonly term: string;
  /** The expected translation; the term itself when it is not to be translated. */
  readonly translation: string;
  readonly doNotTranslate: boolean;
  readonly note: string;
  readonly updatedAt: string;
}

/** A piece of text, and the glossary term it is an occurrence of, if any (for highlighting). */
export interface TermPiece {
  readonly text: string;
  readonly term?: GlossaryTerm;
}

// Scripts written without spaces: a term there has no word boundary to look for.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Where `needle` occurs in text as a whole word (ignoring case unless `exact`): not inside a
 * longer word, except in scripts written without spaces.
 */
function pattern(needle: string, exact: boolean): RegExp {
  const escaped = needle.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = needle[0] ?? '';
  const last = needle.at(-1) ?? '';
  const before = UNSPACED.test(first) || !/[\p{L}\p{N}]/u.test(first) ? '' : '(?<![\\p{L}\\p{N}])';
  const after = UNSPACED.test(last) || !/[\p{L}\p{N}]/u.test(last) ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`${before}${escaped}${after}`, exact ? 'gu' : 'giu');
}

export function containsTerm(text: string, needle: string, exact = false): boolean {
  return needle.trim() !== '' && pattern(needle, exact).test(text.normalize('NFC'));
}

/**
 * The terms the source uses whose expected form the target lacks: a do-not-translate term must
 * appear unchanged (same case), a translated one in its expected translation (any case).
 */
export function missingTerms(sourceText: string, targetText: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return terms.filter((t) => containsTerm(sourceText, t.term) && !(t.doNotTranslate ? containsTerm(targetText, t.term, true) : containsTerm(targetText, t.translation)));
}

/** The text cut at each occurrence of a term (longest terms first where two overlap). */
export function splitByTerms(text: string, terms: readonly GlossaryTerm[]): TermPiece[] {
  const normal = text.normalize('NFC');
  const hits: { start: number; end: number; term: GlossaryTerm }[] = [];
  for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    if (term.term.trim() === '') continue;
    for (const m of normal.matchAll(pattern(term.term, false))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length > 0 && !hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end, term });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const pieces: TermPiece[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start > at) pieces.push({ text: normal.slice(at, hit.start) });
    pieces.push({ text: normal.slice(hit.start, hit.end), term: hit.term });
    at = hit.end;
  }
  if (at < normal.length) pieces.push({ text: normal.slice(at) });
  return pieces;
}

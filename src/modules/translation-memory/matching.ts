import { normaliseSegment } from '../xliff/index.ts';

/** The lowest similarity the memory offers as a fuzzy match, and how many matches it offers. */
export const DEFAULT_FUZZY = { min: 0.75, limit: 3 } as const;

/**
 * The range of source lengths (in characters, normalised) that can reach `min` against a segment
 * of `length`: an edit distance is at least the difference of lengths, so a candidate outside it
 * cannot match and is never read from the database.
 */
export function lengthBand(length: number, min: number): { from: number; to: number } {
  return { from: Math.ceil(length * min), to: Math.floor(length / min) };
}

/**
 * How alike two segments are, from 0 to 1: one minus the character edit distance over the longer
 * normalised text. Below `min` the exact figure does not matter, so the distance is computed in a
 * band of diagonals and given up as soon as it must exceed what `min` allows.
 */
export function similarity(a: string, b: string, min = 0): number {
  const left = [...normaliseSegment(a)];
  const right = [...normaliseSegment(b)];
  const longest = Math.max(left.length, right.length);
  if (longest === 0) return 1;
  const allowed = Math.floor((1 - min) * longest);
  const distance = boundedDistance(left, right, allowed);
  return distance === undefined ? 0 : 1 - distance / longest;
}

/**
 * A cheap test that never rules out a true match (the q-gram lemma, q = 2): each edit destroys at
 * most two character pairs, so texts within distance k share at least (longest - 1) - 2k pairs.
 * Most candidates of a band fail it and never reach the edit distance. `wanted` is `bigrams(a)`.
 */
export function mayReach(wanted: Bigrams, b: string, min: number): boolean {
  const other = bigrams(b);
  const longest = Math.max(wanted.length, other.length);
  const allowed = Math.floor((1 - min) * longest);
  const needed = longest - 1 - 2 * allowed;
  if (needed <= 0) return true;
  let shared = 0;
  for (const [pair, count] of other.counts) shared += Math.min(count, wanted.counts.get(pair) ?? 0);
  return shared >= needed;
}

/** The character pairs of a normalised text, counted, with the text's length in characters. */
export interface Bigrams {
  readonly length: number;
  readonly counts: ReadonlyMap<string, number>;
}

export function bigrams(text: string): Bigrams {
  const chars = [...normaliseSegment(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { length: chars.length, counts };
}

/** Levenshtein distance when it is at most `max`, else undefined (Ukkonen's band). */
function boundedDistance(a: readonly string[], b: readonly string[], max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  const width = b.length + 1;
  let previous = new Uint32Array(width);
  let current = new Uint32Array(width);
  const BIG = 0x3fffffff;
  for (let j = 0; j < width; j++) previous[j] = j <= max ? j : BIG;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(BIG);
    current[0] = i <= max ? i : BIG;
    let best = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : undefined;
}

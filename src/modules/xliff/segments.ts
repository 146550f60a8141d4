import type { CodedPart, CodedText } from './coded-text.ts';
import { flatText } from './inline-codes.ts';

/**
 * One sentence of a unit. The white space around it in the source is not the translator's to
 * change: it is kept here (and written as `<ignorable>` in XLIFF 2.0) and put back as it was.
 */
export interface Segment {
  readonly id: string;
  readonly source: CodedText;
  /** White space before the sentence (only ever on a unit's first segment). */
  readonly before?: string;
  /** White space after the sentence, up to the next one or the end of the unit. */
  readonly after?: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      found = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    segmenters.set(locale, found);
  }
  return found;
}

const WORDS = /[\p{L}\p{N}]/u;

/**
 * Splits coded text into sentences with the locale's rules, never inside a paired code (a link
 * holding two sentences stays one segment). A stretch without letters or digits (a lone figure,
 * trailing punctuation) joins its neighbour. Code ids are numbered 1, 2, … across the unit, so
 * they are unique in it as XLIFF 2.0 asks. Returns no segment when there is nothing to translate.
 */
export function splitSegments(text: CodedText, locale: string): Segment[] {
  const flat = flatText(text);
  if (!WORDS.test(flat)) return [];
  // Offsets covered by a code: a sentence end there is not a place to cut.
  const blocked: [number, number][] = [];
  let offset = 0;
  for (const part of text) {
    const length = typeof part === 'string' ? part.length : flatText([part]).length;
    if (typeof part !== 'string') blocked.push([offset, offset + length]);
    offset += length;
  }
  const cuts: number[] = [];
  for (const { index } of segmenterFor(locale).segment(flat)) {
    if (index > 0 && !blocked.some(([from, to]) => index > from && index < to)) cuts.push(index);
  }
  let pieces = cutAt(text, cuts);
  pieces = joinWordless(pieces);
  let next = 1;
  return pieces.map((parts, i) => {
    const { before, body, after } = trim(parts);
    const numbered = number(body, () => String(next++));
    return { id: `s${i + 1}`, source: numbered, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  });
}

function cutAt(text: CodedText, cuts: readonly number[]): CodedPart[][] {
  const pieces: CodedPart[][] = [[]];
  let offset = 0;
  let c = 0;
  for (const part of text) {
    if (typeof part !== 'string') {
      while (c < cuts.length && cuts[c]! <= offset) {
        if (cuts[c]! === offset && pieces[pieces.length - 1]!.length) pieces.push([]);
        c++;
      }
      pieces[pieces.length - 1]!.push(part);
      offset += flatText([part]).length;
      continue;
    }
    let rest = part;
    let at = offset;
    while (c < cuts.length && cuts[c]! < at + rest.length) {
      const cut = cuts[c++]!;
      if (cut <= at) {
        if (cut === at && pieces[pieces.length - 1]!.length) pieces.push([]);
        continue;
      }
      pieces[pieces.length - 1]!.push(rest.slice(0, cut - at));
      pieces.push([]);
      rest = rest.slice(cut - at);
      at = cut;
    }
    if (rest) pieces[pieces.length - 1]!.push(rest);
    offset += part.length;
  }
  return pieces.filter((p) => p.length > 0);
}

function joinWordless(pieces: CodedPart[][]): CodedPart[][] {
  const out: CodedPart[][] = [];
  let carry: CodedPart[] = [];
  for (const piece of pieces) {
    if (!WORDS.test(flatText(piece))) {
      if (out.length) out[out.length - 1] = join(out[out.length - 1]!, piece);
      else carry = join(carry, piece);
    } else {
      out.push(join(carry, piece));
      carry = [];
    }
  }
  return out;
}

function join(a: readonly CodedPart[], b: readonly CodedPart[]): CodedPart[] {
  const out = [...a];
  for (const part of b) {
    const last = out.length - 1;
    if (typeof part === 'string' && last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + part;
    else out.push(part);
  }
  return out;
}

function trim(parts: readonly CodedPart[]): { before: string; body: CodedPart[]; after: string } {
  const body = [...parts];
  let before = '';
  let after = '';
  const first = body[0];
  if (typeof first === 'string') {
    before = /^\s*/u.exec(first)![0];
    body[0] = first.slice(before.length);
  }
  const lastIndex = body.length - 1;
  const last = body[lastIndex];
  if (typeof last === 'string') {
    after = /\s*$/u.exec(last)![0];
    body[lastIndex] = last.slice(0, last.length - after.length);
  }
  return { before, body: body.filter((p) => p !== ''), after };
}

function number(parts: readonly CodedPart[], nextId: () => string): CodedPart[] {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    const id = nextId();
    return part.kind === 'pc' ? { ...part, id, content: number(part.content, nextId) } : { ...part, id };
  });
}

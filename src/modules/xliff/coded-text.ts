import { createHash } from 'node:crypto';
import type { InlineNode, Mark } from '../content/index.ts';

/**
 * A segment's text with its inline formatting as codes a translator moves but never edits: a
 * paired code (`pc` in XLIFF 2.0, `g` in 1.2) around marked text, a placeholder (`ph`, `x`) for a
 * key figure or a line break. The codes carry the original mark or node, so a returned target gets
 * the same link, figure or emphasis back whatever the translation tool did with its attributes.
 */
export type CodedText = readonly CodedPart[];

export type CodedPart =
  | string
  | { readonly kind: 'pc'; readonly id: string; readonly mark: Mark; readonly content: CodedText }
  | { readonly kind: 'ph'; readonly id: string; readonly node: InlineNode };

/** The words of coded text alone, codes dropped (what the memory compares and hashes). */
export function codedToPlain(text: CodedText): string {
  return text.map((part) => (typeof part === 'string' ? part : part.kind === 'pc' ? codedToPlain(part.content) : ' ')).join('');
}

/**
 * The form in which two segments count as the same sentence: Unicode NFC, runs of white space
 * (including no-break spaces) as one space, trimmed. Case and punctuation stay: they are the
 * translator's business.
 */
export function normaliseSegment(plain: string): string {
  return plain.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** The memory's key for a source segment: SHA-256 of its normalised words, hex. */
export function segmentHash(plain: string): string {
  return createHash('sha256').update(normaliseSegment(plain)).digest('hex');
}

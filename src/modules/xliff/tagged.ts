import type { CodedText } from './coded-text.ts';
import { escapeAttr, textWithCp, XLIFF2_NS } from './export-input.ts';
import { compareCodes, restoreCodes } from './inline-codes.ts';
import { readInline } from './inline-read.ts';
import { parseSafeXml } from './safe-xml.ts';

/**
 * Coded text as a string with XLIFF 2.0 inline tags (`<pc id="1">…</pc>`, `<ph id="2"/>`), for
 * services that translate text around tags they keep (DeepL with `tag_handling=xml`, a
 * LibreTranslate server with `format=html`). Only ids go out: no link target, no figure.
 */
export function codedToTagged(text: CodedText): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return textWithCp(part);
      if (part.kind === 'ph') return `<ph id="${escapeAttr(part.id)}"/>`;
      return `<pc id="${escapeAttr(part.id)}">${codedToTagged(part.content)}</pc>`;
    })
    .join('');
}

/**
 * A service's tagged answer back as coded text with the source's codes restored by id. Problems
 * (not well-formed, unknown or lost codes) are listed; the caller decides whether to keep the
 * text (its codes are then those that matched) or to leave the segment to a human.
 */
export function taggedToCoded(tagged: string, source: CodedText): { readonly text: CodedText; readonly problems: readonly string[] } {
  const parsed = parseSafeXml(`<t xmlns="${XLIFF2_NS}">${tagged}</t>`, { maxBytes: 1024 * 1024, maxElements: 10_000 });
  if (!parsed.ok) return { text: [], problems: parsed.problems.map((p) => `not well-formed: ${p.message}`) };
  const read = readInline(parsed.root, '2.0');
  const { lost, unknown } = compareCodes(source, read.text);
  const problems = [
    ...read.unsupported,
    ...(unknown.length ? [`codes ${unknown.join(', ')} are not in the source`] : []),
    ...(lost.length ? [`codes ${lost.join(', ')} were lost`] : []),
  ];
  return { text: restoreCodes(read.text, source), problems };
}

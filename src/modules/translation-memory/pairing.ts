import type { CodedPart, CodedText, Segment, TranslationUnit } from '../xliff/index.ts';
import type { SegmentPair } from './memory.service.ts';

/**
 * The segment pairs of a translation and its source, unit by unit (same unit id): sentence to
 * sentence when both have as many, otherwise the whole unit as one pair, since a translator may
 * join or split sentences and a guess at their alignment would teach the memory wrong pairs.
 */
export function pairUnits(sourceUnits: readonly TranslationUnit[], targetUnits: readonly TranslationUnit[]): SegmentPair[] {
  const targets = new Map(targetUnits.map((u) => [u.id, u]));
  const pairs: SegmentPair[] = [];
  for (const unit of sourceUnits) {
    const target = targets.get(unit.id);
    if (!target || target.segments.length === 0) continue;
    if (unit.segments.length === target.segments.length) {
      unit.segments.forEach((segment, i) => pairs.push(withSegmentIds({ source: segment.source, target: target.segments[i]!.source })));
    } else {
      pairs.push(withSegmentIds({ source: joinSegments(unit.segments), target: joinSegments(target.segments) }));
    }
  }
  return pairs;
}

/** A unit's segments as one coded text, with the spaces between them. */
export function joinSegments(segments: readonly Segment[]): CodedText {
  const out: CodedPart[] = [];
  segments.forEach((segment, i) => {
    if (i > 0 && segments[i - 1]!.after) out.push(segments[i - 1]!.after!);
    out.push(...segment.source);
  });
  return out;
}

/**
 * Renumbers a pair's codes 1, 2, … in the order the source opens them, and the target's to match.
 * A unit numbers its codes across all its sentences, so the same sentence has other ids elsewhere;
 * the memory keeps them by position in the sentence, and `fitCodes` gives them the ids of the
 * segment they are used for.
 */
export function withSegmentIds(pair: SegmentPair): SegmentPair {
  const ids = new Map<string, string>();
  for (const id of codeIds(pair.source)) if (!ids.has(id)) ids.set(id, String(ids.size + 1));
  // A code only the target has keeps an id of its own, past the source's.
  for (const id of codeIds(pair.target)) if (!ids.has(id)) ids.set(id, `t${ids.size + 1}`);
  return { source: renumber(pair.source, ids), target: renumber(pair.target, ids) };
}

/**
 * A memory target (codes numbered by position, see withSegmentIds) with the ids of the segment it
 * translates, ready for xliff's applyUnits / restoreCodes: the n-th code of the segment's source.
 */
export function fitCodes(target: CodedText, segmentSource: CodedText): CodedText {
  const ids = new Map<string, string>();
  codeIds(segmentSource).forEach((id, i) => ids.set(String(i + 1), id));
  return renumber(target, ids);
}

function codeIds(text: CodedText): string[] {
  const out: string[] = [];
  for (const part of text) {
    if (typeof part === 'string') continue;
    out.push(part.id);
    if (part.kind === 'pc') out.push(...codeIds(part.content));
  }
  return [...new Set(out)];
}

function renumber(text: CodedText, ids: ReadonlyMap<string, string>): CodedText {
  return text.map((part): CodedPart => {
    if (typeof part === 'string') return part;
    const id = ids.get(part.id) ?? `x${part.id}`;
    return part.kind === 'pc' ? { ...part, id, content: renumber(part.content, ids) } : { ...part, id };
  });
}

import type { ContentTypeDef, Translation } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { applyUnits, codedToPlain, extractUnits, normaliseSegment, segmentHash, type AppliedUnits, type CodedText } from '../xliff/index.ts';
import type { FuzzyMatch, MemoryService } from './memory.service.ts';
import { fitCodes } from './pairing.ts';

/** Segments looked up for fuzzy matches on one form at most: a long page stays quick to open. */
const MAX_FUZZY_LOOKUPS = 150;

/** One source segment as the translator's form shows it, with what the memory offers. */
export interface SegmentSuggestion {
  readonly unitId: string;
  /** 'title', 'summary', 'body' or a field's name. */
  readonly field: string;
  readonly source: string;
  /** The memory's translation, when the segment was found exactly (and put in the form). */
  readonly exact?: string;
  readonly fuzzy: readonly FuzzyMatch[];
}

/** A new translation's text from the memory: exact matches in place, the rest in the source's words. */
export interface Prefill {
  /** The text to start from; undefined when the memory had no exact match. */
  readonly text: AppliedUnits['text'] | undefined;
  readonly segments: number;
  readonly exact: number;
  /** Fields that received at least one segment from the memory. */
  readonly fields: readonly string[];
  /** Segments with a match, in reading order. */
  readonly suggestions: readonly SegmentSuggestion[];
}

/**
 * What the memory offers a new translation of `source` into `targetLocale`: its exact (100 %)
 * matches applied to the source's text with xliff's applyUnits (codes taken back from the source),
 * and fuzzy matches (≥ 75 %) of the other segments to show beside them.
 */
export async function prefillFromMemory(memory: Pick<MemoryService, 'exact' | 'fuzzy'>, source: Translation, type: ContentTypeDef | undefined, targetLocale: LocaleCode): Promise<Prefill> {
  const units = extractUnits(source, type, source.locale);
  const keyed = units.flatMap((unit) => unit.segments.map((segment) => ({ unit, segment, plain: normaliseSegment(codedToPlain(segment.source)) })));
  const found = await memory.exact(source.locale, targetLocale, keyed.map((k) => segmentHash(k.plain)));
  const targets = new Map<string, CodedText>();
  const fields = new Set<string>();
  const suggestions: SegmentSuggestion[] = [];
  let lookups = 0;
  for (const { unit, segment, plain } of keyed) {
    const hit = found.get(segmentHash(plain));
    if (hit) {
      targets.set(`${unit.id}\u0000${segment.id}`, fitCodes(hit, segment.source));
      fields.add(unit.field);
      suggestions.push({ unitId: unit.id, field: unit.field, source: plain, exact: normaliseSegment(codedToPlain(hit)), fuzzy: [] });
    } else if (lookups++ < MAX_FUZZY_LOOKUPS) {
      const fuzzy = await memory.fuzzy(source.locale, targetLocale, plain);
      if (fuzzy.length > 0) suggestions.push({ unitId: unit.id, field: unit.field, source: plain, fuzzy });
    }
  }
  const text = targets.size > 0 ? applyUnits(source, type, source.locale, (unitId, segmentId) => targets.get(`${unitId}\u0000${segmentId}`)).text : undefined;
  return { text, segments: keyed.length, exact: targets.size, fields: [...fields], suggestions };
}

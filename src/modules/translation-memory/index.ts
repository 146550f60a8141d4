/**
 * @module translation-memory — what translators reuse: a memory of segment pairs per locale pair,
 * fed by every publication (and TMX imports), looked up exactly by hash or fuzzily by edit
 * distance; and a glossary of terms per locale pair, checked against translations as they are saved.
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentTypeDef, Translation } from '../content/index.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { createGlossaryService } from './glossary.service.ts';
import { createMemoryFeed, type ContentPort } from './memory-feed.ts';
import { createMemoryService } from './memory.service.ts';
import { prefillFromMemory } from './prefill.ts';
import { createTmxService } from './tmx.service.ts';
import { matchesForExport } from './export-matches.ts';

export { DEFAULT_FUZZY, similarity } from './matching.ts';
export { fitCodes, pairUnits, withSegmentIds } from './pairing.ts';
export { containsTerm, missingTerms, splitByTerms, type GlossaryTerm, type TermPiece } from './glossary-match.ts';
export { MAX_TERM, MAX_NOTE, type GlossaryInput, type GlossaryService } from './glossary.service.ts';
export type { FuzzyMatch, FuzzyOptions, PairCount, SegmentPair, MemoryService } from './memory.service.ts';
export type { Prefill, SegmentSuggestion } from './prefill.ts';
export type { TmxImportResult } from './tmx.service.ts';
export { TMX_LIMITS } from './tmx-read.ts';
export * from './memory.errors.ts';

export function createTranslationMemoryModule({ db, clock, audit, locales, content }: { db: Db; clock: Clock; audit: Pick<AuditModule, 'record'>; locales: LocaleSource; content: ContentPort }) {
  const memory = createMemoryService({ db, clock });
  const glossary = createGlossaryService({ db, clock, audit, locales });
  const feed = createMemoryFeed({ memory, content, clock, audit });
  const tmx = createTmxService({ db, clock, audit, locales, memory });
  return {
    /** Exact matches: the newest target of each source segment hash (xliff's segmentHash). */
    exact: memory.exact,
    /** Fuzzy matches (≥ min, 0.75 by default), best first, with the source-side word differences. */
    fuzzy: memory.fuzzy,
    /** Matches for each segment of an exchange file (translation jobs' exports). */
    matchesForExport: (sourceLocale: LocaleCode, targetLocale: LocaleCode, plains: readonly string[]) => matchesForExport(memory, sourceLocale, targetLocale, plains),
    /** The glossary terms of a locale pair (for jobs and machine translation providers). */
    termsFor: glossary.termsFor,
    countByPair: memory.countByPair,
    count: memory.count,
    record: memory.record,
    glossary,
    exportTmx: tmx.exportTmx,
    importTmx: tmx.importTmx,
    /** The publish step's listener: wire it into content's stepListeners. */
    onWorkflowStep: feed.onWorkflowStep,
    rebuild: feed.rebuild,
    /** A new translation's text from the memory and the matches to show beside each segment. */
    prefill: (source: Translation, type: ContentTypeDef | undefined, targetLocale: LocaleCode) => prefillFromMemory(memory, source, type, targetLocale),
  };
}

export type TranslationMemoryModule = ReturnType<typeof createTranslationMemoryModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['memorySegments', 'glossaryTerms'] as const satisfies readonly (keyof Schema)[];

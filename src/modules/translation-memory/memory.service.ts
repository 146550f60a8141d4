import { createHash } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { LocaleCode } from '../locales/index.ts';
import { diffWords, type Segment } from '../workflow/index.ts';
import { codedToPlain, normaliseSegment, segmentHash, type CodedText } from '../xliff/index.ts';
import { bigrams, DEFAULT_FUZZY, lengthBand, mayReach, similarity } from './matching.ts';
import { createMemoryRepository, type MemoryRow } from './memory.repository.ts';

/** One source segment and its translation, as the memory stores it. */
export interface SegmentPair {
  readonly source: CodedText;
  readonly target: CodedText;
}

/** A segment of the memory that resembles the one asked about. */
export interface FuzzyMatch {
  /** 0.75 to 1, from the character edit distance of the normalised source texts. */
  readonly similarity: number;
  readonly source: CodedText;
  readonly target: CodedText;
  /** Word differences, for highlighting: `before` is the match's source, `after` the segment asked about. */
  readonly diff: { readonly before: readonly Segment[]; readonly after: readonly Segment[] };
}

export interface FuzzyOptions {
  readonly min?: number;
  readonly limit?: number;
}

/** How many pairs a locale pair holds. */
export interface PairCount {
  readonly sourceLocale: LocaleCode;
  readonly targetLocale: LocaleCode;
  readonly pairs: number;
}

/**
 * The memory's store and lookups. Lookups take no actor: they read what published pages already
 * show, and every caller (the translator's form, jobs, machine translation) has checked who may
 * work on the translation they are for.
 */
export function createMemoryService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Stores pairs of one locale pair; the same source and wording again only refreshes its date. */
    async record(input: { sourceLocale: LocaleCode; targetLocale: LocaleCode; pairs: readonly SegmentPair[]; documentId: string | null; origin: 'publish' | 'import'; unit?: UnitOfWork; at?: string }): Promise<number> {
      const at = input.at ?? clock.now().toISOString();
      const rows = new Map<string, MemoryRow>();
      for (const pair of input.pairs) {
        const row = toRow(input.sourceLocale, input.targetLocale, pair, input.documentId, input.origin, at);
        if (row) rows.set(`${row.sourceHash}:${row.targetHash}`, row);
      }
      await createMemoryRepository(input.unit?.trx ?? db).upsert([...rows.values()]);
      return rows.size;
    },

    /** The newest translation of each source segment found, by its hash (xliff's segmentHash). */
    async exact(sourceLocale: LocaleCode, targetLocale: LocaleCode, hashes: readonly string[]): Promise<Map<string, CodedText>> {
      const rows = await createMemoryRepository(db).findByHashes(sourceLocale, targetLocale, [...new Set(hashes)]);
      const found = new Map<string, CodedText>();
      // Rows come newest first: the first wording seen for a hash is the one kept.
      for (const row of rows) if (!found.has(row.sourceHash)) found.set(row.sourceHash, JSON.parse(row.targetCoded) as CodedText);
      return found;
    },

    /**
     * Segments of the memory whose source resembles `plain` by at least `min` (0.75), best first,
     * at most `limit` (3). Only sources of a length that could reach `min` are read.
     */
    async fuzzy(sourceLocale: LocaleCode, targetLocale: LocaleCode, plain: string, options: FuzzyOptions = {}): Promise<FuzzyMatch[]> {
      const min = options.min ?? DEFAULT_FUZZY.min;
      const limit = options.limit ?? DEFAULT_FUZZY.limit;
      const wanted = normaliseSegment(plain);
      const length = [...wanted].length;
      if (length === 0 || limit <= 0) return [];
      const band = lengthBand(length, min);
      const candidates = await createMemoryRepository(db).findInLengthBand(sourceLocale, targetLocale, band.from, band.to);
      const scored: { score: number; row: (typeof candidates)[number] }[] = [];
      const pairs = bigrams(wanted);
      for (const row of candidates) {
        if (!mayReach(pairs, row.sourcePlain, min)) continue;
        const score = similarity(wanted, row.sourcePlain, min);
        if (score >= min) scored.push({ score, row });
      }
      scored.sort((a, b) => b.score - a.score || b.row.updatedAt.localeCompare(a.row.updatedAt));
      return scored.slice(0, limit).map(({ score, row }) => ({
        similarity: Math.floor(score * 1000) / 1000,
        source: JSON.parse(row.sourceCoded) as CodedText,
        target: JSON.parse(row.targetCoded) as CodedText,
        diff: diffWords(row.sourcePlain, wanted),
      }));
    },

    async countByPair(): Promise<PairCount[]> {
      return createMemoryRepository(db).countByPair();
    },

    async count(): Promise<number> {
      return createMemoryRepository(db).count();
    },

    /** Every stored pair of one locale pair (or all), a page at a time, for the TMX export. */
    async *listPairs(pair?: { sourceLocale: LocaleCode; targetLocale: LocaleCode }): AsyncGenerator<StoredPair> {
      const repo = createMemoryRepository(db);
      let after = '';
      for (;;) {
        const rows = await repo.listPage(pair, after, 500);
        for (const row of rows) {
          yield { sourceLocale: row.sourceLocale, targetLocale: row.targetLocale, source: JSON.parse(row.sourceCoded) as CodedText, target: JSON.parse(row.targetCoded) as CodedText, updatedAt: row.updatedAt };
        }
        if (rows.length < 500) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}

export type MemoryService = ReturnType<typeof createMemoryService>;

/** A pair as the export reads it. */
export interface StoredPair extends SegmentPair {
  readonly sourceLocale: LocaleCode;
  readonly targetLocale: LocaleCode;
  readonly updatedAt: string;
}

function toRow(sourceLocale: LocaleCode, targetLocale: LocaleCode, pair: SegmentPair, documentId: string | null, origin: string, at: string): MemoryRow | undefined {
  const sourcePlain = normaliseSegment(codedToPlain(pair.source));
  const targetPlain = normaliseSegment(codedToPlain(pair.target));
  // A segment without letters (a lone figure, a date) teaches the memory nothing.
  if (!/\p{L}/u.test(sourcePlain) || targetPlain === '') return undefined;
  const targetCoded = JSON.stringify(pair.target);
  return {
    id: newId(),
    sourceLocale,
    targetLocale,
    sourceHash: segmentHash(sourcePlain),
    sourcePlain,
    sourceLength: [...sourcePlain].length,
    sourceCoded: JSON.stringify(pair.source),
    // The wording with its codes: the same words with other formatting are another translation.
    targetHash: createHash('sha256').update(targetCoded).digest('hex'),
    targetPlain,
    targetCoded,
    documentId,
    origin,
    updatedAt: at,
  };
}

import { codedToPlain, segmentHash } from '../xliff/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { MemoryService } from './memory.service.ts';

/**
 * Fuzzy lookups cost a few milliseconds each: an export asks them for this many segments at most
 * (a 100-page job has some 1,700); exact matches are looked up for every segment in one query.
 */
export const MAX_EXPORT_FUZZY = 400;

/** A match as an exchange file carries it: the target's words and a similarity from 0 to 100. */
export interface ExportMatch {
  readonly target: string;
  readonly similarity: number;
  readonly origin: string;
}

/**
 * The memory's matches for each source segment of an export, best first: the exact (100 %) target
 * when there is one, else up to three fuzzy ones (≥ 75 %) for the first MAX_EXPORT_FUZZY segments.
 */
export async function matchesForExport(memory: Pick<MemoryService, 'exact' | 'fuzzy'>, sourceLocale: LocaleCode, targetLocale: LocaleCode, plains: readonly string[]): Promise<ExportMatch[][]> {
  const hashes = plains.map((plain) => segmentHash(plain));
  const exact = await memory.exact(sourceLocale, targetLocale, [...new Set(hashes)]);
  let fuzzyLeft = MAX_EXPORT_FUZZY;
  const out: ExportMatch[][] = [];
  for (const [i, plain] of plains.entries()) {
    const hit = exact.get(hashes[i]!);
    if (hit) {
      out.push([{ target: codedToPlain(hit), similarity: 100, origin: 'memory' }]);
    } else if (fuzzyLeft-- > 0) {
      const fuzzy = await memory.fuzzy(sourceLocale, targetLocale, plain);
      out.push(fuzzy.map((m) => ({ target: codedToPlain(m.target), similarity: Math.round(m.similarity * 100), origin: 'memory' })));
    } else {
      out.push([]);
    }
  }
  return out;
}

import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import type { XmlProblem } from '../xliff/index.ts';
import { authorize } from '../policy/index.ts';
import { tmxInvalid } from './memory.errors.ts';
import type { MemoryService } from './memory.service.ts';
import { readTmx, TMX_LIMITS } from './tmx-read.ts';
import { writeTmx } from './tmx-write.ts';

/** What an import did: pairs stored, and the units it skipped with their lines. */
export interface TmxImportResult {
  readonly imported: number;
  readonly problems: readonly XmlProblem[];
}

/** TMX exchange of the memory with agencies and other tools (`translation.memory`). */
export function createTmxService({ db, clock, audit, locales, memory }: { db: Db; clock: Clock; audit: Pick<AuditModule, 'record'>; locales: LocaleSource; memory: MemoryService }) {
  /** A TMX language tag as one of the site's locales: the same tag in any case, else its language alone. */
  const localeOf = (tag: string): string | undefined => {
    const set = locales.current();
    const lower = tag.trim().toLowerCase();
    return set.allCodes.find((code) => code.toLowerCase() === lower) ?? set.allCodes.find((code) => code.toLowerCase() === lower.split(/[-_]/)[0]);
  };

  return {
    /**
     * The memory as TMX 1.4b, streamed: one locale pair, or every pair.
     * @throws POLICY_FORBIDDEN
     */
    exportTmx(input: { actor: Actor; pair?: { sourceLocale: LocaleCode; targetLocale: LocaleCode } }): AsyncGenerator<string> {
      authorize(input.actor, 'translation.memory');
      return writeTmx(memory.listPairs(input.pair), { srcLang: input.pair?.sourceLocale ?? '*all*', createdAt: clock.now() });
    },

    /**
     * Adds the pairs of a TMX file to the memory, all in one transaction with its audit entry. A file
     * that cannot be read (not XML, a DTD, too large, not TMX, no usable pair) is refused whole;
     * units in a language the site lacks are skipped and listed.
     * @throws POLICY_FORBIDDEN, MEMORY_TMX_INVALID
     */
    async importTmx(input: { file: Buffer | string; actor: Actor; unit?: UnitOfWork; fileName?: string }): Promise<TmxImportResult> {
      authorize(input.actor, 'translation.memory');
      const reading = readTmx(input.file, localeOf, TMX_LIMITS);
      if (reading.refused) throw tmxInvalid(reading.problems.map((p) => ({ path: p.line === undefined ? 'file' : `line ${p.line}`, message: p.message })));
      const groups = new Map<string, { sourceLocale: string; targetLocale: string; pairs: (typeof reading.pairs)[number][] }>();
      for (const pair of reading.pairs) {
        const key = `${pair.sourceLocale}\u0000${pair.targetLocale}`;
        if (!groups.has(key)) groups.set(key, { sourceLocale: pair.sourceLocale, targetLocale: pair.targetLocale, pairs: [] });
        groups.get(key)!.pairs.push(pair);
      }
      return withUnitOfWork(db, input.unit, async (unit) => {
        let imported = 0;
        for (const group of groups.values()) {
          imported += await memory.record({ sourceLocale: group.sourceLocale, targetLocale: group.targetLocale, pairs: group.pairs, documentId: null, origin: 'import', unit });
        }
        await audit.record(
          {
            actorId: input.actor.id,
            action: 'memory.imported',
            details: { imported, skipped: reading.problems.length, pairs: [...groups.values()].map((g) => `${g.sourceLocale}→${g.targetLocale}`), ...(input.fileName ? { file: input.fileName.slice(0, 200) } : {}) },
          },
          unit.trx,
        );
        return { imported, problems: reading.problems };
      });
    },
  };
}

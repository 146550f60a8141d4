import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { readCsv } from './csv.ts';
import type { GlossaryTerm } from './glossary-match.ts';
import { createGlossaryRepository, type GlossaryRow } from './glossary.repository.ts';
import { glossaryInvalid, glossaryTermExists, glossaryTermNotFound } from './memory.errors.ts';

export const MAX_TERM = 200;
export const MAX_NOTE = 500;
/** Rows a glossary CSV may hold. */
export const MAX_CSV_ROWS = 5000;

export interface GlossaryInput {
  readonly sourceLocale: string;
  readonly targetLocale: string;
  readonly term: string;
  readonly translation?: string;
  readonly doNotTranslate?: boolean;
  readonly note?: string;
}

/**
 * The glossary of each locale pair. Changes are operations (`translation.memory`: administrators
 * and editors), each with its audit entry in the same transaction; reading is free to every
 * module (the translator's form, jobs, machine translation).
 */
export function createGlossaryService({ db, clock, audit, locales }: { db: Db; clock: Clock; audit: Pick<AuditModule, 'record'>; locales: LocaleSource }) {
  /** The input checked and tidied, or the problems found (under `prefix`: a CSV line). */
  function check(input: GlossaryInput, prefix = ''): { value?: Omit<GlossaryRow, 'id' | 'updatedBy' | 'updatedAt'>; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const set = locales.current();
    const term = input.term.normalize('NFC').trim();
    const doNotTranslate = input.doNotTranslate === true;
    const translation = doNotTranslate ? term : (input.translation ?? '').normalize('NFC').trim();
    const note = (input.note ?? '').trim();
    if (!set.has(input.sourceLocale)) problems.push({ path: `${prefix}sourceLocale`, message: 'must be a configured locale', reason: 'locale' });
    if (!set.has(input.targetLocale) || input.targetLocale === input.sourceLocale) problems.push({ path: `${prefix}targetLocale`, message: 'must be another configured locale', reason: 'locale' });
    if (term === '') problems.push({ path: `${prefix}term`, message: 'is required', reason: 'required' });
    else if (term.length > MAX_TERM) problems.push({ path: `${prefix}term`, message: `must be at most ${MAX_TERM} characters`, reason: 'tooLong' });
    if (translation === '') problems.push({ path: `${prefix}translation`, message: 'is required unless the term is not translated', reason: 'required' });
    else if (translation.length > MAX_TERM) problems.push({ path: `${prefix}translation`, message: `must be at most ${MAX_TERM} characters`, reason: 'tooLong' });
    if (note.length > MAX_NOTE) problems.push({ path: `${prefix}note`, message: `must be at most ${MAX_NOTE} characters`, reason: 'tooLong' });
    if (problems.length > 0) return { problems };
    return { value: { sourceLocale: input.sourceLocale, targetLocale: input.targetLocale, term, translation, doNotTranslate: doNotTranslate ? 1 : 0, note }, problems };
  }

  return {
    /** The terms of one locale pair, by term (what jobs and machine translation pass on). */
    async termsFor(sourceLocale: LocaleCode, targetLocale: LocaleCode): Promise<GlossaryTerm[]> {
      return (await createGlossaryRepository(db).list({ sourceLocale, targetLocale })).map(toTerm);
    },

    /** Every term, or one pair's, by pair then term. */
    async list(pair?: { sourceLocale: LocaleCode; targetLocale: LocaleCode }): Promise<GlossaryTerm[]> {
      return (await createGlossaryRepository(db).list(pair)).map(toTerm);
    },

    async find(id: string): Promise<GlossaryTerm | undefined> {
      const row = await createGlossaryRepository(db).find(id);
      return row ? toTerm(row) : undefined;
    },

    /**
     * Adds a term, or changes the term `id`.
     * @throws POLICY_FORBIDDEN, MEMORY_GLOSSARY_INVALID, MEMORY_GLOSSARY_NOT_FOUND, MEMORY_GLOSSARY_TERM_EXISTS
     */
    async save(input: GlossaryInput & { id?: string; actor: Actor; unit?: UnitOfWork }): Promise<GlossaryTerm> {
      authorize(input.actor, 'translation.memory');
      const { value, problems } = check(input);
      if (!value) throw glossaryInvalid(problems);
      return withUnitOfWork(db, input.unit, async ({ trx }) => {
        const repo = createGlossaryRepository(trx);
        const existing = input.id ? await repo.find(input.id) : undefined;
        if (input.id && !existing) throw glossaryTermNotFound(input.id);
        const clash = await repo.findTerm(value.sourceLocale, value.targetLocale, value.term);
        if (clash && clash.id !== existing?.id) throw glossaryTermExists(value.term);
        const row: GlossaryRow = { id: existing?.id ?? newId(), ...value, updatedBy: input.actor.id, updatedAt: clock.now().toISOString() };
        if (existing) await repo.update(row);
        else await repo.insert(row);
        await audit.record({ actorId: input.actor.id, action: existing ? 'glossary.term-updated' : 'glossary.term-added', locale: row.targetLocale, details: { term: row.term, sourceLocale: row.sourceLocale, targetLocale: row.targetLocale } }, trx);
        return toTerm(row);
      });
    },

    /**
     * Deletes a term.
     * @throws POLICY_FORBIDDEN, MEMORY_GLOSSARY_NOT_FOUND
     */
    async remove(input: { id: string; actor: Actor; unit?: UnitOfWork }): Promise<void> {
      authorize(input.actor, 'translation.memory');
      await withUnitOfWork(db, input.unit, async ({ trx }) => {
        const repo = createGlossaryRepository(trx);
        const existing = await repo.find(input.id);
        if (!existing) throw glossaryTermNotFound(input.id);
        await repo.delete(existing.id);
        await audit.record({ actorId: input.actor.id, action: 'glossary.term-deleted', locale: existing.targetLocale, details: { term: existing.term, sourceLocale: existing.sourceLocale, targetLocale: existing.targetLocale } }, trx);
      });
    },

    /**
     * Adds or updates the terms of a CSV (header `source_locale,target_locale,term,translation,do_not_translate,note`),
     * all or none: any bad row refuses the file, each problem named by its line.
     * @throws POLICY_FORBIDDEN, MEMORY_GLOSSARY_INVALID
     */
    async importCsv(input: { text: string; actor: Actor; unit?: UnitOfWork }): Promise<{ added: number; updated: number }> {
      authorize(input.actor, 'translation.memory');
      const { rows, problems } = readCsv(input.text, MAX_CSV_ROWS);
      const header = rows[0]?.values.map((h) => h.trim().toLowerCase()) ?? [];
      const column = (name: string) => header.indexOf(name);
      for (const name of ['source_locale', 'target_locale', 'term']) if (column(name) < 0) problems.push({ path: 'line 1', message: `the header lacks the column ${name}`, reason: 'header' });
      const values: Omit<GlossaryRow, 'id' | 'updatedBy' | 'updatedAt'>[] = [];
      for (const row of rows.slice(1)) {
        if (row.values.every((v) => v.trim() === '')) continue;
        const cell = (name: string) => (column(name) >= 0 ? (row.values[column(name)] ?? '') : '');
        const result = check(
          { sourceLocale: cell('source_locale').trim(), targetLocale: cell('target_locale').trim(), term: cell('term'), translation: cell('translation'), doNotTranslate: /^(1|true|yes|oui|x)$/i.test(cell('do_not_translate').trim()), note: cell('note') },
          `line ${row.line}: `,
        );
        problems.push(...result.problems);
        if (result.value) values.push(result.value);
      }
      if (problems.length > 0) throw glossaryInvalid(problems.slice(0, 100));
      return withUnitOfWork(db, input.unit, async ({ trx }) => {
        const repo = createGlossaryRepository(trx);
        const at = clock.now().toISOString();
        let added = 0;
        let updated = 0;
        for (const value of values) {
          const existing = await repo.findTerm(value.sourceLocale, value.targetLocale, value.term);
          if (existing) {
            await repo.update({ ...existing, ...value, updatedBy: input.actor.id, updatedAt: at });
            updated++;
          } else {
            await repo.insert({ id: newId(), ...value, updatedBy: input.actor.id, updatedAt: at });
            added++;
          }
        }
        await audit.record({ actorId: input.actor.id, action: 'glossary.imported', details: { added, updated } }, trx);
        return { added, updated };
      });
    },
  };
}

export type GlossaryService = ReturnType<typeof createGlossaryService>;

function toTerm(row: GlossaryRow): GlossaryTerm {
  return { id: row.id, sourceLocale: row.sourceLocale, targetLocale: row.targetLocale, term: row.term, translation: row.translation, doNotTranslate: row.doNotTranslate === 1, note: row.note, updatedAt: row.updatedAt };
}

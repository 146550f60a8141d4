import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Actor } from '../accounts/index.ts';
import { findContentType, sourceLocaleOf, textFingerprint, type ContentService, type WorkingCopy } from '../content/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { applyUnits, codedToPlain, extractUnits, segmentHash, type CodedText } from '../xliff/index.ts';
import { codedToMarkup, markupToCoded } from './coded-markup.ts';
import { humanEditKept, noSource, pairNotAllowed } from './machine-translation.errors.ts';
import { createMachineTranslationRepository } from './machine-translation.repository.ts';
import type { GlossaryTerm, MachineMark, MachineTranslateResult } from './machine-translation.types.ts';
import type { SettingsService } from './settings.service.ts';
import { fitCodes } from '../translation-memory/index.ts';

/**
 * The translation memory's exact matches: target coded text by source segment hash, its codes
 * numbered by position (fitted to the segment's own ids with the memory's fitCodes).
 */
export interface MemoryLookup {
  exact(sourceLocale: string, targetLocale: string, hashes: string[]): Promise<Map<string, CodedText>>;
}

/** The glossary of a locale pair. */
export interface GlossaryLookup {
  termsFor(sourceLocale: string, targetLocale: string): Promise<readonly GlossaryTerm[]>;
}

export interface MachineTranslationServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly content: Pick<ContentService, 'getDocument' | 'listTranslations' | 'findWorkingCopy' | 'saveTranslation'>;
  readonly settings: SettingsService;
  readonly memory: MemoryLookup;
  readonly glossary: GlossaryLookup;
  readonly locales?: LocaleSource;
}

/** Whether this mark still describes the text editors see, and that text still waits for review. */
export function markHolds(mark: MachineMark | undefined, copy: WorkingCopy | undefined): boolean {
  if (!mark || !copy) return false;
  return mark.fingerprint === textFingerprint(copy.text);
}

/** Whether the machine's text is still unreviewed: held by the mark and not yet what visitors see. */
export function needsReview(mark: MachineMark | undefined, copy: WorkingCopy | undefined): boolean {
  return markHolds(mark, copy) && (copy!.pending !== undefined || copy!.translation.status !== 'published');
}

/**
 * Machine translation of one document into one locale, always as a pending version a person
 * reviews. The order matters: the memory's exact matches first (never sent to the provider), the
 * provider for the rest with the pair's glossary, then one save through the content module's
 * operation, with the mark, in one transaction. The provider is called outside the transaction:
 * a slow service never holds the database.
 *
 * Never over a person's words: a translation that exists is refilled only while its current text
 * (its working copy, else its stored text) is the one a machine saved; once anybody edits and
 * saves it, it is theirs, and this refuses with MT_HUMAN_EDIT.
 */
export function createMachineTranslationService({ db, clock, content, settings, memory, glossary, locales = INITIAL_LOCALE_SOURCE }: MachineTranslationServiceDeps) {
  return {
    /**
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, MT_NO_SOURCE, MT_NOT_CONFIGURED, MT_PAIR_NOT_ALLOWED, MT_HUMAN_EDIT, MT_PROVIDER_*, CONTENT_VERSION_CONFLICT
     */
    async machineTranslate(input: { documentId: string; targetLocale: string; actor: Actor; unit?: UnitOfWork }): Promise<MachineTranslateResult> {
      const { documentId, targetLocale: target, actor } = input;
      const document = await content.getDocument(documentId, input.unit);
      const translations = await content.listTranslations(documentId, input.unit);
      const from = sourceLocaleOf(translations, locales.current().defaultLocale);
      authorize(actor, 'translation.machine', { locale: target, isSource: from === target });
      const source = translations.find((t) => t.locale === from);
      if (!source || from === target) throw noSource(documentId, target);
      const { translator, settings: s } = await settings.translatorFor(input.unit?.trx);
      if (!s.pairs.some((p) => p.from === from && p.to === target)) throw pairNotAllowed(from, target);

      const repo = createMachineTranslationRepository(input.unit?.trx ?? db);
      const before = await content.findWorkingCopy(documentId, target, input.unit);
      if (before && !markHolds(await repo.findMark(documentId, target), before)) throw humanEditKept(target);

      // Units and segments as the exchange files make them, so memory hashes match theirs.
      const type = findContentType(document.type);
      const units = extractUnits(source, type, from);
      const segments = units.flatMap((u) => u.segments.map((seg) => ({ key: `${u.id}\u0000${seg.id}`, source: seg.source, hash: segmentHash(codedToPlain(seg.source)) })));
      const remembered = segments.length ? await memory.exact(from, target, [...new Set(segments.map((x) => x.hash))]) : new Map<string, CodedText>();
      const targets = new Map<string, CodedText>();
      const toSend: { key: string; source: CodedText; markup: string }[] = [];
      for (const seg of segments) {
        const hit = remembered.get(seg.hash);
        if (hit) targets.set(seg.key, fitCodes(hit, seg.source));
        else toSend.push({ key: seg.key, source: seg.source, markup: codedToMarkup(seg.source) });
      }
      if (toSend.length > 0) {
        // The same sentence twice in a page is asked once.
        const distinct = [...new Set(toSend.map((x) => x.markup))];
        const answers = await translator.translate(distinct, from, target, await glossary.termsFor(from, target));
        const byMarkup = new Map(distinct.map((m, i) => [m, answers[i]!]));
        for (const x of toSend) targets.set(x.key, markupToCoded(byMarkup.get(x.markup)!, x.source));
      }
      const applied = applyUnits(source, type, from, (unitId, segmentId) => targets.get(`${unitId}\u0000${segmentId}`));

      return withUnitOfWork(db, input.unit, async (unit) => {
        const saved = await content.saveTranslation({
          documentId,
          locale: target,
          expectedVersion: before?.translation.version ?? 0,
          translation: { ...applied.text, slug: before?.text.slug ?? source.slug, sourceLocale: from },
          actor,
          unit,
          auditAs: { action: 'translation.machine-translated', details: { provider: translator.provider, segments: segments.length, fromMemory: segments.length - toSend.length } },
        });
        // The fingerprint as the text reads back from the database (PostgreSQL's jsonb orders keys its own way).
        const after = await content.findWorkingCopy(documentId, target, unit);
        await createMachineTranslationRepository(unit.trx).saveMark({
          documentId,
          locale: target,
          version: saved.version,
          fingerprint: textFingerprint(after?.text ?? saved),
          provider: translator.provider,
          segments: segments.length,
          fromMemory: segments.length - toSend.length,
          createdBy: actor.id,
          createdAt: clock.now().toISOString(),
        });
        return {
          documentId,
          locale: target,
          version: saved.version,
          segments: segments.length,
          fromMemory: segments.length - toSend.length,
          sentToProvider: toSend.length,
          pendingOverPublished: after?.pending !== undefined,
        };
      });
    },

    /** Whether machineTranslate may (re)fill this translation: it is missing, or its current text is the machine's. */
    async mayRefill(documentId: string, locale: string): Promise<boolean> {
      const copy = await content.findWorkingCopy(documentId, locale);
      return !copy || markHolds(await createMachineTranslationRepository(db).findMark(documentId, locale), copy);
    },

    /** The machine's mark on this translation while its text waits for review (see needsReview), for the form's notice. */
    async markOf(documentId: string, locale: string): Promise<MachineMark | undefined> {
      const mark = await createMachineTranslationRepository(db).findMark(documentId, locale);
      if (!mark) return undefined;
      return needsReview(mark, await content.findWorkingCopy(documentId, locale)) ? mark : undefined;
    },

    /** The newest machine translations still waiting for a person's review (the translations dashboard). */
    async listAwaitingReview(limit = 100): Promise<MachineMark[]> {
      const out: MachineMark[] = [];
      for (const mark of await createMachineTranslationRepository(db).listRecentMarks(limit)) {
        if (needsReview(mark, await content.findWorkingCopy(mark.documentId, mark.locale))) out.push(mark);
      }
      return out;
    },

  };
}

export type MachineTranslationService = ReturnType<typeof createMachineTranslationService>;

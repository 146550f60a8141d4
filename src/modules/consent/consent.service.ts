import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import { isAppError, type FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { SYSTEM, type Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentDocument, ContentService, PublishCheck } from '../content/index.ts';
import { authorize } from '../policy/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { alreadyWithdrawn, consentNotFound, invalidConsent, notAStory } from './consent.errors.ts';
import { createConsentRepository } from './consent.repository.ts';
import { BLOCK_MESSAGES, utcDate, validateConsentInput, webConsentBlocks } from './consent.rules.ts';
import type { ConsentAlert, ConsentBlock, ConsentChannel, ConsentRecord, RecordConsentInput, SweepResult, WithdrawResult } from './consent.types.ts';

export interface ConsentServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly content: ContentService;
  readonly audit: AuditModule;
}

export type ConsentService = ReturnType<typeof createConsentService>;

/** The content type whose people need consent; other types show nobody identifiable. */
export const CONSENT_TYPE = 'story';
const ALERT_DAYS = 30;

/** Consent records of stories, the web-publishing rule they make, and unpublishing when it lapses. */
export function createConsentService({ db, clock, content, audit }: ConsentServiceDeps) {
  const repo = createConsentRepository(db);

  async function storyOf(documentId: string, unit?: UnitOfWork): Promise<ContentDocument> {
    const document = await content.getDocument(documentId, unit);
    if (document.type !== CONSENT_TYPE) throw notAStory(documentId);
    return document;
  }

  async function problemsFor(documentId: string, now: Date): Promise<FieldProblem[]> {
    const blocks = webConsentBlocks(await repo.listForDocument(documentId), utcDate(now));
    // One line per reason, in a fixed order; the consent page lists which person each concerns.
    const present = new Set(blocks.map((b) => b.block));
    return (Object.keys(BLOCK_MESSAGES) as ConsentBlock[]).filter((block) => present.has(block)).map((block) => ({ path: 'consent', message: BLOCK_MESSAGES[block], reason: block }));
  }

  /**
   * Returns every published translation of the story to draft, in the caller's unit; the locales it
   * took off the web. The system does it: lapsed consent takes a story down whoever notices, and the
   * person who withdrew it may not have the right to publish.
   */
  async function unpublishAll(documentId: string, unit: UnitOfWork): Promise<LocaleCode[]> {
    const unpublished: LocaleCode[] = [];
    for (const current of await content.listTranslations(documentId, unit)) {
      if (current.status !== 'published') continue;
      const { locale } = current;
      // The editorial workflow's own unpublish (back to draft), as the schedule runner does; the
      // content module announces it to the page cache once the unit commits.
      await content.transition({ documentId, locale, action: 'unpublish', expectedVersion: current.version, actor: SYSTEM, unit });
      unpublished.push(locale);
    }
    return unpublished;
  }

  return {
    /** A story's consent records, oldest first. */
    async listForDocument(documentId: string): Promise<ConsentRecord[]> {
      return repo.listForDocument(documentId);
    },

    /**
     * Records one person's consent for a story, in the caller's unit when given.
     * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONSENT_NOT_A_STORY, CONSENT_INVALID
     */
    async record(input: RecordConsentInput, actor: Actor, unit?: UnitOfWork): Promise<ConsentRecord> {
      authorize(actor, 'consent.manage');
      await storyOf(input.documentId, unit);
      const now = clock.now();
      const problems = validateConsentInput(input, utcDate(now));
      if (problems.length > 0) throw invalidConsent(problems);
      const at = now.toISOString();
      const record: ConsentRecord = {
        id: newId(),
        documentId: input.documentId,
        personLabel: input.personLabel.trim(),
        formReference: input.formReference?.trim() || null,
        identifiable: input.identifiable,
        minor: input.minor,
        // A guardian's consent means nothing for an adult; stored only where it counts.
        guardianConsent: input.minor && input.guardianConsent,
        channels: input.channels as ConsentChannel[],
        collectedAt: input.collectedAt,
        expiresAt: input.expiresAt || null,
        withdrawnAt: null,
        recordedBy: actor.id,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      await withUnitOfWork(db, unit, async ({ trx }) => {
        await createConsentRepository(trx).insertRecord(record);
        // The audit log names the record, never the person.
        await audit.record({ actorId: actor.id, action: 'consent.recorded', documentId: record.documentId, details: { consent: record.id, channels: record.channels } }, trx);
      });
      return record;
    },

    /**
     * Records that a person took their consent back (now, or at `when` if they did so earlier)
     * and takes the story off the web at once, in every locale, telling the editors.
     * @throws POLICY_FORBIDDEN, CONSENT_NOT_FOUND, CONSENT_ALREADY_WITHDRAWN, CONSENT_INVALID (when in the future)
     */
    async withdraw(id: string, actor: Actor, when?: Date): Promise<WithdrawResult> {
      authorize(actor, 'consent.manage');
      const current = await repo.findRecord(id);
      if (!current) throw consentNotFound(id);
      if (current.withdrawnAt !== null) throw alreadyWithdrawn(id);
      const now = clock.now();
      const at = when ?? now;
      if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) {
        throw invalidConsent([{ path: 'withdrawnAt', message: 'must be a moment not in the future' }]);
      }
      // The withdrawal, the story coming off the web and the audit entry are one commit.
      return withUnitOfWork(db, undefined, async (unit) => {
        const records = createConsentRepository(unit.trx);
        if (!(await records.withdrawIfVersion(id, current.version, at.toISOString(), now.toISOString()))) {
          // Withdrawn by someone else in between (the only change a record ever gets).
          throw alreadyWithdrawn(id);
        }
        const record = (await records.findRecord(id))!;
        const unpublished = await unpublishAll(record.documentId, unit);
        await audit.record({ actorId: actor.id, action: 'consent.withdrawn', documentId: record.documentId, details: { consent: id, unpublished } }, unit.trx);
        return { record, unpublished };
      });
    },

    /** Why the story cannot be on the web at `now` (empty when it can), one problem per reason. */
    webConsentProblems(documentId: string, now: Date = clock.now()): Promise<FieldProblem[]> {
      return problemsFor(documentId, now);
    },

    /** The publishing rule for the content module: a story needs valid web consent, every locale alike. */
    publishCheck: (async (document) => {
      if (document.type !== CONSENT_TYPE) return [];
      return problemsFor(document.id, clock.now());
    }) satisfies PublishCheck as PublishCheck,

    /**
     * Takes off the web every story whose consent has lapsed (expired, or withdrawn without the
     * unpublishing having finished). Safe to run from several processes: unpublishing twice is a no-op.
     */
    async sweep(now: Date = clock.now()): Promise<SweepResult> {
      const result: { unpublished: { documentId: string; locales: LocaleCode[] }[]; failed: { documentId: string; error: string }[] } = { unpublished: [], failed: [] };
      for (const documentId of await repo.listDocumentsWithLapsedConsent(utcDate(now))) {
        try {
          const blocks = webConsentBlocks(await repo.listForDocument(documentId), utcDate(now));
          if (blocks.length === 0) continue;
          const locales = await withUnitOfWork(db, undefined, async (unit) => {
            const taken = await unpublishAll(documentId, unit);
            if (taken.length === 0) return taken;
            const reason = blocks.some((b) => b.block === 'expired') ? 'expired' : 'withdrawn';
            const records = blocks.flatMap((b) => (b.recordId ? [b.recordId] : []));
            await audit.record({ actorId: null, action: `consent.${reason}`, documentId, details: { consents: records, unpublished: taken, bySweep: true } }, unit.trx);
            return taken;
          });
          if (locales.length === 0) continue;
          result.unpublished.push({ documentId, locales });
        } catch (error) {
          if (!isAppError(error)) throw error;
          result.failed.push({ documentId, error: `${error.code}: ${error.message}`.slice(0, 300) });
        }
      }
      return result;
    },

    /**
     * Stories taken off the web because of consent in the last 30 days that are still off it,
     * newest first, for the notice the back office shows editors.
     */
    async listAlerts(limit = 20): Promise<ConsentAlert[]> {
      const since = new Date(clock.now().getTime() - ALERT_DAYS * 86_400_000).toISOString();
      const pages = await Promise.all(['consent.withdrawn', 'consent.expired'].map((action) => audit.list({ action, limit: 100 })));
      const entries = pages.flatMap((p) => p.entries).filter((e) => e.at >= since && e.documentId !== null).sort((a, b) => (a.at < b.at ? 1 : -1));
      const alerts: ConsentAlert[] = [];
      const seen = new Set<string>();
      for (const entry of entries) {
        const documentId = entry.documentId!;
        const locales = Array.isArray(entry.details.unpublished) ? (entry.details.unpublished as LocaleCode[]) : [];
        if (seen.has(documentId) || locales.length === 0) continue;
        seen.add(documentId);
        const translations = await content.listTranslations(documentId);
        // Back on the web (consent recorded again, then republished): nothing left to tell.
        if (translations.length === 0 || translations.some((t) => t?.status === 'published')) continue;
        const titled = translations.find((t) => t !== undefined && locales.includes(t.locale)) ?? translations.find((t) => t !== undefined);
        if (!titled) continue;
        alerts.push({ documentId, reason: entry.action === 'consent.expired' ? 'expired' : 'withdrawn', at: entry.at, locales, title: titled.title });
        if (alerts.length >= limit) break;
      }
      return alerts;
    },
  };
}

import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import { translationNotFound, type ContentService } from '../content/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { createScheduleRepository } from './schedule.repository.ts';
import { isTimeZone, parseLocalDateTime, zonedToUtc } from './time-zones.ts';
import { changeNotFound, invalidWorkflow, nonexistentLocalTime } from './workflow.errors.ts';
import { SCHEDULED_ACTIONS, type ScheduledAction, type ScheduledChange, type ScheduleInput } from './workflow.types.ts';

export interface ScheduleServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly content: ContentService;
  readonly audit: AuditModule;
  readonly locales?: LocaleSource;
}

export type ScheduleService = ReturnType<typeof createScheduleService>;

const LIST_LIMIT = 200;

/** Scheduling and cancelling publish/unpublish of translations; the runner carries them out. */
export function createScheduleService({ db, clock, content, audit, locales = INITIAL_LOCALE_SOURCE }: ScheduleServiceDeps) {
  const isLocale = (value: string): value is LocaleCode => locales.current().has(value);
  const repo = createScheduleRepository(db);

  return {
    /**
     * Schedules a publish or unpublish at a local date-time in an IANA zone, stored as a UTC instant.
     * A local time shown twice (clocks going back) means its first occurrence.
     * @throws POLICY_FORBIDDEN, WORKFLOW_INVALID, WORKFLOW_NONEXISTENT_LOCAL_TIME, CONTENT_TRANSLATION_NOT_FOUND
     */
    async scheduleChange(input: ScheduleInput): Promise<ScheduledChange & { ambiguous: boolean }> {
      authorize(input.actor, 'content.publish', isLocale(input.locale) ? { locale: input.locale } : {});
      const problems: FieldProblem[] = [];
      if (!isLocale(input.locale)) problems.push({ path: 'locale', message: 'is not a locale of this site' });
      if (!(SCHEDULED_ACTIONS as readonly string[]).includes(input.action)) {
        problems.push({ path: 'action', message: `must be one of ${SCHEDULED_ACTIONS.join(', ')}` });
      }
      if (!isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', message: 'is not a known IANA time zone' });
      const local = parseLocalDateTime(input.date, input.time);
      if (!local) problems.push({ path: 'date', message: 'must be a real date (YYYY-MM-DD) and time (HH:MM)' });
      if (problems.length > 0 || !local) throw invalidWorkflow(problems);

      const zoned = zonedToUtc(local, input.timeZone);
      if (zoned.kind === 'nonexistent') throw nonexistentLocalTime(`${input.date} ${input.time}`, input.timeZone);
      const now = clock.now();
      if (zoned.instant.getTime() <= now.getTime()) {
        throw invalidWorkflow([{ path: 'date', message: 'must be in the future' }]);
      }
      if (!(await content.findTranslation(input.documentId, input.locale))) {
        throw translationNotFound(input.documentId, input.locale);
      }
      const change: ScheduledChange = {
        id: newId(),
        documentId: input.documentId,
        locale: input.locale,
        action: input.action as ScheduledAction,
        runAt: zoned.instant.toISOString(),
        timeZone: input.timeZone,
        createdBy: input.actor.id,
        createdAt: now.toISOString(),
        doneAt: null,
        error: null,
      };
      const details = { change: change.id, scheduledAction: change.action, runAt: change.runAt, timeZone: change.timeZone, local: `${input.date} ${input.time}` };
      await withUnitOfWork(db, undefined, async ({ trx }) => {
        await createScheduleRepository(trx).insertChange(change);
        await audit.record({ actorId: input.actor.id, action: 'schedule.created', documentId: change.documentId, locale: change.locale, details }, trx);
      });
      return { ...change, ambiguous: zoned.ambiguous };
    },

    /**
     * Cancels a change that has not run yet.
     * @throws POLICY_FORBIDDEN, WORKFLOW_CHANGE_NOT_FOUND (unknown, of another translation, or already carried out)
     */
    async cancelChange(input: { id: string; documentId: string; locale: LocaleCode; actor: Actor }): Promise<void> {
      authorize(input.actor, 'content.publish', { locale: input.locale });
      const change = await repo.findChange(input.id);
      if (!change || change.documentId !== input.documentId || change.locale !== input.locale) throw changeNotFound(input.id);
      await withUnitOfWork(db, undefined, async ({ trx }) => {
        if (!(await createScheduleRepository(trx).deletePending(input.id))) throw changeNotFound(input.id);
        const details = { change: change.id, scheduledAction: change.action, runAt: change.runAt };
        await audit.record({ actorId: input.actor.id, action: 'schedule.cancelled', documentId: change.documentId, locale: change.locale, details }, trx);
      });
    },

    /** Changes still to run, soonest first: all of them, or one translation's. */
    async listPending(filter: { documentId?: string; locale?: LocaleCode } = {}): Promise<ScheduledChange[]> {
      return repo.listPending(filter, LIST_LIMIT);
    },

    /** The latest changes carried out or failed, most recent first. */
    async listDone(filter: { documentId?: string; locale?: LocaleCode } = {}, limit = 20): Promise<ScheduledChange[]> {
      return repo.listDone(filter, Math.min(Math.max(1, limit), LIST_LIMIT));
    },
  };
}

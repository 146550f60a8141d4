import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import { isAppError } from '../../platform/errors.ts';
import type { AuditModule } from '../audit/index.ts';
import { SYSTEM } from '../accounts/index.ts';
import { CONTENT_VERSION_CONFLICT, planTransition, TRANSITIONS, translationNotFound, type ContentService } from '../content/index.ts';
import { createScheduleRepository } from './schedule.repository.ts';
import { transitionNotAllowed } from './workflow.errors.ts';
import type { RunResult, ScheduledChange } from './workflow.types.ts';

export interface ScheduleRunnerDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly content: ContentService;
  readonly audit: AuditModule;
  /** Told about failures that are not the change's own fault (database down…). */
  readonly onError?: (error: unknown) => void;
  /** 15 s unless told otherwise. */
  readonly intervalMs?: number;
  /** Told of a change that could not be carried out, in the transaction that records its failure (notifications). */
  readonly onScheduleFailed?: ScheduleFailureListener;
}

/** A scheduled change that failed, as other modules hear of it. */
export interface ScheduleFailureEvent {
  readonly change: ScheduledChange;
  /** The translation's title, or the document id when the translation is gone. */
  readonly title: string;
  /** `CODE: message`. */
  readonly error: string;
}

export type ScheduleFailureListener = (event: ScheduleFailureEvent, unit: UnitOfWork) => Promise<void>;

export type ScheduleRunner = ReturnType<typeof createScheduleRunner>;

const BATCH = 50;
const CONFLICT_RETRIES = 3;
/** Longer than any one change takes; a runner that dies holding a change delays it this long. */
const LEASE_MS = 2 * 60_000;
/**
 * Carries out scheduled changes: once at start (so changes that fell due while the server was
 * down run now) and then every 15 s. Any number of instances may run side by side: each change
 * is leased with a guarded UPDATE before it is applied, so it is applied once, and a runner that
 * dies holding one only delays it until the lease ends.
 */
export function createScheduleRunner({ db, clock, content, audit, onError, intervalMs = 15_000, onScheduleFailed }: ScheduleRunnerDeps) {
  const repo = createScheduleRepository(db);
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<RunResult> | undefined;

  async function apply(change: ScheduledChange): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const copy = await content.findWorkingCopy(change.documentId, change.locale);
      if (!copy) throw translationNotFound(change.documentId, change.locale);
      const { translation: current, pending } = copy;
      // Already where the change leads (published by hand before the date, nothing pending): nothing to do.
      if (current.status === TRANSITIONS[change.action].to && !pending) return;
      // The same editorial workflow as a change made by hand: a scheduled publish of a published
      // page publishes its working copy; unpublishing returns to draft.
      if (!planTransition(change.action, current.status, pending?.reviewState)) throw transitionNotAllowed(change.action, current.status);
      try {
        // The system carries out what a person allowed to publish scheduled (checked when scheduled).
        await content.transition({ documentId: change.documentId, locale: change.locale, action: change.action, expectedVersion: current.version, actor: SYSTEM });
        return;
      } catch (error) {
        // Someone saved the translation in between: read it again and retry.
        if (!(isAppError(error) && error.code === CONTENT_VERSION_CONFLICT) || attempt >= CONFLICT_RETRIES) throw error;
      }
    }
  }

  async function runOnce(): Promise<RunResult> {
    const applied: string[] = [];
    const failed: { id: string; error: string }[] = [];
    const due = await repo.listDue(clock.now().toISOString(), BATCH);
    for (const change of due) {
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
      const base = { actorId: change.createdBy, documentId: change.documentId, locale: change.locale };
      const details = { change: change.id, scheduledAction: change.action, runAt: change.runAt };
      try {
        if (!(await repo.claim(change.id, now.toISOString(), leaseUntil))) continue;
        try {
          await apply(change);
        } catch (error) {
          if (!isAppError(error)) throw error;
          const message = `${error.code}: ${error.message}`;
          // The failure and whoever is told of it commit together.
          await withUnitOfWork(db, undefined, async (unit) => {
            await createScheduleRepository(unit.trx).complete(change.id, leaseUntil, clock.now().toISOString(), message);
            if (!onScheduleFailed) return;
            const title = (await content.findTranslation(change.documentId, change.locale, unit))?.title ?? change.documentId;
            await onScheduleFailed({ change, title, error: message }, unit);
          });
          failed.push({ id: change.id, error: message });
          await record({ ...base, action: 'schedule.failed', details: { ...details, error: message.slice(0, 200) } });
          continue;
        }
        // If this write is lost, the lease runs out and the next run finds the change already
        // applied (applying is idempotent) and completes it.
        await repo.complete(change.id, leaseUntil, clock.now().toISOString());
      } catch (error) {
        // Not the change's fault (database busy or gone): hand it back, keep what was done,
        // and leave the rest of the batch to the next run.
        await repo.release(change.id, leaseUntil).catch(() => undefined);
        onError?.(error);
        return { applied, failed, interruptedBy: error instanceof Error ? error.message : String(error) };
      }
      applied.push(change.id);
      await record({ ...base, action: 'schedule.applied', details });
    }
    return { applied, failed };
  }

  /** The change is done whatever happens to its audit entry; a lost entry is reported, not retried. */
  async function record(entry: Parameters<AuditModule['record']>[0]): Promise<void> {
    try {
      await audit.record(entry);
    } catch (error) {
      onError?.(error);
    }
  }

  /** Runs every change due now, once; concurrent calls share the same run. */
  function runDue(): Promise<RunResult> {
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    runDue,

    /** Runs what is due now, then checks every interval until stop(). Resolves after the first run. */
    async start(): Promise<RunResult> {
      if (timer) return { applied: [], failed: [] };
      timer = setInterval(() => {
        runDue().catch((error: unknown) => onError?.(error));
      }, intervalMs);
      timer.unref();
      try {
        return await runDue();
      } catch (error) {
        onError?.(error);
        return { applied: [], failed: [] };
      }
    },

    /** Stops the timer and waits for a run in progress, so shutdown never cuts one in half. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

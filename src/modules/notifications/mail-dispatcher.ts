import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { composeDigest, composeMail } from './mail-compose.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import type { Mailer, MailMessage, Notification, NotificationsConfig, Recipient } from './notifications.types.ts';

const BATCH = 100;
/** Longer than one send takes; a dispatcher that dies holding mail delays it this long. */
const LEASE_MS = 2 * 60_000;
/** Tries before a mail is given up (its notice stays in the list): about 4 days with the back-off below. */
export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 12 * 60 * 60_000;

export interface DispatchResult {
  readonly sent: number;
  readonly failed: number;
}

/** Wait before the next try after `attempts` failed ones: 1 min, 2, 4… up to 12 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * Sends the mail notices queued, after the commit that queued them: immediate ones one by one,
 * digest ones (due at the day's digest hour) as one mail per person. Each row is leased with a
 * guarded UPDATE first, so with several instances a mail goes out once; a failed send is retried
 * with back-off and never touches the editorial change that caused it.
 */
export function createMailDispatcher({ db, clock, mailer, config, findRecipients, onError, intervalMs = 30_000 }: {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  config: NotificationsConfig;
  findRecipients: (ids: readonly string[]) => Promise<readonly Recipient[]>;
  onError?: (error: unknown) => void;
  intervalMs?: number;
}) {
  const repo = createNotificationsRepository(db);
  let timer: ReturnType<typeof setInterval> | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  let queued: Promise<DispatchResult> | undefined;

  async function send(rows: readonly Notification[], lease: string, message: (to: Recipient) => MailMessage, to: Recipient | undefined): Promise<boolean> {
    const ids = rows.map((r) => r.id);
    if (!to || to.disabledAt !== null) {
      await repo.markUndeliverable(ids, lease);
      return true;
    }
    try {
      await mailer.sendMail(message(to));
    } catch (error) {
      const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
      const retryAt = attempts >= MAX_ATTEMPTS ? null : new Date(clock.now().getTime() + retryDelayMs(attempts)).toISOString();
      await repo.markFailed(ids, lease, attempts, retryAt, error instanceof Error ? error.message : String(error));
      onError?.(error);
      return false;
    }
    await repo.markSent(ids, lease, clock.now().toISOString());
    return true;
  }

  async function runOnce(): Promise<DispatchResult> {
    let sent = 0;
    let failed = 0;
    const now = clock.now();
    const lease = new Date(now.getTime() + LEASE_MS).toISOString();
    const due = await repo.listDueMail(now.toISOString(), BATCH);
    const claimed: Notification[] = [];
    for (const row of due) if (await repo.claim(row.id, row.mailState, now.toISOString(), lease)) claimed.push(row);
    if (claimed.length === 0) return { sent, failed };
    const recipients = new Map((await findRecipients([...new Set(claimed.map((n) => n.userId))])).map((r) => [r.id, r]));
    for (const row of claimed.filter((n) => n.mailState === 'pending')) {
      if (await send([row], lease, (to) => composeMail(row, to, config.adminOrigin), recipients.get(row.userId))) sent++;
      else failed++;
    }
    const digests = new Map<string, Notification[]>();
    for (const n of claimed) if (n.mailState === 'digest') digests.set(n.userId, [...(digests.get(n.userId) ?? []), n]);
    for (const [userId, rows] of digests) {
      if (await send(rows, lease, (to) => composeDigest(rows, to, config.adminOrigin), recipients.get(userId))) sent++;
      else failed++;
    }
    return { sent, failed };
  }

  /**
   * Sends what is due now. Runs one after another: a call made while one runs waits for it and
   * runs again (it may have been called for mail committed after that run looked), and calls made
   * meanwhile share that second run.
   */
  function runDue(): Promise<DispatchResult> {
    if (queued) return queued;
    const next = tail.then(() => {
      queued = undefined;
      return runOnce();
    });
    queued = next;
    tail = next.catch(() => undefined);
    return next;
  }

  return {
    runDue,
    mailerKind: mailer.kind,

    /** Wakes the dispatcher now (after a commit that queued mail); never throws into the caller. */
    wake(): void {
      runDue().catch((error: unknown) => onError?.(error));
    },

    /** Sends what is due, then checks every interval (digests fall due at their hour) until stop(). */
    start(): void {
      if (timer) return;
      timer = setInterval(() => runDue().catch((error: unknown) => onError?.(error)), intervalMs);
      timer.unref();
      runDue().catch((error: unknown) => onError?.(error));
    },

    /** Stops the timer and waits for a run in progress, then closes the mail connection. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await tail;
      await mailer.close?.();
    },
  };
}

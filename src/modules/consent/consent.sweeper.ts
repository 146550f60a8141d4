import type { ConsentService } from './consent.service.ts';
import type { SweepResult } from './consent.types.ts';

export interface ConsentSweeperOptions {
  /** 10 minutes unless told otherwise: consent expires by the day, so this is ample. */
  readonly intervalMs?: number;
  /** Told about failures that are not a story's own fault (database down…). */
  readonly onError?: (error: unknown) => void;
}

export type ConsentSweeper = ReturnType<typeof createConsentSweeper>;

const EMPTY: SweepResult = { unpublished: [], failed: [] };

/**
 * Runs the consent sweep once at start (so consent that expired while the server was down takes
 * its story off the web now) and then every interval, like the schedule runner.
 */
export function createConsentSweeper(service: Pick<ConsentService, 'sweep'>, { intervalMs = 10 * 60_000, onError }: ConsentSweeperOptions = {}) {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<SweepResult> | undefined;

  /** Sweeps once; concurrent calls share the same run. */
  function runOnce(): Promise<SweepResult> {
    running ??= service.sweep().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    runOnce,

    /** Sweeps now, then every interval until stop(). Resolves after the first sweep. */
    async start(): Promise<SweepResult> {
      if (timer) return EMPTY;
      timer = setInterval(() => {
        runOnce().catch((error: unknown) => onError?.(error));
      }, intervalMs);
      timer.unref();
      try {
        return await runOnce();
      } catch (error) {
        onError?.(error);
        return EMPTY;
      }
    },

    /** Stops the timer and waits for a sweep in progress, so shutdown never cuts one in half. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

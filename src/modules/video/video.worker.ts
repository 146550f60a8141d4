import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { FileStore } from '../../platform/file-store/index.ts';
import { isAppError } from '../../platform/errors.ts';
import { probeOutput, probeVideo, runProcess, type FfmpegPaths } from './video.ffmpeg.ts';
import type { VideoRecord, VideoRepository } from './video.repository.ts';
import { fileName, fitPoster, OUTPUTS, originalName, parseProgressLine, posterArgs, posterTime, transcodeArgs, videoKey, type OutputKind } from './video.transcode.ts';
import type { VideoFile, VideoTools } from './video.types.ts';

export interface VideoWorkerDeps {
  readonly repo: VideoRepository;
  readonly clock: Clock;
  readonly paths: FfmpegPaths;
  /** Where originals are read from and finished files go. */
  readonly store: FileStore;
  /** A folder of this machine where ffmpeg writes, under `.part` names. */
  readonly workDir: string;
  readonly tools: () => Promise<VideoTools>;
  /** Told about failures that are not a video's own fault (database down…). */
  readonly onError?: (error: unknown) => void;
  /** How long an idle worker waits before looking again; 5 s unless told otherwise. */
  readonly intervalMs?: number;
  /** Told when a video's files change for good (ready, or failed for the last time): pages showing it are stale. */
  readonly onChange?: (videoId: string) => void;
  /** Told how long each job it ran took and how it ended (the metrics' job durations). */
  readonly onJobEnd?: (outcome: Exclude<RunOutcome, 'idle'>, ms: number) => void;
}

/** What a health check reads: whether the loop runs and when it last went round. */
export interface VideoWorkerHeartbeat {
  readonly running: boolean;
  /** When the loop last looked for a job or finished one (ms since the epoch); null before its first turn. */
  readonly lastTickAt: number | null;
  /** Whether a job is being transcoded now (a long one leaves the tick old, yet the worker is alive). */
  readonly busy: boolean;
}

export type VideoWorker = ReturnType<typeof createVideoWorker>;
export type RunOutcome = 'idle' | 'done' | 'failed';

export const MAX_ATTEMPTS = 3;
/** Renewed with every progress write, so it only has to outlast a stall, not a whole job. */
const LEASE_MS = 2 * 60_000;
const PROGRESS_EVERY_MS = 500;
/** Wait before the 2nd and the 3rd attempt: a full disk or a busy machine may have recovered. */
const BACKOFF_MS = [30_000, 5 * 60_000];
const STALE_PART_MS = 60 * 60_000;

// A 2-core machine: one transcode at a time per process, whichever worker asks.
let oneAtATime: Promise<unknown> = Promise.resolve();

class LeaseLost extends Error {}

/** A failed ffmpeg run, with the end of what it printed. */
class TranscodeError extends Error {}

/**
 * Takes queued videos one at a time and makes their poster and renditions. Any number of
 * processes may run one: jobs are leased with a guarded UPDATE, a job whose worker died is taken
 * again when its lease ends, and outputs are written under `.part` names then renamed, so a file
 * under its final name is always whole. The original is only ever read.
 */
export function createVideoWorker({ repo, clock, paths, store, workDir, tools, onError, intervalMs = 5_000, onChange, onJobEnd }: VideoWorkerDeps) {
  let stopped = true;
  /** Set by stop() only: runOnce() called on a worker never started (tests, the CLI) runs its job. */
  let stopping = false;
  let lastTickAt: number | null = null;
  let loop: Promise<void> | undefined;
  let current: AbortController | undefined;
  let wake: (() => void) | undefined;

  async function takeAndRun(): Promise<RunOutcome> {
    const available = await tools();
    // Without the tools nothing can be done; uploads made meanwhile are marked unprocessed.
    if (!available.ffmpeg || !available.ffprobe) return 'idle';
    const job = await repo.findTakeable(clock.now().toISOString());
    if (!job) return 'idle';
    const now = clock.now();
    const lease = new Date(now.getTime() + LEASE_MS).toISOString();
    if (!(await repo.claim(job.id, now.toISOString(), lease))) return 'idle';
    if (job.attempts >= MAX_ATTEMPTS) {
      // Its earlier attempts never finished (the process died mid-way each time): stop trying.
      const message = `${job.error ? `${job.error}\n` : ''}Gave up after ${MAX_ATTEMPTS} attempts that did not finish`;
      await repo.fail(job.id, lease, message, null, clock.now().toISOString());
      return 'failed';
    }
    // stop() came while the job was being claimed: hand it straight back rather than run it.
    if (stopping) {
      await repo.release(job.id, lease, clock.now().toISOString());
      return 'idle';
    }
    const controller = new AbortController();
    current = controller;
    // Renewed as the job goes on; every later write is guarded by the latest value.
    const held = { lease };
    const started = Date.now();
    try {
      const files = await transcode(job, held, controller.signal);
      await repo.complete(job.id, held.lease, files, clock.now().toISOString());
      onChange?.(job.id);
      onJobEnd?.('done', Date.now() - started);
      return 'done';
    } catch (error) {
      if (controller.signal.reason instanceof LeaseLost) return 'idle';
      if (controller.signal.aborted) {
        await repo.release(job.id, held.lease, clock.now().toISOString());
        return 'idle';
      }
      const attempt = job.attempts + 1;
      const retryAt = attempt < MAX_ATTEMPTS ? new Date(clock.now().getTime() + BACKOFF_MS[attempt - 1]!).toISOString() : null;
      await repo.fail(job.id, held.lease, describe(error), retryAt, clock.now().toISOString());
      if (retryAt === null) onChange?.(job.id);
      onJobEnd?.('failed', Date.now() - started);
      return 'failed';
    } finally {
      current = undefined;
    }
  }

  /** Moves the job's lease forward (and its progress); @throws LeaseLost once another worker holds it. */
  function leaseRenewer(job: VideoRecord, held: { lease: string }) {
    return async (progress: number, extra: Parameters<VideoRepository['renew']>[2]['probed'] = undefined) => {
      const now = clock.now();
      const next = new Date(now.getTime() + LEASE_MS).toISOString();
      if (!(await repo.renew(job.id, held.lease, { progress, leaseUntil: next, nowIso: now.toISOString(), probed: extra }))) {
        throw new LeaseLost(`Another worker took video ${job.id}`);
      }
      held.lease = next;
    };
  }

  /** Works on a copy of the original on this machine (the file itself in a folder store), as ffprobe and ffmpeg need. */
  async function transcode(job: VideoRecord, held: { lease: string }, signal: AbortSignal): Promise<VideoFile[]> {
    const renew = leaseRenewer(job, held);
    // Copying a large original out of a bucket may outlast a lease: it is kept meanwhile.
    const keepLease = setInterval(() => {
      renew(0).catch((error: unknown) => (error instanceof LeaseLost ? current?.abort(error) : onError?.(error)));
    }, LEASE_MS / 4);
    try {
      return await store.withLocalCopy(videoKey(originalName(job.hash, job.sourceType)), (source) => {
        clearInterval(keepLease);
        if (signal.aborted) throw signal.reason;
        return transcodeFrom(source, job, renew, signal);
      });
    } finally {
      clearInterval(keepLease);
    }
  }

  async function transcodeFrom(source: string, job: VideoRecord, renew: ReturnType<typeof leaseRenewer>, signal: AbortSignal): Promise<VideoFile[]> {
    const started = Date.now();
    const probed = await probeVideo(paths.ffprobePath, source);
    // Generous: a 2-core machine encodes two renditions at a few times real time.
    const deadline = started + Math.max(10 * 60_000, probed.durationMs * 20);
    await renew(0, { durationMs: probed.durationMs, width: probed.width, height: probed.height });

    const kinds: OutputKind[] = ['poster', '720p', '360p', ...(probed.hasAudio ? (['audio'] as const) : [])];
    const key = (kind: OutputKind) => videoKey(fileName(job.hash, kind));
    // Another video with the same original, an earlier attempt, or another instance may have made some already.
    const missing: OutputKind[] = [];
    for (const kind of kinds) if (!(await store.stat(key(kind)))) missing.push(kind);
    await fs.mkdir(workDir, { recursive: true });
    const parts = new Map(missing.map((kind) => [kind, path.join(workDir, `${fileName(job.hash, kind)}.${randomBytes(6).toString('hex')}.part`)]));
    const run = async (args: string[], onLine?: (line: string) => void) => {
      const result = await runProcess(paths.ffmpegPath, args, { timeoutMs: Math.max(1, deadline - Date.now()), signal, onLine });
      if (signal.aborted) throw signal.reason;
      if (result.timedOut) throw new TranscodeError(`ffmpeg took longer than the time allowed for this video\n${result.stderrTail}`);
      if (result.code !== 0) throw new TranscodeError(`ffmpeg exited with ${result.code}\n${result.stderrTail}`);
    };
    const files = new Map<OutputKind, VideoFile>();
    const describeOutput = async (kind: OutputKind, file: string, bytes: number): Promise<VideoFile> => {
      const measured = await probeOutput(paths.ffprobePath, file);
      return { kind, file: fileName(job.hash, kind), mime: OUTPUTS[kind].mime, bytes, ...pickMeasured(kind, measured) };
    };
    try {
      const poster = parts.get('poster');
      if (poster) await run(posterArgs(source, poster, fitPoster(probed), posterTime(probed.durationMs)));
      const renditions = missing.flatMap((kind) => (kind === 'poster' ? [] : [{ kind, target: parts.get(kind)! }]));
      if (renditions.length > 0) {
        let lastWrite = Date.now();
        let writing: Promise<void> = Promise.resolve();
        await run(transcodeArgs(source, renditions, probed), (line) => {
          const progress = parseProgressLine(line, probed.durationMs);
          if (progress === undefined || Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = Date.now();
          writing = writing.then(() =>
            renew(Math.min(progress, 0.99)).catch((error: unknown) => {
              // A lost lease stops ffmpeg; a database hiccup only costs one progress update.
              if (error instanceof LeaseLost) current?.abort(error);
              else onError?.(error);
            }),
          );
        });
        await writing;
        if (signal.aborted) throw signal.reason;
      }
      // Measured before they are stored: a bucket holds no file ffprobe could open.
      for (const [kind, part] of parts) {
        files.set(kind, await describeOutput(kind, part, (await fs.stat(part)).size));
        await store.putFile(key(kind), part, OUTPUTS[kind].mime);
      }
    } finally {
      await Promise.all([...parts.values()].map((part) => fs.rm(part, { force: true })));
    }
    for (const kind of kinds) {
      if (files.has(kind)) continue;
      const { size } = (await store.stat(key(kind)))!;
      files.set(kind, await store.withLocalCopy(key(kind), (file) => describeOutput(kind, file, size)));
    }
    return kinds.map((kind) => files.get(kind)!);
  }

  /** Waits `ms`, or less if stop() is called. */
  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Removes `.part` files a killed process left behind (ffmpeg keeps a live one's mtime fresh). */
  async function sweepParts(): Promise<void> {
    const names = await fs.readdir(workDir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.part'))) {
      const file = path.join(workDir, name);
      const stats = await fs.stat(file).catch(() => undefined);
      if (stats && Date.now() - stats.mtimeMs > STALE_PART_MS) await fs.rm(file, { force: true });
    }
  }

  function runOnce(): Promise<RunOutcome> {
    const run = oneAtATime.then(takeAndRun);
    oneAtATime = run.catch(() => undefined);
    return run;
  }

  return {
    /** Takes one job, if any is waiting, and runs it to the end. */
    runOnce,

    /** Read by the readiness check: a loop that stopped turning is a dead worker. */
    heartbeat(): VideoWorkerHeartbeat {
      return { running: !stopped && loop !== undefined, lastTickAt, busy: current !== undefined };
    },

    /** How long the loop may rest between turns; a tick older than this and then some means it is stuck. */
    intervalMs,

    /** Works through the queue, then looks again every interval until stop(). */
    async start(): Promise<void> {
      if (!stopped) return;
      stopped = false;
      stopping = false;
      await sweepParts().catch((error: unknown) => onError?.(error));
      loop = (async () => {
        while (!stopped) {
          lastTickAt = Date.now();
          let outcome: RunOutcome = 'idle';
          try {
            outcome = await runOnce();
          } catch (error) {
            onError?.(error);
          }
          if (outcome === 'idle' && !stopped) await pause(intervalMs);
        }
      })();
    },

    /** Kills a running ffmpeg, hands its job back to the queue, and waits for the loop to end. */
    async stop(): Promise<void> {
      stopped = true;
      stopping = true;
      current?.abort();
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}

/** Sizes for pictures, bit rates for sound, both for video: a JPEG's "bit rate" means nothing. */
function pickMeasured(kind: OutputKind, measured: { width?: number; height?: number; bitrateKbps?: number }) {
  if (kind === 'poster') return { width: measured.width, height: measured.height };
  if (kind === 'audio') return { bitrateKbps: measured.bitrateKbps };
  return measured;
}

function describe(error: unknown): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

// wrk on the client core, and interleaved rounds so drift (thermal, noisy neighbours) hits every
// server alike: A, B, C, A, B, C…, then medians and the median of per-round ratios.
import { spawn } from 'node:child_process';
import { pinned } from './servers.ts';

export interface WrkOptions {
  readonly url: string;
  readonly seconds: number;
  readonly connections: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly cpu?: number;
}

export interface WrkResult {
  readonly requestsPerSecond: number;
  readonly errors: number;
  /** Responses other than 2xx or 3xx. */
  readonly bad: number;
}

export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency'];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  args.push(options.url);
  const [command, argv] = pinned(options.cpu, 'wrk', args);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`))));
  });
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1];
  if (!rps) throw new Error(`could not read wrk's output:\n${output}`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const errors = socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return { requestsPerSecond: Number(rps), errors, bad };
}

export interface Contender {
  readonly name: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RoundsResult {
  /** Requests/s per contender, one value per round. */
  readonly samples: ReadonlyMap<string, readonly number[]>;
  readonly errors: number;
}

/** Runs every contender once per round, in the same order each round. */
export async function interleavedRounds(
  contenders: readonly Contender[],
  options: { rounds: number; seconds: number; connections: number; cpu?: number; warmupSeconds?: number },
): Promise<RoundsResult> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  let errors = 0;
  for (const contender of contenders) {
    await runWrk({ ...contender, seconds: options.warmupSeconds ?? 1, connections: options.connections, cpu: options.cpu });
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const contender of contenders) {
      const result = await runWrk({ ...contender, seconds: options.seconds, connections: options.connections, cpu: options.cpu });
      samples.get(contender.name)!.push(result.requestsPerSecond);
      errors += result.errors + result.bad;
    }
  }
  return { samples, errors };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Median of round-by-round ratios a/b: each pair ran under the same conditions. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value / b[i]!));
}

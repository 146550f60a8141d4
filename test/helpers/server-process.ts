import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: two folders up from test/helpers/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  /** Origin the server listens on, without a trailing slash: `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  /** The server's DATA_DIR, for the CLI to work on the same site. */
  readonly dataDir: string;
  /** Kills the server and removes its temporary DATA_DIR (not a DATA_DIR it was given). Safe to call twice. */
  stop(): Promise<void>;
  /** kill -9: the process dies at once, without its shutdown; the DATA_DIR stays. */
  crash(): Promise<void>;
  /** Sends a signal (SIGTERM: a graceful shutdown) and resolves with the exit code; the DATA_DIR stays. */
  signal(name: NodeJS.Signals): Promise<number | string | null>;
  /** What the server printed on stderr so far (its last 64 KiB). */
  stderr(): string;
}

export interface StartServerOptions {
  /** Passed to the server as DATABASE_URL; without it the server uses SQLite inside the temp DATA_DIR. */
  readonly databaseUrl?: string;
  /** How long to wait for the server to answer before failing. */
  readonly timeoutMs?: number;
  /** Reuse this DATA_DIR (a restart after a crash); it is then left in place on stop. */
  readonly dataDir?: string;
  /** Extra environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
  /** A bundle written by `npm run build` to run instead of the TypeScript sources. */
  readonly bundle?: string;
}

const OUTPUT_KEPT = 64 * 1024;

/** Asks the OS for a free port on 127.0.0.1 (the server itself does not accept PORT=0). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not read the probe port'));
        return;
      }
      const { port } = address;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server (`node --import tsx src/main.ts`) on a free port with a fresh temporary
 * DATA_DIR, and resolves once it answers HTTP.
 * @throws Error carrying the server's stderr when it exits or does not answer within the timeout
 */
export async function startServer(options: StartServerOptions = {}): Promise<ServerProcess> {
  // Loading the six-language demo with its pictures, PDFs and narrated clips takes about a minute on
  // two cores, longer when the machine is busy: the wait is generous so a slow start is not a failure.
  const timeoutMs = options.timeoutMs ?? 180_000;
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ensemble-test-')));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Never inherit a developer's own database: the suite wants a fresh, demo-loaded site.
  delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // Links the server prints (setup, set-password) then point at the address the tests use.
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...options.env,
  });
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

  const child = spawn(process.execPath, options.bundle ? [options.bundle] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout = (stdout + chunk).slice(-OUTPUT_KEPT);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-OUTPUT_KEPT);
  });
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal));
    child.once('error', (error) => resolve(error.message));
  });
  let exitedWith: number | string | null | undefined;
  void exited.then((result) => {
    exitedWith = result;
  });

  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    await killChild(child, exited);
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const crash = async (): Promise<void> => {
    stopped = true;
    process.removeListener('exit', killOnExit);
    child.kill('SIGKILL');
    await exited;
  };

  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exitedWith !== undefined) {
        throw new Error(`server exited (${String(exitedWith)}) before answering`);
      }
      // The server prints its URL once it listens, but at LOG_LEVEL=warn that line may be
      // filtered out, so the only proof of life that counts is an HTTP answer.
      if (await answers(baseUrl)) break;
      if (Date.now() > deadline) {
        throw new Error(`server did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
      }
      await delay(200);
    }
  } catch (error) {
    await stop();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\n--- server stderr ---\n${stderr.trim() || '(empty)'}\n--- server stdout (tail) ---\n${
        stdout.trim().slice(-4000) || '(empty)'
      }`,
    );
  }

  const signal = async (name: NodeJS.Signals): Promise<number | string | null> => {
    stopped = true;
    process.removeListener('exit', killOnExit);
    child.kill(name);
    return exited;
  };

  return { baseUrl, dataDir, stop, crash, signal, stderr: () => stderr };
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function killChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

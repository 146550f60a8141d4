// The three servers compared on one core: Ensemble itself, nginx serving the exported bytes, and a
// bare node:http server holding them in memory. Each runs under `taskset` on the server core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../scripts/build-server.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Server {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Asks the OS for a free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** `taskset -c CPU` when taskset exists and the machine has that core; otherwise no pinning. */
export function pinned(cpu: number | undefined, command: string, args: readonly string[]): [string, string[]] {
  if (cpu === undefined || !hasCommand('taskset')) return [command, [...args]];
  return ['taskset', ['-c', String(cpu), command, ...args]];
}

/** Peak resident memory (VmHWM) of a running process, in bytes. */
export function peakRss(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface EnsembleOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly cpu?: number;
  readonly pageCacheMb: number;
}

/** The real server as `npm start` runs it (the bundle `npm run build` writes), resolved once it answers HTTP. */
export async function startEnsemble(options: EnsembleOptions): Promise<Server> {
  const port = await freePort();
  const [command, args] = pinned(options.cpu, process.execPath, [await builtServer()]);
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_CONTENT: 'false',
      LOG_LEVEL: 'warn',
      PAGE_CACHE_MB: String(options.pageCacheMb),
      // As `npm start` sets it (package.json).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return waitUntilAnswering('ensemble', child, `http://127.0.0.1:${port}`, '/fr/');
}

let bundle: Promise<string> | undefined;
/** Builds the server bundle once per bench run, so the bench measures the code as it is now. */
function builtServer(): Promise<string> {
  bundle ??= buildServer();
  return bundle;
}

/** node:http answering every request with `body` and `headers` (see raw-server.ts). */
export async function startRawServer(workDir: string, body: Buffer, headers: Record<string, string>, cpu?: number): Promise<Server> {
  const port = await freePort();
  const bodyFile = path.join(workDir, 'raw-body');
  const headersFile = path.join(workDir, 'raw-headers.json');
  fs.writeFileSync(bodyFile, body);
  fs.writeFileSync(headersFile, JSON.stringify(headers));
  const [command, args] = pinned(cpu, process.execPath, ['--import', 'tsx', 'bench/raw-server.ts', String(port), bodyFile, headersFile]);
  const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return waitUntilAnswering('node:http', child, `http://127.0.0.1:${port}`, '/');
}

/**
 * nginx with one worker serving `body` as a static file with the same headers. Its ETag is its
 * own (mtime and size), which is what nginx revalidates against.
 */
export async function startNginx(workDir: string, body: Buffer, headers: Record<string, string>, cpu?: number): Promise<Server> {
  const port = await freePort();
  const prefix = path.join(workDir, 'nginx');
  fs.mkdirSync(path.join(prefix, 'www'), { recursive: true });
  fs.mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  fs.writeFileSync(path.join(prefix, 'www', 'page'), body);
  const extra = Object.entries(headers)
    .filter(([name]) => !['etag', 'content-type', 'content-length'].includes(name))
    .map(([name, value]) => `      add_header ${name} '${value.replace(/'/g, "\\'")}' always;`)
    .join('\n');
  const conf = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  open_file_cache max=16 inactive=1h;
  client_body_temp_path ${prefix}/tmp;
  proxy_temp_path ${prefix}/tmp;
  fastcgi_temp_path ${prefix}/tmp;
  uwsgi_temp_path ${prefix}/tmp;
  scgi_temp_path ${prefix}/tmp;
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${prefix}/www;
      types { }
      default_type '${headers['content-type'] ?? 'text/html; charset=utf-8'}';
      try_files /page =404;
${extra}
    }
  }
}
`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  const [command, args] = pinned(cpu, 'nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;']);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return waitUntilAnswering('nginx', child, `http://127.0.0.1:${port}`, '/');
}

async function waitUntilAnswering(name: string, child: ChildProcess, url: string, probePath: string, timeoutMs = 60_000): Promise<Server> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited before answering:\n${output}`);
    try {
      const response = await fetch(`${url}${probePath}`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return { name, url, pid: child.pid!, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`${name} did not answer within ${timeoutMs} ms:\n${output}`);
}

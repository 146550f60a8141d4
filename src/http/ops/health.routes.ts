import type { FastifyInstance } from 'fastify';
import type { VideoWorkerHeartbeat } from '../../modules/video/index.ts';
import { readMigrationStatus, type Db } from '../../platform/db/database.ts';
import type { FileStore } from '../../platform/file-store/index.ts';

export interface HealthDeps {
  readonly db: Db;
  readonly fileStore: Pick<FileStore, 'kind' | 'checkWritable'>;
  /** The running video worker's heartbeat and loop interval; undefined until it has started. */
  readonly videoWorker: () => (VideoWorkerHeartbeat & { readonly intervalMs: number }) | undefined;
  /** True once SIGTERM came: the load balancer should send nothing new while requests drain. */
  readonly shuttingDown?: () => boolean;
}

interface CheckResult {
  readonly ok: boolean;
  readonly ms: number;
  readonly detail?: string | Record<string, unknown>;
}

/** A check that hangs (a database that does not answer) fails after this long. */
const CHECK_TIMEOUT_MS = 2_000;
/** A loop that has not turned for its interval plus this long is stuck (a job in progress excepted). */
const WORKER_SLACK_MS = 60_000;

/**
 * /healthz: the process answers. /readyz: it can serve (database, schema, media store, video
 * worker). Both are cheap (one tiny query, one tiny file written and removed), answered with no-store, outside the
 * page cache, sessions and CSRF, so a load balancer may ask every second.
 */
export function registerHealthRoutes(app: FastifyInstance, deps: HealthDeps): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    const [database, media] = await Promise.all([timed(() => checkDatabase(deps.db)), timed(() => checkMedia(deps.fileStore))]);
    const videoWorker = checkWorker(deps.videoWorker());
    const checks = { database, media, videoWorker };
    const stopping = deps.shuttingDown?.() ?? false;
    const ready = !stopping && Object.values(checks).every((check) => check.ok);
    if (!ready && !stopping) request.log.warn({ checks }, 'not ready');
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : stopping ? 'shutting down' : 'not ready', checks });
  });
}

/** Reachable, and every migration this code knows applied and none it does not know. */
async function checkDatabase(db: Db): Promise<Omit<CheckResult, 'ms'>> {
  const status = await readMigrationStatus(db);
  const ok = status.pending.length === 0 && status.unknown.length === 0;
  return ok ? { ok, detail: { migrations: status.applied.length } } : { ok, detail: { pending: status.pending, unknown: status.unknown } };
}

async function checkMedia(store: HealthDeps['fileStore']): Promise<Omit<CheckResult, 'ms'>> {
  await store.checkWritable();
  return { ok: true, detail: { store: store.kind } };
}

function checkWorker(heartbeat: ReturnType<HealthDeps['videoWorker']>): CheckResult {
  if (!heartbeat?.running) return { ok: false, ms: 0, detail: 'not running' };
  const age = heartbeat.lastTickAt === null ? null : Date.now() - heartbeat.lastTickAt;
  const ok = heartbeat.busy || (age !== null && age <= heartbeat.intervalMs + WORKER_SLACK_MS);
  return { ok, ms: 0, detail: { lastTickMsAgo: age, busy: heartbeat.busy } };
}

/** Runs a check with a deadline; its error is named in the answer (no secret reaches these messages). */
async function timed(check: () => Promise<Omit<CheckResult, 'ms'>>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`), { code: 'TIMEOUT' })), CHECK_TIMEOUT_MS);
    });
    const result = await Promise.race([check(), deadline]);
    return { ...result, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, ms: Math.round(performance.now() - started), detail: typeof code === 'string' ? code : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUse } from '../../platform/db/database.ts';
import type { PageCache } from '../site/page-cache.ts';

export interface MetricsSources {
  readonly pageCache: PageCache;
  readonly poolUse: () => PoolUse;
  readonly videoQueueDepth: () => Promise<number>;
  readonly scheduledPending: () => Promise<number>;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Route label of a page answered from the page cache before Fastify saw it. */
export const PAGE_CACHE_ROUTE = '(page cache)';
/** Route label of a request no route matched (a 404 or a malformed URL). */
export const NO_ROUTE = '(no route)';

/**
 * One registry per app (tests build several). Counts come from the code paths themselves; gauges
 * that need the database are read at scrape time with one small count each.
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  // Includes nodejs_eventloop_lag_seconds and its percentiles, heap and GC figures.
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'ensemble_http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status, with their latency',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheCounter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        // The cache keeps running totals: report them as they are.
        this.reset();
        this.inc(read());
      },
    });
  cacheCounter('ensemble_page_cache_hits_total', 'Page-cache lookups that found a page', () => sources.pageCache.stats.hits);
  cacheCounter('ensemble_page_cache_misses_total', 'Page-cache lookups that found nothing', () => sources.pageCache.stats.misses);
  cacheCounter('ensemble_page_cache_evictions_total', 'Pages pushed out of the cache, for room or by a change', () => sources.pageCache.stats.evictions);
  new Gauge({
    name: 'ensemble_page_cache_bytes',
    help: 'Bytes of compressed pages held in the page cache',
    registers: [registry],
    collect() {
      this.set(sources.pageCache.byteSize);
    },
  });
  new Gauge({
    name: 'ensemble_page_cache_entries',
    help: 'Pages held in the page cache',
    registers: [registry],
    collect() {
      this.set(sources.pageCache.stats.entries);
    },
  });
  new Gauge({
    name: 'ensemble_video_queue_depth',
    help: 'Videos queued or being transcoded',
    registers: [registry],
    async collect() {
      this.set(await sources.videoQueueDepth());
    },
  });
  const videoJobs = new Histogram({
    name: 'ensemble_video_job_duration_seconds',
    help: 'Transcoding jobs run by this process, by outcome',
    labelNames: ['outcome'],
    buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  new Gauge({
    name: 'ensemble_scheduled_changes_pending',
    help: 'Scheduled publish and unpublish changes not yet carried out',
    registers: [registry],
    async collect() {
      this.set(await sources.scheduledPending());
    },
  });
  new Gauge({
    name: 'ensemble_db_pool_connections',
    help: 'Database connections by state (SQLite: one, always open)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = sources.poolUse();
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });

  return {
    registry,
    observeRequest(route: string, method: string, status: number, seconds: number): void {
      requests.observe({ route, method, status: String(status) }, seconds);
    },
    observeVideoJob(outcome: 'done' | 'failed', ms: number): void {
      videoJobs.observe({ outcome }, ms / 1000);
    },
  };
}

/** Times every Fastify request, labelled by its route pattern, never by the raw URL. */
export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(request.routeOptions.url ?? NO_ROUTE, request.method, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}

/** GET /metrics on the site's port, for a scraper holding METRICS_TOKEN as a bearer token. */
export function registerMetricsRoute(app: FastifyInstance, metrics: Metrics, token: string): void {
  const expected = Buffer.from(`Bearer ${token}`);
  app.get('/metrics', async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    reply.header('cache-control', 'no-store');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('A bearer token is required.\n');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** A listener of its own for /metrics (METRICS_PORT), for a network the public never reaches. */
export async function listenForMetrics(metrics: Metrics, port: number, host: string): Promise<{ close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics could not be read\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

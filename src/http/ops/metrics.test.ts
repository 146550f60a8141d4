import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { freePort } from '../../../test/helpers/server-process.ts';
import { PageCache, preparePageSync } from '../site/page-cache.ts';
import { createMetrics, listenForMetrics } from './metrics.ts';

describe('metrics on a port of their own', () => {
  const cache = new PageCache(1024 * 1024);
  const metrics = createMetrics({
    pageCache: cache,
    poolUse: () => ({ total: 4, idle: 3, waiting: 0 }),
    videoQueueDepth: async () => 2,
    scheduledPending: async () => 5,
  });
  let server: { close(): Promise<void> };
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    server = await listenForMetrics(metrics, port, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => server.close());

  it('serves /metrics with what the sources say at scrape time, and nothing else', async () => {
    cache.set('page:a', preparePageSync(200, '<p>a</p>'), ['doc:a']);
    cache.get('page:a');
    cache.get('page:missing');
    cache.invalidate(['doc:a']);
    metrics.observeVideoJob('done', 4_200);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    for (const line of [
      'ensemble_page_cache_hits_total 1',
      'ensemble_page_cache_misses_total 1',
      'ensemble_page_cache_evictions_total 1',
      'ensemble_page_cache_bytes 0',
      'ensemble_video_queue_depth 2',
      'ensemble_scheduled_changes_pending 5',
      'ensemble_db_pool_connections{state="idle"} 3',
      'ensemble_video_job_duration_seconds_count{outcome="done"} 1',
    ]) {
      expect(text).toContain(line);
    }
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});

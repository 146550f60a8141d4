import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { VideoWorkerHeartbeat } from '../../src/modules/video/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { mediaClient } from '../helpers/media-client.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const TOKEN = 'metrics-token-for-the-ops-test';

/** /healthz, /readyz, /metrics and request ids, over a real socket: ids are given where requests arrive. */
describeEachDatabase('health, metrics and request ids', (dialect) => {
  let site: TestSite;
  let base: string;
  let worker: VideoWorkerHeartbeat | undefined = { running: true, lastTickAt: Date.now(), busy: false };

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false, ops: { metricsToken: TOKEN, videoWorker: () => worker && { ...worker, intervalMs: 5_000 } } });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(site.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => site.close());

  it('answers /healthz and /readyz uncached, with every check named', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.json()).toEqual({ status: 'ok' });

    worker = { running: true, lastTickAt: Date.now(), busy: false };
    const ready = await fetch(`${base}/readyz`);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    const body = (await ready.json()) as { status: string; checks: Record<string, { ok: boolean; detail?: unknown }> };
    expect(ready.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'media', 'videoWorker']);
    expect(Object.values(body.checks).every((check) => check.ok)).toBe(true);
  });

  it('is not ready while the video worker is stopped or stuck, and again once it turns', async () => {
    worker = undefined;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    worker = { running: true, lastTickAt: Date.now() - 10 * 60_000, busy: false };
    const stuck = await fetch(`${base}/readyz`);
    expect(stuck.status).toBe(503);
    expect(((await stuck.json()) as { checks: { videoWorker: { ok: boolean } } }).checks.videoWorker.ok).toBe(false);
    // A long transcode leaves the tick old, and the worker is alive.
    worker = { running: true, lastTickAt: Date.now() - 10 * 60_000, busy: true };
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('is not ready on a database a newer version has migrated, and says which migration', async () => {
    worker = { running: true, lastTickAt: Date.now(), busy: false };
    await sql`insert into kysely_migration (name, timestamp) values ('29991231-0000-from-the-future', '2999-12-31T00:00:00.000Z')`.execute(site.database.db);
    try {
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { checks: { database: { ok: boolean; detail: { unknown: string[] } } } };
      expect(body.checks.database.detail.unknown).toEqual(['29991231-0000-from-the-future']);
    } finally {
      await sql`delete from kysely_migration where name = '29991231-0000-from-the-future'`.execute(site.database.db);
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('returns a request id: a proxy\'s safe one as given, a fresh one instead of anything else', async () => {
    const own = (await fetch(`${base}/healthz`)).headers.get('x-request-id');
    expect(own).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lb-7f3a9c21-0001' } })).headers.get('x-request-id')).toBe('lb-7f3a9c21-0001');
    for (const hostile of ['short', 'a b c d e f g h', '<script>alert(1)</script>', 'x'.repeat(65), '"quoted-value-1"']) {
      const id = (await fetch(`${base}/healthz`, { headers: { 'x-request-id': hostile } })).headers.get('x-request-id');
      expect(id).not.toBe(hostile);
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    }
  });

  it('writes the request id into the audit entry of what the request did, through a parsed form body', async () => {
    const editor = await mediaClient(site, 'editor');
    const signedOut = await fetch(`${base}/admin/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-request-id': 'audit-trace-0042' },
      body: `_csrf=${encodeURIComponent(editor.csrf)}`,
    });
    expect(signedOut.status).toBe(303);
    const { entries } = await site.audit.list({ action: 'session.signed-out', limit: 1 });
    expect(entries[0]?.requestId).toBe('audit-trace-0042');
    // Work done outside a request (here, by the test itself) carries none.
    expect((await site.audit.record({ actorId: null, action: 'test.outside-request' })).requestId).toBeNull();
  });

  it('serves Prometheus metrics to the bearer of the token only, labelled by route pattern', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all-no' } })).status).toBe(401);
    await fetch(`${base}/admin/videos/some-id-${Date.now()}`, { redirect: 'manual' });
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('ensemble_http_request_duration_seconds_count{route="/healthz",method="GET",status="200"}');
    expect(text).toContain('route="/admin/videos/:id"');
    expect(text).not.toMatch(/route="\/admin\/videos\/some-id/);
    for (const name of [
      'ensemble_page_cache_hits_total',
      'ensemble_page_cache_misses_total',
      'ensemble_page_cache_evictions_total',
      'ensemble_page_cache_bytes',
      'ensemble_video_queue_depth 0',
      'ensemble_scheduled_changes_pending 0',
      'ensemble_db_pool_connections{state="total"}',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('counts page-cache hits answered before Fastify', async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1]);
    };
    const hitsBefore = await metric('ensemble_page_cache_hits_total');
    await fetch(`${base}/robots.txt`);
    await fetch(`${base}/`);
    await fetch(`${base}/`);
    expect(await metric('ensemble_page_cache_hits_total')).toBeGreaterThan(hitsBefore);
  });
});

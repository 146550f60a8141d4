import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * Every back-office route declares its address parameters and its form as schemas (TypeBox, typed
 * handlers), and no handler casts request data; a schema refusal is answered with the back
 * office's own localised 400 page, after the access and form-token checks.
 */

/**
 * Files another change is rewriting at the same time (media library, image detail, videos, users,
 * account): their routes get their schemas in a later pass, so they are the known exceptions here.
 */
const PENDING_FILES = ['media.page.tsx', 'media-detail.page.tsx', 'videos.page.tsx', 'users.page.tsx', 'account.page.tsx'];
const PENDING_ROUTES = new Set([
  'GET /admin/media',
  'POST /admin/media',
  'GET /admin/media/:id',
  'POST /admin/media/:id',
  'GET /admin/videos',
  'POST /admin/videos',
  'GET /admin/videos/:id',
  'GET /admin/videos/:id/files/:name',
  'POST /admin/videos/:id/retry',
  'GET /admin/users',
  'POST /admin/users',
  'GET /admin/account',
  'POST /admin/account/password',
  'POST /admin/account/language',
  'POST /admin/account/time-zone',
  'POST /admin/account/sign-out-everywhere',
]);
/** Uploads keep their streaming multipart parser (media-upload.ts): only the address has a schema. */
const MULTIPART_ROUTES = new Set(['POST /admin/documents/:id/translations/:locale/captions', 'POST /admin/files', 'POST /admin/memory/import', 'POST /admin/jobs/:id/import']);

const ADMIN_SOURCE = join(import.meta.dirname, '../../src/http/admin');
const CASTS = ['request.params as', 'request.query as', 'request.body as', '(request.body ?? {}) as'];

describeEachDatabase('back-office route schemas', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor', { uiLocale: 'en' });
  });
  afterAll(() => site.close());

  it('declares params for every address parameter, a body for every urlencoded POST, and its responses', () => {
    const routes = site.app.adminRoutes.map((route) => ({ ...route, key: `${route.method} ${route.url}` }));
    const missing: string[] = [];
    for (const route of routes.filter((r) => !PENDING_ROUTES.has(r.key))) {
      const schema = (route.schema ?? {}) as { params?: { properties?: Record<string, unknown> }; body?: unknown; response?: unknown };
      const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const declared = Object.keys(schema.params?.properties ?? {});
      for (const name of names) if (!declared.includes(name)) missing.push(`${route.key}: params.${name}`);
      if (route.method === 'POST' && !MULTIPART_ROUTES.has(route.key) && schema.body === undefined) missing.push(`${route.key}: body`);
      if (schema.response === undefined) missing.push(`${route.key}: response`);
    }
    expect(missing).toEqual([]);
    // The exceptions name routes that exist, so the list cannot outlive them unnoticed.
    const keys = new Set(routes.map((r) => r.key));
    expect([...PENDING_ROUTES, ...MULTIPART_ROUTES].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('casts no request data in the back office (the files being rewritten elsewhere aside)', () => {
    const offending: string[] = [];
    for (const file of readdirSync(ADMIN_SOURCE, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file) || PENDING_FILES.some((name) => file.endsWith(name))) continue;
      readFileSync(join(ADMIN_SOURCE, file), 'utf8').split('\n').forEach((line, index) => {
        if (CASTS.some((cast) => line.includes(cast))) offending.push(`${relative(ADMIN_SOURCE, join(ADMIN_SOURCE, file))}:${index + 1}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('answers an absurd address parameter with the back office’s own 400 page, in the user’s language', async () => {
    const response = await editor.get(`/admin/documents/${'x'.repeat(300)}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Request not understood');
    expect(response.body.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('sends pages as they are rendered: a declared response schema does not serialise HTML', async () => {
    const response = await editor.get('/admin/tree');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('answers a form past its schema with the same page, and keeps an ordinary bad form for the handler', async () => {
    const refused = await editor.post(`/admin/tree/doc/move`, { direction: Array.from({ length: 10_001 }, () => 'up') });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Request not understood');
    // A value the schema allows but the handler does not: the tree page and its own message, as before.
    const handled = await editor.post(`/admin/tree/doc/move`, { direction: 'sideways', expectedVersion: '1' });
    expect(handled.statusCode).toBe(400);
    expect(handled.body).not.toContain('Request not understood');
  });

  it('checks access and the form token before the schema', async () => {
    const anonymous = await site.app.inject({ method: 'GET', url: `/admin/documents/${'x'.repeat(300)}` });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/admin\/sign-in\?next=/);
    const forged = await site.app.inject({
      method: 'POST',
      url: `/admin/tree/${'x'.repeat(300)}/move`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'direction=up',
    });
    expect(forged.statusCode).toBe(403);
  });
});

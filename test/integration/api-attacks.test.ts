import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/http/api/cursor.ts';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { projectRoot } from '../../src/platform/project-root.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * Every line of the hostile lists in every parameter of every delivery route: path parameters
 * (percent-encoded, and raw when the line is a plain URL token), each query parameter, and the
 * cursor both as sent and wrapped in a well-formed cursor. Oracle: never a 5xx; every 4xx is
 * problem+json; no body shows a stack trace or a file path. The full cross product (about 17,000
 * requests per database, nothing sampled) runs in chunks of lines, one test each.
 */
const LISTS = ['xss.txt', 'sqli.txt', 'path-traversal.txt', 'open-redirect.txt'] as const;

const enc = encodeURIComponent;
const SLOTS: readonly { readonly name: string; readonly url: (payload: string) => string }[] = [
  { name: 'getPage locale', url: (p) => `/api/v1/pages/${enc(p)}` },
  { name: 'getPage path', url: (p) => `/api/v1/pages/fr?path=${enc(p)}` },
  { name: 'listPageChildren locale', url: (p) => `/api/v1/pages/${enc(p)}/children` },
  { name: 'listPageChildren path', url: (p) => `/api/v1/pages/fr/children?path=${enc(p)}` },
  { name: 'listPageChildren cursor', url: (p) => `/api/v1/pages/fr/children?cursor=${enc(p)}` },
  { name: 'listPageChildren wrapped cursor', url: (p) => `/api/v1/pages/fr/children?cursor=${encodeCursor('children:x', [p, p])}` },
  { name: 'listPageChildren limit', url: (p) => `/api/v1/pages/fr/children?limit=${enc(p)}` },
  { name: 'getMenu menu', url: (p) => `/api/v1/menus/${enc(p)}?locale=fr` },
  { name: 'getMenu locale', url: (p) => `/api/v1/menus/main?locale=${enc(p)}` },
  { name: 'listFacts locale', url: (p) => `/api/v1/facts?locale=${enc(p)}` },
  { name: 'listLocales junk', url: (p) => `/api/v1/locales?${enc(p)}=${enc(p)}` },
  { name: 'listStories locale', url: (p) => `/api/v1/stories?locale=${enc(p)}` },
  { name: 'listStories cursor', url: (p) => `/api/v1/stories?locale=fr&cursor=${enc(p)}` },
  { name: 'listStories wrapped cursor', url: (p) => `/api/v1/stories?locale=fr&cursor=${encodeCursor('stories', [p, p])}` },
  { name: 'listStories limit', url: (p) => `/api/v1/stories?locale=fr&limit=${enc(p)}` },
  { name: 'search locale', url: (p) => `/api/v1/search?locale=${enc(p)}&q=migrants` },
  { name: 'search q', url: (p) => `/api/v1/search?locale=fr&q=${enc(p)}` },
  { name: 'search page', url: (p) => `/api/v1/search?locale=fr&q=migrants&page=${enc(p)}` },
  { name: 'search pageSize', url: (p) => `/api/v1/search?locale=fr&q=migrants&pageSize=${enc(p)}` },
];
/**
 * Path parameters also get the line unencoded when it is a plain URL token (traversals, encoded
 * tricks) and the address still names the API once dot segments are resolved: inject() resolves
 * them as a URL parser does, so /api/v1/pages/../../etc/passwd arrives as /etc/passwd, the site's.
 */
const RAW_SLOTS: readonly { readonly name: string; readonly url: (payload: string) => string }[] = [
  { name: 'getPage raw locale', url: (p) => `/api/v1/pages/${p}` },
  { name: 'listPageChildren raw locale', url: (p) => `/api/v1/pages/${p}/children` },
  { name: 'getMenu raw menu', url: (p) => `/api/v1/menus/${p}?locale=fr` },
];
const PLAIN_URL_TOKEN = /^[\x21-\x7e]+$/;
const staysInApi = (url: string) => new URL(url, 'http://api.test').pathname.startsWith('/api/v1/');
const BATCH = 50;
/** Lines per test: about 2,300 requests, 4–6 s on PostgreSQL, so a loaded machine stays under the 20 s limit. */
const CHUNK = 120;

describeEachDatabase('the delivery API under hostile input', (dialect) => {
  let site: TestSite;
  const root = projectRoot();
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  /** What is wrong with one answer, or undefined. */
  function problemWith(response: LightMyRequestResponse): string | undefined {
    if (response.statusCode >= 500) return `status ${response.statusCode}`;
    const type = String(response.headers['content-type'] ?? '');
    if (response.statusCode >= 400 && !type.startsWith('application/problem+json')) return `${response.statusCode} as ${type}`;
    if (/\n\s+at \S/.test(response.body) || response.body.includes(root) || response.body.includes('node_modules')) return 'stack trace or file path in the body';
    return undefined;
  }

  async function sendAll(urls: readonly { label: string; url: string; headers?: Record<string, string> }[]): Promise<string[]> {
    const failures: string[] = [];
    for (let i = 0; i < urls.length; i += BATCH) {
      const batch = urls.slice(i, i + BATCH);
      const responses = await Promise.all(batch.map(({ url, headers }) => site.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) })));
      responses.forEach((response, j) => {
        const wrong = problemWith(response);
        if (wrong) failures.push(`${batch[j]!.label}: ${wrong}`);
      });
    }
    return failures;
  }

  for (const list of LISTS) {
    const lines = readAttackList(list);
    for (let start = 0; start < lines.length; start += CHUNK) {
      const chunk = lines.slice(start, start + CHUNK);
      it(`survives lines ${start + 1}–${start + chunk.length} of ${list} in every parameter`, async () => {
        const requests = chunk.flatMap((line, i) => {
          const label = (name: string) => `${name} ← ${list} case ${start + i + 1}`;
          const raw = PLAIN_URL_TOKEN.test(line) && !/[?#]/.test(line) ? RAW_SLOTS.filter((slot) => staysInApi(slot.url(line))) : [];
          return [...SLOTS, ...raw].map((slot) => ({ label: label(slot.name), url: slot.url(line) }));
        });
        expect(await sendAll(requests)).toEqual([]);
      });
    }
  }

  describe('headers-and-misc.txt', () => {
    const lines = readAttackList('headers-and-misc.txt');
    const headerLines = lines.filter((l) => /^[A-Za-z-]+: /.test(l) && !l.includes('(') && !l.includes('\\r\\n'));
    const queryLines = lines.filter((l) => l.startsWith('?') && !l.includes('('));
    const pathLines = lines.filter((l) => l.startsWith('/') && !l.includes(' '));
    const targets = ['/api/v1/pages/fr?path=', '/api/v1/stories?locale=fr', '/api/v1/search?locale=fr&q=migrants', '/api/v1/menus/main?locale=fr'];

    it('survives every request header of the list, and never names another origin in an absolute URL', async () => {
      const failures: string[] = [];
      for (const line of headerLines) {
        const at = line.indexOf(': ');
        const headers = { [line.slice(0, at)]: line.slice(at + 2) };
        for (const url of targets) {
          const response = await site.app.inject({ method: 'GET', url, headers });
          const wrong = problemWith(response);
          if (wrong) failures.push(`${line} on ${url}: ${wrong}`);
          if (response.statusCode === 200) {
            // Absolute URLs always use the configured public origin, whatever Host or X-Forwarded-* say.
            const urls = response.body.match(/"url":"[^"]*"/g) ?? [];
            if (urls.some((u) => !u.startsWith(`"url":"${TEST_PUBLIC_URL}/`))) failures.push(`${line} on ${url}: foreign origin`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('answers the query strings and path spellings of the list with JSON or problem details, never a new header', async () => {
      const requests = [
        ...queryLines.flatMap((line) => targets.map((url) => ({ label: line, url: `${url}&${line.slice(1)}` }))),
        ...pathLines.map((line) => ({ label: line, url: `/api/v1${line}` })),
      ];
      expect(await sendAll(requests)).toEqual([]);
      for (const { url } of requests) {
        const response = await site.app.inject({ method: 'GET', url });
        expect(response.headers['set-cookie'], url).toBeUndefined();
        expect(response.headers['x-injected'], url).toBeUndefined();
      }
    });

    it('compares a thousand ETags in If-None-Match without trouble, and ignores a bearer token on delivery routes', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => `"tag-${i}"`).join(', ');
      const response = await site.app.inject({ url: '/api/v1/locales', headers: { 'if-none-match': many } });
      expect(response.statusCode).toBe(200);
      const bearer = await site.app.inject({ url: '/api/v1/locales', headers: { authorization: `Bearer ${'x'.repeat(16_000)}` } });
      expect(bearer.statusCode).toBe(200);
    });
  });
});

/**
 * The same lists against every parameter of the management routes, with a token that may write:
 * path parameters, If-Match, and the fields of each body. Oracle as above: no 5xx, problem+json
 * for every 4xx, no stack or file path. A payload that happens to be valid is simply saved.
 */
describeEachDatabase('the management API under hostile input', (dialect) => {
  let site: TestSite;
  let documentId: string;
  const root = projectRoot();
  // Each token may make 600 requests a minute: a fresh one per line keeps the 429 wall out of the way.
  const freshAuth = async () => {
    const { secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'hostile', scopes: ['read', 'write', 'publish'] });
    return { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  };

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    const created = await site.content.service.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: '', title: 'Accueil' }, actor: SYSTEM });
    documentId = created.document.id;
  });
  afterAll(() => site.close());

  type Shot = { label: string; method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; body?: unknown; headers?: Record<string, string> };
  const shotsFor = (p: string): Shot[] => {
    const translation = `/api/v1/documents/${documentId}/translations/fr`;
    const text = { slug: 'page', title: p, summary: p, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: p }] }] } };
    const headerSafe = !/[\u0000-\u001f\u007f-\uffff]/.test(p);
    return [
      { label: 'getDocument id', method: 'GET', url: `/api/v1/documents/${enc(p)}` },
      { label: 'getTranslation locale', method: 'GET', url: `/api/v1/documents/${documentId}/translations/${enc(p)}` },
      { label: 'takeWorkflowStep action', method: 'POST', url: `${translation}/${enc(p)}`, body: {}, headers: { 'if-match': '"1"' } },
      { label: 'takeWorkflowStep message', method: 'POST', url: `${translation}/request-changes`, body: { message: p }, headers: { 'if-match': '"1"' } },
      { label: 'saveTranslation text', method: 'PUT', url: translation, body: text, headers: { 'if-match': '"1"' } },
      { label: 'saveTranslation slug', method: 'PUT', url: translation, body: { ...text, slug: p, title: 'T' }, headers: { 'if-match': '"1"' } },
      { label: 'saveTranslation field', method: 'PUT', url: translation, body: { slug: '', title: 'T', fields: { [p]: p } }, headers: { 'if-match': '"1"' } },
      ...(headerSafe ? [{ label: 'saveTranslation If-Match', method: 'PUT' as const, url: translation, body: { slug: '', title: 'T' }, headers: { 'if-match': p } }] : []),
      { label: 'createDocument type', method: 'POST', url: '/api/v1/documents', body: { type: p, locale: 'fr', translation: { slug: 'x', title: 'x' } } },
      { label: 'createDocument parent', method: 'POST', url: '/api/v1/documents', body: { type: 'page', parentId: p, locale: 'fr', translation: { slug: 'x', title: 'x' } } },
      { label: 'updateDocument fields', method: 'PATCH', url: `/api/v1/documents/${documentId}`, body: { fields: { [p]: p } }, headers: { 'if-match': '"1"' } },
    ];
  };

  for (const list of LISTS) {
    const lines = readAttackList(list);
    for (let start = 0; start < lines.length; start += CHUNK) {
      const chunk = lines.slice(start, start + CHUNK);
      it(`survives lines ${start + 1}–${start + chunk.length} of ${list} in every management parameter`, async () => {
        const failures: string[] = [];
        const statuses = new Set<number>();
        for (const [i, line] of chunk.entries()) {
          const auth = await freshAuth();
          for (const shot of shotsFor(line)) {
            const response = await site.app.inject({
              method: shot.method,
              url: shot.url,
              headers: { ...auth, ...shot.headers },
              ...(shot.body === undefined ? {} : { payload: JSON.stringify(shot.body) }),
            });
            statuses.add(response.statusCode);
            const type = String(response.headers['content-type'] ?? '');
            const wrong =
              response.statusCode >= 500
                ? `status ${response.statusCode}`
                : response.statusCode >= 400 && !type.startsWith('application/problem+json')
                  ? `${response.statusCode} as ${type}`
                  : /\n\s+at \S/.test(response.body) || response.body.includes(root)
                    ? 'stack trace or file path'
                    : undefined;
            if (wrong) failures.push(`${shot.label} ← ${list} case ${start + i + 1}: ${wrong}`);
          }
        }
        expect(failures).toEqual([]);
        // The token works: the payloads reached validation and the operations, not a 401 wall.
        expect(statuses.has(401) || statuses.has(429)).toBe(false);
        expect([...statuses].some((s) => s === 400 || s === 404)).toBe(true);
      }, 60_000);
    }
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPage, publishedPageWithoutArabic, savePublished } from '../helpers/content-fixtures.ts';
import { attr, findAll, findFirst, textOf } from '../helpers/html.ts';
import { parse } from 'parse5';
import { describeEachDatabase } from '../helpers/test-database.ts';

interface OpenApiOperation {
  readonly operationId?: string;
  readonly tags?: readonly string[];
  readonly summary?: string;
  readonly responses?: Readonly<Record<string, unknown>>;
  readonly security?: unknown;
}

describeEachDatabase('the JSON API: routing, redirects, CORS, OpenAPI and reference pages', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

  describe('delivery', () => {
    it('answers an old path of a renamed page with 301 to the operation at its current path', async () => {
      const page = await publishedPage(site, null, 'ancien-nom', 'Renommée');
      const t = (await site.content.service.findTranslation(page.id, 'fr'))!;
      await savePublished(site, { documentId: page.id, locale: 'fr', expectedVersion: t.version, translation: { slug: 'nouveau-nom', title: t.title }, actor: SYSTEM_ACTOR });
      const moved = await get('/api/v1/pages/fr?path=ancien-nom');
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe('/api/v1/pages/fr?path=nouveau-nom');
      expect(moved.json()).toEqual({ locale: 'fr', path: 'nouveau-nom', location: '/api/v1/pages/fr?path=nouveau-nom' });
      expect((await get(String(moved.headers.location))).json()).toMatchObject({ id: page.id, title: 'Renommée' });
    });

    it('leaves an untranslated page out when the fallback policy is hide', async () => {
      const { arPath } = await publishedPageWithoutArabic(site, 'governance-documents', 'Governance documents');
      await site.settings.setFallbackPolicy({ policy: 'hide', actor: SYSTEM_ACTOR });
      try {
        const hidden = await get(`/api/v1/pages/ar?path=${arPath}`);
        expect(hidden.statusCode).toBe(404);
        expect(hidden.json()).toMatchObject({ code: 'HTTP_NOT_FOUND', status: 404 });
        expect((await get('/api/v1/locales')).json()).toMatchObject({ fallbackPolicy: 'hide' });
      } finally {
        await site.settings.setFallbackPolicy({ policy: 'show', actor: SYSTEM_ACTOR });
      }
    });

    it('opens every delivery answer to any origin, errors included, and answers the preflight', async () => {
      for (const url of ['/api/v1/locales', '/api/v1/pages/zz']) {
        const response = await get(url, { origin: 'https://partner.example' });
        expect(response.headers['access-control-allow-origin'], url).toBe('*');
        expect(response.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
      }
      const preflight = await site.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/pages/fr?path=',
        headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('*');
      expect(preflight.headers['access-control-allow-methods']).toContain('GET');
      expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('if-none-match');
    });

    it('answers an unknown address or method under /api/v1 with problem details, not the site\'s page', async () => {
      for (const [method, url] of [['GET', '/api/v1/nothing'], ['GET', '/api/v1/pages/fr/children/more'], ['POST', '/api/v1/locales'], ['DELETE', '/api/v1/pages/fr']] as const) {
        const response = await site.app.inject({ method, url });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.headers['content-type'], `${method} ${url}`).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ code: 'HTTP_NOT_FOUND', type: '/api/v1/errors#HTTP_NOT_FOUND' });
      }
      expect((await get('/api/v1')).headers.location).toBe('/api/v1/docs');
    });

    it('gives a 304 the same ETag and caching headers, and a changed body a new ETag', async () => {
      const first = await get('/api/v1/facts?locale=fr');
      const notModified = await get('/api/v1/facts?locale=fr', { 'if-none-match': `W/${first.headers.etag}` });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.headers['cache-control']).toBe(first.headers['cache-control']);
      expect((await get('/api/v1/facts?locale=en')).headers.etag).not.toBe(first.headers.etag);
    });
  });

  describe('OpenAPI document', () => {
    it('describes only the API, each operation with an id, a tag, a summary and its errors as problem details', async () => {
      const doc = (await get('/api/v1/openapi.json')).json();
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.servers).toEqual([{ url: '/api/v1', description: 'This site' }]);
      expect(doc.components.schemas.Problem.properties).toHaveProperty('code');
      expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
      const operations: OpenApiOperation[] = Object.values(doc.paths as Record<string, Record<string, OpenApiOperation>>).flatMap((item) => Object.values(item));
      expect(operations.map((o) => o.operationId).sort()).toEqual([
        'cancelScheduledChange', 'createDocument', 'createTranslationJob', 'exportTranslationJob', 'getDocument', 'getMenu', 'getPage', 'getTranslation', 'getTranslationJob',
        'importTranslationJob', 'listFacts', 'listLocales', 'listPageChildren', 'listScheduledChanges', 'listStories', 'listTranslationJobs', 'putCaptionTrack', 'saveTranslation',
        'scheduleChange', 'search', 'takeWorkflowStep', 'updateDocument', 'uploadFile', 'uploadImage',
      ]);
      const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
      for (const op of operations) {
        expect(op.tags?.length, op.operationId).toBeGreaterThan(0);
        expect(op.summary, op.operationId).toBeTruthy();
        if (op.tags?.includes('management')) {
          // Token operations: never cached, and every refusal a token can meet is declared.
          expect(op.security, op.operationId).toEqual([{ bearerAuth: [] }]);
          for (const status of ['401', '403', '429', '500']) expect(op.responses?.[status], `${op.operationId} ${status}`).toMatchObject(problem);
        } else {
          expect(op.responses?.['304'], op.operationId).toBeDefined();
          expect(op.responses?.['4XX'], op.operationId).toMatchObject(problem);
        }
      }
      expect(Object.keys(doc.paths).every((p) => !p.startsWith('/api') && !p.includes('admin') && !p.includes('docs'))).toBe(true);
    });
  });

  describe('reference pages', () => {
    it('renders the reference from the document: operations grouped by tag, parameter and response tables with headers, no script', async () => {
      const response = await get('/api/v1/docs');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      const root = parse(response.body);
      expect(attr(findFirst(root, 'html')!, 'lang')).toBe('en');
      expect(findAll(root, 'script')).toHaveLength(0);
      expect(findAll(root, 'h1')).toHaveLength(1);
      const headings = findAll(root, 'h3').map(textOf).join('\n');
      expect(headings).toContain('GET /api/v1/pages/{locale}/children');
      expect(findAll(root, 'h2').map(textOf)).toEqual(expect.arrayContaining(['pages', 'site', 'stories', 'search', 'Schemas']));
      for (const table of findAll(root, 'table')) {
        expect(findAll(table, 'caption')).toHaveLength(1);
        expect(findAll(table, 'th').length).toBeGreaterThan(0);
      }
    });

    it('lists every error code with an anchor a problem\'s type links to', async () => {
      const root = parse((await get('/api/v1/errors')).body);
      const ids = findAll(root, 'tr').map((tr) => attr(tr, 'id')).filter((id) => id !== undefined);
      expect(ids).toEqual(expect.arrayContaining(['HTTP_BAD_REQUEST', 'HTTP_NOT_FOUND', 'INTERNAL_ERROR', 'CONTENT_DOCUMENT_NOT_FOUND', 'SEARCH_QUERY_TOO_LONG']));
    });
  });
});

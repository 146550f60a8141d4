import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { CONTENT_INVALID, createContentModule, findContentType, SYSTEM_ACTOR, type ContentModule } from '../index.ts';

const actor = SYSTEM_ACTOR;

describeEachDatabase('publication content type', (dialect) => {
  let database: Database;
  let content: ContentModule;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-12-03T10:00:00Z') });
  });
  afterEach(() => database.close());

  const problems = async (work: Promise<unknown>) => {
    const error = await work.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: CONTENT_INVALID });
    return (error as { details: { path: string; message: string }[] }).details;
  };

  it('is routable, with a shared date and cover and a PDF per translation', () => {
    const type = findContentType('publication')!;
    expect(type.routable).toBe(true);
    expect(type.sharedFields.map((f) => [f.name, f.kind])).toEqual([['publishedOn', 'date'], ['image', 'image']]);
    expect(type.translatableFields.map((f) => [f.name, f.kind])).toEqual([['pdf', 'file']]);
  });

  it('stores a dated publication with a different PDF in each locale, with a revision per save', async () => {
    const doc = await content.service.createDocument({ type: 'publication', parentId: null, fields: { publishedOn: '2019-12-02', image: 'img-1' }, actor });
    for (const [locale, pdf] of [['fr', 'file-fr'], ['en', 'file-en']] as const) {
      const saved = await content.service.saveTranslation({ documentId: doc.id, locale, expectedVersion: 0, translation: { slug: `p-${locale}`, title: `P ${locale}`, fields: { pdf } }, actor });
      expect(saved.fields.pdf).toBe(pdf);
      expect((await content.service.listRevisions(doc.id, locale)).length).toBeGreaterThan(0);
    }
    // A translation without its PDF yet is allowed: the page offers the other languages'.
    const es = await content.service.saveTranslation({ documentId: doc.id, locale: 'es', expectedVersion: 0, translation: { slug: 'p-es', title: 'P es' }, actor });
    expect(es.fields.pdf).toBeUndefined();
  });

  it('refuses a missing or impossible date and a PDF value that is not a file id', async () => {
    expect(await problems(content.service.createDocument({ type: 'publication', parentId: null, fields: {}, actor }))).toEqual([{ path: 'fields.publishedOn', message: 'is required' }]);
    expect(await problems(content.service.createDocument({ type: 'publication', parentId: null, fields: { publishedOn: '2019-02-30' }, actor }))).toEqual([
      { path: 'fields.publishedOn', message: 'must be a date as YYYY-MM-DD' },
    ]);
    const doc = await content.service.createDocument({ type: 'publication', parentId: null, fields: { publishedOn: '2019-12-02' }, actor });
    for (const pdf of ['../../etc/passwd', 'a b', 'x'.repeat(65), 42, ['file-1']]) {
      const details = await problems(content.service.saveTranslation({ documentId: doc.id, locale: 'fr', expectedVersion: 0, translation: { slug: 'p', title: 'P', fields: { pdf } }, actor }));
      expect(details, JSON.stringify(pdf)).toEqual([{ path: 'fields.pdf', message: 'must be a file id' }]);
    }
  });
});

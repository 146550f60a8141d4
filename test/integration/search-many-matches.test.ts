import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSearchRepository, type SearchRepository } from '../../src/modules/search/search.repository.ts';
import { normaliseText, parseQuery } from '../../src/modules/search/search-text.ts';
import type { SearchDocument } from '../../src/modules/search/search.types.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../helpers/test-database.ts';

/**
 * Past FULLY_RANKED_MATCHES a query is ranked on titles and summaries only (the bodies of thousands
 * of matches are too costly to read); here that limit is 3, with 8 documents matching "harbour".
 */

const entry = (n: number, title: string, summary: string, body: string): SearchDocument => ({
  documentId: `doc-${n}`,
  locale: 'en',
  type: 'page',
  path: `page-${n}`,
  title,
  summary,
  body,
  folded: { title: normaliseText(title, 'en'), summary: normaliseText(summary, 'en'), body: normaliseText(body, 'en') },
});

const DOCUMENTS = [
  entry(1, 'Quarterly report', 'Numbers for the year', 'The harbour was quiet.'),
  entry(2, 'The harbour', 'A history of the harbour and the harbour master', 'Ships came and went.'),
  entry(3, 'Fishing fleets', 'Boats at the harbour', 'Nets and ropes.'),
  entry(4, 'Annual meeting', 'Members met', 'They spoke of the harbour, the harbour fees and the harbour wall.'),
  entry(5, 'Weather notes', 'Rain', 'A storm reached the harbour.'),
  entry(6, 'Harbour lights', 'Lamps along the quay', 'The harbour at night.'),
  entry(7, 'Trade routes', 'Goods', 'Cargo left the harbour.'),
  entry(8, 'Old maps', 'Coastlines', 'The harbour is drawn in red.'),
  entry(9, 'Mountain walks', 'Paths', 'Far from the sea.'),
];

describeEachDatabase('search with more matches than are fully ranked', (dialect) => {
  let database: Database;
  let store: SearchRepository;
  const search = (query: string, offset: number, limit: number) => store.query({ locale: 'en', units: parseQuery(query, 'en'), type: undefined, limit, offset });

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    store = createSearchRepository(database.db, { rankedMatches: 3 });
    await store.replace(DOCUMENTS.map((d) => d.documentId), DOCUMENTS);
  }, 60_000);
  afterAll(() => database?.close());

  it('counts every match and puts the title and summary matches first, best first', async () => {
    const first = await search('harbour', 0, 3);
    expect(first.total).toBe(8);
    // Title and summary both name it, then the title alone (shorter), then the summary alone.
    expect(first.rows.map((r) => r.documentId)).toEqual(['doc-2', 'doc-6', 'doc-3']);
  });

  it('pages through all matches without repeats or gaps', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 10; offset += 3) seen.push(...(await search('harbour', offset, 3)).rows.map((r) => r.documentId));
    // The body-only matches follow unranked in a stable order (SQLite: newest first; PostgreSQL:
    // by document id; the same here). Ranked on the body, doc-4's three mentions would come first.
    expect(seen).toEqual(['doc-2', 'doc-6', 'doc-3', 'doc-8', 'doc-7', 'doc-5', 'doc-4', 'doc-1']);
  });

  it('ranks on every field while the matches are few enough', async () => {
    // "harbour fees" matches one document, by its body alone.
    const few = await search('harbour fees', 0, 10);
    expect(few.total).toBe(1);
    expect(few.rows.map((r) => r.documentId)).toEqual(['doc-4']);
  });
});

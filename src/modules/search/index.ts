/** @module search — the full-text index of published translations (SQLite FTS5 or PostgreSQL tsvector) and the search over it. */
import type { LocaleSource } from '../locales/index.ts';
import type { ContentReader } from '../content/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { createSearchRepository, type SearchTables } from './search.repository.ts';
import { createSearchService } from './search.service.ts';

export function createSearchModule({ db, reader, locales }: { db: Db; reader: ContentReader; locales?: LocaleSource }) {
  return createSearchService({ repo: createSearchRepository(db), reader, ...(locales ? { locales } : {}) });
}

export type SearchModule = ReturnType<typeof createSearchModule>;
export type { SearchHit, SearchInput, SearchResult, SnippetSegment } from './search.types.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, SEARCHABLE_TYPES } from './search.service.ts';
export { MAX_QUERY_LENGTH } from './search-text.ts';
export * from './search.errors.ts';

/**
 * The tables only this module queries (test/boundaries.test.ts): its entries and state, and on
 * SQLite one FTS5 table per locale, named in raw SQL only.
 */
export const OWNED_TABLES = ['searchEntries', 'searchState', 'search_fts_fr', 'search_fts_en', 'search_fts_es', 'search_fts_ar'] as const satisfies readonly (
  | keyof SearchTables
  | `search_fts_${string}`
)[];

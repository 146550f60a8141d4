/** @module search — the full-text index of published translations (SQLite FTS5 or PostgreSQL tsvector) and the search over it. */
import type { ContentReader } from '../content/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { createSearchRepository } from './search.repository.ts';
import { createSearchService } from './search.service.ts';

export function createSearchModule({ db, reader }: { db: Db; reader: ContentReader }) {
  return createSearchService({ repo: createSearchRepository(db), reader });
}

export type SearchModule = ReturnType<typeof createSearchModule>;
export type { SearchHit, SearchInput, SearchResult, SnippetSegment } from './search.types.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, SEARCHABLE_TYPES } from './search.service.ts';
export { MAX_QUERY_LENGTH } from './search-text.ts';
export * from './search.errors.ts';

/** @module search — the full-text index of published translations (SQLite FTS5 or PostgreSQL tsvector) and the search over it. */
import type { ContentReader } from '../content/index.ts';
import type { Db } from '../../platform/db/database.ts';
import type { FactFormatter } from './search-document.ts';
import { createSearchRepository, type SearchTables } from './search.repository.ts';
import { createSearchService } from './search.service.ts';

/**
 * `listLocales` gives the site's locales at each reindex; `formatFact` writes a key figure as
 * pages do, so the index holds what visitors read. `prepareLocale(tag)` on the module makes a new
 * locale's index at once (indexing and searching make it too, on first use).
 */
export function createSearchModule({ db, reader, listLocales, formatFact }: { db: Db; reader: ContentReader; listLocales: () => readonly string[] | Promise<readonly string[]>; formatFact: FactFormatter }) {
  return createSearchService({ repo: createSearchRepository(db), reader, listLocales, formatFact });
}

export type SearchModule = ReturnType<typeof createSearchModule>;
export type { SearchHit, SearchInput, SearchResult, SnippetSegment } from './search.types.ts';
export type { FactFormatter } from './search-document.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, SEARCHABLE_TYPES } from './search.service.ts';
export { MAX_QUERY_LENGTH } from './search-text.ts';
export * from './search.errors.ts';

/**
 * The tables only this module queries (test/boundaries.test.ts): its entries and state, and on
 * SQLite one FTS5 table per locale, named in raw SQL only (those of locales added later are made
 * on demand: search_fts_<tag in lower case, '-' as '_'>).
 */
export const OWNED_TABLES = ['searchEntries', 'searchState', 'searchReferences', 'search_fts_fr', 'search_fts_en', 'search_fts_es', 'search_fts_ar'] as const satisfies readonly (
  | keyof SearchTables
  | `search_fts_${string}`
)[];

/**
 * Whether a table (its SQL name) belongs to the index: everything in it is rebuilt from the
 * published translations, and its shape differs between the databases (FTS5, tsvector), so a
 * backup leaves it out and a restore rebuilds it (`rebuild`).
 */
export function isSearchIndexTable(sqlName: string): boolean {
  return ['search_entries', 'search_state', 'search_references'].includes(sqlName) || sqlName.startsWith('search_fts_');
}

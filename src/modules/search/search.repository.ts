import { SqliteAdapter, type Kysely } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import { createPostgresSearchStore } from './postgres-tsvector.repository.ts';
import type { QueryUnit } from './search-text.ts';
import type { SearchDocument } from './search.types.ts';
import { createSqliteSearchStore } from './sqlite-fts.repository.ts';

/** The search module's tables as Kysely sees them; `id` and `tsv` exist on one dialect each. */
export type SearchTables = {
  searchEntries: {
    id?: number;
    documentId: string;
    locale: string;
    type: string;
    path: string;
    title: string;
    summary: string;
    body: string;
  };
  searchState: { key: string; value: string };
  searchReferences: { reference: string; documentId: string };
};
export type SearchDb = Kysely<SearchTables>;

export interface StoreQuery {
  readonly locale: string;
  readonly units: readonly QueryUnit[];
  readonly type: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface StoredHit {
  readonly documentId: string;
  readonly type: string;
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
}

/**
 * Up to this many matches, a query's matches are ranked on every field. Past it, ranking reads
 * titles and summaries only: matches there come first, best first, and the others follow unranked
 * in a stable order (SQLite: the most recently indexed first). Ranking on the body reads each
 * match's whole index entry (a tsvector of several kilobytes, an FTS5 position list): for a common
 * word's 5,000 matches that took 50–100 ms, where the title and summary take a few.
 */
export const FULLY_RANKED_MATCHES = 200;

export interface EngineOptions {
  /** FULLY_RANKED_MATCHES unless a test needs a small number. */
  readonly rankedMatches?: number;
}

/** What differs between the engines: how entries are written and how they are matched and ranked. */
export interface SearchEngine {
  /**
   * Makes the locale's full-text index (FTS5 table, or partial GIN index and text search
   * configuration) if it is not there yet; idempotent, and done once per process and locale.
   * `replace` and `query` call it themselves.
   * @throws SEARCH_INVALID_LOCALE for a tag that is not BCP 47
   */
  prepareLocale(locale: string): Promise<void>;
  /**
   * Replaces every entry of these documents with `entries` (which may be empty), atomically; with
   * `locales`, only the entries in those locales (the others stay, and references are only added).
   */
  replace(documentIds: readonly string[], entries: readonly SearchDocument[], locales?: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  query(query: StoreQuery): Promise<{ total: number; rows: StoredHit[] }>;
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;

/** The only SQL of the search module: shared reads here, the engine per dialect. */
export function createSearchRepository(appDb: Db, options: EngineOptions = {}) {
  const db: SearchDb = appDb.withTables<SearchTables>();
  const ranked = options.rankedMatches ?? FULLY_RANKED_MATCHES;
  const engine = db.getExecutor().adapter instanceof SqliteAdapter ? createSqliteSearchStore(db, ranked) : createPostgresSearchStore(db, ranked);
  return {
    ...engine,

    /** Where these documents' entries point, in `locales` only when given (one row per entry read, not forty). */
    async listPaths(documentIds: readonly string[], locales?: readonly string[]): Promise<{ documentId: string; locale: string; path: string }[]> {
      if (documentIds.length === 0 || locales?.length === 0) return [];
      return db
        .selectFrom('searchEntries')
        .select(['documentId', 'locale', 'path'])
        .where('documentId', 'in', [...documentIds])
        .$if(locales !== undefined, (q) => q.where('locale', 'in', [...(locales ?? [])]))
        .execute();
    },

    /** Documents whose pages show one of these documents, or list one of these types ('type:office'). */
    async listDocumentIdsShowing(references: readonly string[]): Promise<string[]> {
      if (references.length === 0) return [];
      const rows = await db.selectFrom('searchReferences').select('documentId').distinct().where('reference', 'in', [...references]).execute();
      return rows.map((r) => r.documentId);
    },

    /** Documents whose path in the locale lies under `path` (its descendants in the page tree). */
    async listDocumentIdsUnder(locale: string, path: string): Promise<string[]> {
      const prefix = `${path}/`;
      const rows = await db
        .selectFrom('searchEntries')
        .select('documentId')
        .where('locale', '=', locale)
        // substr, not LIKE: a path's own characters are never read as wildcards.
        .where((eb) => eb(eb.fn('substr', ['path', eb.val(1), eb.val([...prefix].length)]), '=', prefix))
        .execute();
      return rows.map((r) => r.documentId);
    },

    async countEntries(): Promise<number> {
      const row = await db.selectFrom('searchEntries').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async getState(key: string): Promise<string | undefined> {
      return (await db.selectFrom('searchState').select('value').where('key', '=', key).executeTakeFirst())?.value;
    },

    async setState(key: string, value: string): Promise<void> {
      await db
        .insertInto('searchState')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}

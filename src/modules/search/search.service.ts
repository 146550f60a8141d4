import { CONTENT_TYPES, type ContentReader } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { invalidType, queryTooLong } from './search.errors.ts';
import type { SearchRepository } from './search.repository.ts';
import { loadPageReferences, toSearchDocument, type FactFormatter } from './search-document.ts';
import { MAX_QUERY_LENGTH, parseQuery } from './search-text.ts';
import { buildSnippet } from './search-snippet.ts';
import type { SearchDocument, SearchInput, SearchResult } from './search.types.ts';

export const MAX_PAGE = 100;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;
/** Only routable types have an address a hit can link to. */
export const SEARCHABLE_TYPES: readonly string[] = [...CONTENT_TYPES.values()].filter((t) => t.routable).map((t) => t.name);
// Bump when folding or what is indexed changes: the index is rebuilt at the next start.
// 3: other scripts' digits and marks; segmented Chinese, Japanese, Thai…; arabic stemming on PostgreSQL.
// 4: key figures and names as pages show them, and what each page shows (search_references).
const INDEX_VERSION = '4';
const BATCH = 100;
const MAX_CASCADE = 10_000;

export type SearchService = ReturnType<typeof createSearchService>;

export interface SearchServiceDeps {
  readonly repo: SearchRepository;
  readonly reader: ContentReader;
  /** The site's locales now (locales are data: one added at run time is indexed from its next reindex). */
  readonly listLocales: () => readonly string[] | Promise<readonly string[]>;
  readonly formatFact: FactFormatter;
}

export function createSearchService({ repo, reader, listLocales, formatFact }: SearchServiceDeps) {
  /** `only`: redo these locales' entries and leave the others (a draft saved in one of forty). */
  async function reindexBatch(documentIds: readonly string[], only?: readonly string[]): Promise<{ indexed: number; moved: string[] }> {
    const entries: SearchDocument[] = [];
    const types = new Set<string>();
    const configured = await listLocales();
    const locales = only ? configured.filter((l) => only.includes(l)) : configured;
    for (const locale of locales) {
      // Each locale's own published translation only: the index never holds a fallback.
      const docs = await reader.findManyById(documentIds, locale as LocaleCode, { fallback: 'hide' });
      docs.forEach((doc) => types.add(`type:${doc.document.type}`));
      const refs = await loadPageReferences(reader, docs, locale);
      for (const doc of docs) {
        const entry = toSearchDocument(doc, refs, formatFact, SEARCHABLE_TYPES);
        if (entry) entries.push(entry);
      }
    }
    const before = await repo.listPaths(documentIds, only ? locales : undefined);
    await repo.replace(documentIds, entries, only ? locales : undefined);
    // A page whose path changed moved everything under it; their entries must follow.
    const moved: string[] = [];
    for (const old of before) {
      if (old.path === '') continue;
      const now = entries.find((e) => e.documentId === old.documentId && e.locale === old.locale);
      if (now && now.path !== old.path) moved.push(...(await repo.listDocumentIdsUnder(old.locale, old.path)));
    }
    // Pages that show these documents (a key figure, a person, an office in a listing) read differently now.
    moved.push(...(await repo.listDocumentIdsShowing([...documentIds, ...types])));
    return { indexed: entries.length, moved };
  }

  /**
   * Reindexes the documents (in `only` locales when given), then what their change moved or showed,
   * in every locale: a page in Spanish may show an English key figure through its fallback.
   */
  async function reindexAll(documentIds: readonly string[], only?: readonly string[]): Promise<number> {
    let queue = [...new Set(documentIds)];
    let indexed = 0;
    const done = new Set<string>();
    const first = new Set(queue);
    while (queue.length > 0 && done.size < MAX_CASCADE) {
      const batch = queue.slice(0, BATCH);
      queue = queue.slice(BATCH);
      batch.forEach((id) => done.add(id));
      const result = only && batch.every((id) => first.has(id)) ? await reindexBatch(batch, only) : await reindexBatch(batch);
      indexed += result.indexed;
      queue.push(...new Set(result.moved.filter((id) => !done.has(id) && !queue.includes(id))));
    }
    return indexed;
  }

  return {
    /**
     * Makes the locale's full-text index if it is not there yet (idempotent); indexing and searching
     * a locale do it themselves, and the locales module calls it when a locale is added.
     * @throws SEARCH_INVALID_LOCALE for a tag that is not BCP 47
     */
    prepareLocale: (locale: string) => repo.prepareLocale(locale),

    /**
     * Brings the entries of these documents in line with their published translations (unpublished
     * ones leave); in `locales` only when given, the others' entries staying as they are.
     */
    async reindex(documentIds: readonly string[], locales?: readonly string[]): Promise<void> {
      if (documentIds.length === 0) return;
      await reindexAll(documentIds, locales);
    },

    /** Empties the index and indexes every published translation; returns how many entries it holds. */
    async rebuild(): Promise<number> {
      const ids: string[] = [];
      for (const type of SEARCHABLE_TYPES) ids.push(...(await reader.listDocumentsByType(type)).map((d) => d.id));
      await repo.clear();
      const indexed = await reindexAll(ids);
      await repo.setState('version', INDEX_VERSION);
      return indexed;
    },

    /** Rebuilds once when the index was made by other rules (or before the index existed); for start-up. */
    async ensureCurrent(): Promise<number | undefined> {
      if ((await repo.getState('version')) === INDEX_VERSION) return undefined;
      return this.rebuild();
    },

    /**
     * Published translations in the locale matching every word and phrase of the query, best first.
     * @throws SEARCH_QUERY_TOO_LONG past MAX_QUERY_LENGTH characters
     * @throws SEARCH_INVALID_TYPE for a type that is not a routable content type
     */
    async search(input: SearchInput): Promise<SearchResult> {
      if (input.query.length > MAX_QUERY_LENGTH) throw queryTooLong(input.query.length);
      if (input.type !== undefined && !SEARCHABLE_TYPES.includes(input.type)) throw invalidType(input.type);
      const page = clamp(input.page ?? 1, 1, MAX_PAGE);
      const pageSize = clamp(input.pageSize ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
      const units = parseQuery(input.query, input.locale);
      if (units.length === 0) return { total: 0, page, pageSize, hits: [] };
      const { total, rows } = await repo.query({ locale: input.locale, units, type: input.type, limit: pageSize, offset: (page - 1) * pageSize });
      return {
        total,
        page,
        pageSize,
        hits: rows.map((row) => ({
          documentId: row.documentId,
          locale: input.locale,
          type: row.type,
          path: row.path,
          title: row.title,
          snippet: buildSnippet([row.summary, row.body], units, input.locale),
        })),
      };
    },

    countEntries: () => repo.countEntries(),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

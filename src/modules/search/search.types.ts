
/** A run of snippet text; `highlighted` runs answer the query. Plain text, never HTML. */
export interface SnippetSegment {
  readonly text: string;
  readonly highlighted: boolean;
}

export interface SearchInput {
  readonly locale: string;
  readonly query: string;
  /** A routable content type; undefined searches them all. */
  readonly type?: string;
  /** 1-based; clamped to 1…MAX_PAGE. */
  readonly page?: number;
  /** Clamped to 1…MAX_PAGE_SIZE. */
  readonly pageSize?: number;
}

export interface SearchHit {
  readonly documentId: string;
  readonly locale: string;
  readonly type: string;
  /** Public path in the locale, without the locale prefix ("" for the home page). */
  readonly path: string;
  readonly title: string;
  readonly snippet: readonly SnippetSegment[];
}

export interface SearchResult {
  readonly total: number;
  /** The page and page size actually used, after clamping. */
  readonly page: number;
  readonly pageSize: number;
  readonly hits: readonly SearchHit[];
}

/** One published translation as the index holds it: original text for snippets, folded text for matching. */
export interface SearchDocument {
  readonly documentId: string;
  readonly locale: string;
  readonly type: string;
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** Body, story transcript and caption text, as plain text. */
  readonly body: string;
  readonly folded: { readonly title: string; readonly summary: string; readonly body: string };
  /**
   * What the page shows of other documents (ids of the facts and people it shows, the offices it
   * lists) and 'type:fact' / 'type:office' when it lists a whole type: a change to one of them
   * reindexes this page.
   */
  readonly references?: readonly string[];
}

import { sql } from 'kysely';
import { checkLocaleTag, ginIndexName, languageOf, POSTGRES_CONFIGS } from './search-locale.ts';
import { writeReferences } from './search-references.ts';
import { MAX_SCANNED_CHARS } from './search-snippet.ts';
import { MIN_PREFIX_LENGTH, type QueryUnit } from './search-text.ts';
import type { SearchDb, SearchEngine, StoredHit, StoreQuery } from './search.repository.ts';

/**
 * PostgreSQL full text: a tsvector per entry (title weight A, summary B, body D) built with the
 * locale's configuration from the folded text, a GIN index per locale, ts_rank for order; a second,
 * small tsvector of title and summary alone tells which matches to rank first.
 *
 * The configuration is the Snowball stemmer of the tag's language when the server has it (russian
 * for 'ru', portuguese for 'pt-BR', arabic for 'ar' on text already folded in JS), 'simple'
 * otherwise. The GIN indexes of fr, en, es and ar come from the migrations; any other locale's is
 * made the first time the locale is indexed or searched.
 */
export function createPostgresSearchStore(db: SearchDb, rankedMatches: number): SearchEngine {
  const configs = new Map<string, string>();
  let installed: Promise<Set<string>> | undefined;

  async function prepareLocale(locale: string): Promise<void> {
    if (configs.has(locale)) return;
    checkLocaleTag(locale);
    installed ??= sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(db).then(({ rows }) => new Set(rows.map((r) => r.cfgname)));
    const wanted = POSTGRES_CONFIGS[languageOf(locale)];
    const config = wanted !== undefined && (await installed).has(wanted) ? wanted : 'simple';
    // The partial index a query of this locale is planned on; written at once, as the others (see
    // 20261129-1100). Looked up first: even "if not exists" locks the table against writes.
    // Two instances may make it at the same moment: the second finds it made.
    const name = ginIndexName(locale);
    const found = await sql<{ found: string | null }>`select to_regclass(${name})::text as found`.execute(db);
    if (found.rows[0]?.found == null) {
      try {
        await sql`create index if not exists ${sql.id(name)} on search_entries using gin (tsv) with (fastupdate = off)
          where locale = ${sql.lit(locale)}`.execute(db);
      } catch (error) {
        if (!isAlreadyThere(error)) throw error;
      }
    }
    configs.set(locale, config);
  }

  const configOf = (locale: string) => configs.get(locale) ?? 'simple';

  return {
    prepareLocale,

    async replace(documentIds, entries, locales) {
      if (documentIds.length === 0) return;
      for (const locale of new Set(entries.map((e) => e.locale))) await prepareLocale(locale);
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('searchEntries')
          .where('documentId', 'in', [...documentIds])
          .$if(locales !== undefined, (q) => q.where('locale', 'in', [...(locales ?? [])]))
          .execute();
        for (const entry of entries) {
          const config = configOf(entry.locale);
          const { title, summary, body } = entry.folded;
          // Two saves of one document may reindex at once: the later write wins instead of failing.
          const head = sql`setweight(to_tsvector(${config}::regconfig, ${title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${summary}), 'B')`;
          await sql`insert into search_entries (document_id, locale, type, path, title, summary, body, tsv, tsv_head)
            values (${entry.documentId}, ${entry.locale}, ${entry.type}, ${entry.path}, ${entry.title}, ${entry.summary}, ${entry.body},
              ${head} || setweight(to_tsvector(${config}::regconfig, ${body}), 'D'), ${head})
            on conflict ((document_id || ' ' || locale)) do update set type = excluded.type, path = excluded.path, title = excluded.title,
              summary = excluded.summary, body = excluded.body, tsv = excluded.tsv, tsv_head = excluded.tsv_head`.execute(trx);
        }
        await writeReferences(trx, documentIds, entries, locales === undefined);
      });
    },

    async clear() {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('searchEntries').execute();
        await trx.deleteFrom('searchReferences').execute();
      });
    },

    async query(query: StoreQuery) {
      await prepareLocale(query.locale);
      // The planner prices a scan that tests each row's whole tsvector (several kilobytes, out of
      // line) as if it were free, and took it for common words: 20 times slower than the locale's
      // GIN index, which finds the matches without reading them. Only bitmap scans remain (the
      // GIN indexes, or document_id for the final rows).
      return db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_indexscan = off`.execute(trx);
        return queryIndex(trx, query);
      });
    },
  };

  async function queryIndex(db: SearchDb, { locale, units, type, limit, offset }: StoreQuery): Promise<{ total: number; rows: StoredHit[] }> {
    const tsquery = sql`to_tsquery(${configOf(locale)}::regconfig, ${tsqueryText(units)})`;
    const typeFilter = type === undefined ? sql`` : sql`and type = ${type}`;
    // The GIN index counts the matches without reading their tsvectors.
    const counted = await sql<{ n: string | number }>`select count(*) as n from search_entries where locale = ${locale} ${typeFilter} and tsv @@ ${tsquery}`.execute(db);
    const total = Number(counted.rows[0]?.n ?? 0);
    if (total === 0 || offset >= total) return { total, rows: [] };
    let page: string[];
    if (total <= rankedMatches) {
      // ts_rank over every match's whole tsvector (title A, summary B, body D).
      const { rows } = await sql<{ documentId: string }>`
        select document_id from search_entries, ${tsquery} as q where locale = ${locale} ${typeFilter} and tsv @@ q
        order by ts_rank(tsv, q) desc, document_id desc limit ${limit} offset ${offset}`.execute(db);
      page = rows.map((row) => row.documentId);
    } else {
      // Too many to rank on the body: the matches in title and summary (the small tsv_head) best first, then the rest.
      const head = await sql<{ documentId: string }>`
        select document_id from search_entries, ${tsquery} as q where locale = ${locale} ${typeFilter} and tsv_head @@ q
        order by ts_rank(tsv_head, q) desc, document_id desc`.execute(db);
      page = head.rows.slice(offset, offset + limit).map((row) => row.documentId);
      if (page.length < limit) {
        const rest = await sql<{ documentId: string }>`
          select document_id from search_entries, ${tsquery} as q where locale = ${locale} ${typeFilter} and tsv @@ q and not (tsv_head @@ q)
          order by document_id desc limit ${limit - page.length} offset ${Math.max(0, offset - head.rows.length)}`.execute(db);
        page.push(...rest.rows.map((row) => row.documentId));
      }
    }
    if (page.length === 0) return { total, rows: [] };
    const found = await sql<StoredHit>`
      select document_id, type, path, title, summary, substr(body, 1, ${MAX_SCANNED_CHARS}) as body
      from search_entries where locale = ${locale} and document_id in (${sql.join(page)})`.execute(db);
    const byId = new Map(found.rows.map((hit) => [hit.documentId, hit]));
    return { total, rows: page.map((id) => byId.get(id)).filter((hit): hit is StoredHit => hit !== undefined) };
  }
}

/** A unique violation on the catalog or "relation already exists": another instance made it first. */
function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '42P07';
}

/**
 * A to_tsquery text from folded words only (letters and digits), so nothing typed becomes tsquery
 * syntax: words ANDed, long ones as prefixes of their stem, phrases as followed-by chains.
 */
export function tsqueryText(units: readonly QueryUnit[]): string {
  return units
    .map((unit) => {
      if (unit.isPhrase) return `(${unit.words.join(' <-> ')})`;
      const word = unit.words[0] ?? '';
      return word.length >= MIN_PREFIX_LENGTH ? `${word}:*` : word;
    })
    .join(' & ');
}

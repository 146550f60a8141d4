import { sql } from 'kysely';
import type { LocaleCode } from '../locales/index.ts';
import { MIN_PREFIX_LENGTH, type QueryUnit } from './search-text.ts';
import type { SearchDb, SearchEngine, StoredHit, StoreQuery } from './search.repository.ts';

/** Text search configuration per locale: Snowball stemmers where PostgreSQL has them; Arabic is folded in JS. */
const CONFIGS: Readonly<Record<LocaleCode, string>> = { fr: 'french', en: 'english', es: 'spanish', ar: 'simple' };

/**
 * PostgreSQL full text: a tsvector per entry (title weight A, summary B, body D) built with the
 * locale's configuration from the folded text, a GIN index, ts_rank for order.
 */
export function createPostgresSearchStore(db: SearchDb): SearchEngine {
  return {
    async replace(documentIds, entries) {
      if (documentIds.length === 0) return;
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('searchEntries').where('documentId', 'in', [...documentIds]).execute();
        for (const entry of entries) {
          const config = CONFIGS[entry.locale];
          const { title, summary, body } = entry.folded;
          // Two saves of one document may reindex at once: the later write wins instead of failing.
          await sql`insert into search_entries (document_id, locale, type, path, title, summary, body, tsv)
            values (${entry.documentId}, ${entry.locale}, ${entry.type}, ${entry.path}, ${entry.title}, ${entry.summary}, ${entry.body},
              setweight(to_tsvector(${config}::regconfig, ${title}), 'A')
              || setweight(to_tsvector(${config}::regconfig, ${summary}), 'B')
              || setweight(to_tsvector(${config}::regconfig, ${body}), 'D'))
            on conflict (document_id, locale) do update set type = excluded.type, path = excluded.path, title = excluded.title,
              summary = excluded.summary, body = excluded.body, tsv = excluded.tsv`.execute(trx);
        }
      });
    },

    async clear() {
      await db.deleteFrom('searchEntries').execute();
    },

    async query({ locale, units, type, limit, offset }: StoreQuery) {
      const tsquery = sql`to_tsquery(${CONFIGS[locale]}::regconfig, ${tsqueryText(units)})`;
      const typeFilter = type === undefined ? sql`` : sql`and type = ${type}`;
      // One pass over the matches ranks and counts them; the long texts are read for the page's rows only.
      const { rows } = await sql<StoredHit & { total: string | number }>`
        with q as (select ${tsquery} as q),
        m as (
          select document_id, ts_rank(tsv, q.q) as r, count(*) over () as total from search_entries, q
          where locale = ${locale} ${typeFilter} and tsv @@ q.q
          order by r desc, document_id limit ${limit} offset ${offset})
        select e.document_id, e.type, e.path, e.title, e.summary, e.body, m.total
        from m join search_entries as e on e.document_id = m.document_id and e.locale = ${locale}
        order by m.r desc, m.document_id`.execute(db);
      if (rows.length > 0) return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, ...row }) => row) };
      // Past the last page (or no match): the count alone.
      const counted = await sql<{ n: string | number }>`select count(*) as n from search_entries where locale = ${locale} ${typeFilter} and tsv @@ ${tsquery}`.execute(db);
      return { total: Number(counted.rows[0]?.n ?? 0), rows: [] };
    },
  };
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

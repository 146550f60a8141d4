import { sql } from 'kysely';
import type { LocaleCode } from '../locales/index.ts';
import { MAX_SCANNED_CHARS } from './search-snippet.ts';
import { lightStem, MIN_PREFIX_LENGTH, type QueryUnit } from './search-text.ts';
import type { SearchDb, SearchEngine, StoredHit, StoreQuery } from './search.repository.ts';

// One FTS5 table per locale (see the migration); names come from this list, never from input.
// Temporary until per-locale tables are created on demand: a locale without a table is refused, never mixed into another's.
function ftsTable(locale: LocaleCode): string {
  const table = FTS_TABLES[locale];
  if (table === undefined) throw new Error(`no search table for ${locale}`);
  return table;
}

const FTS_TABLES: Readonly<Record<LocaleCode, string>> = {
  fr: 'search_fts_fr',
  en: 'search_fts_en',
  es: 'search_fts_es',
  ar: 'search_fts_ar',
};

/**
 * SQLite FTS5: the folded text in a per-locale FTS5 table whose rowid is the entry's id, ranked by
 * bm25 with title 10, summary 3, body 1 (the table's `rank`). Stemming: Porter for English;
 * French and Spanish get a plural strip and prefix matching instead (FTS5 has no stemmer for them).
 */
export function createSqliteSearchStore(db: SearchDb, rankedMatches: number): SearchEngine {
  return {
    async replace(documentIds, entries) {
      if (documentIds.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom('searchEntries').select(['id', 'locale']).where('documentId', 'in', [...documentIds]).execute();
        for (const [locale, table] of Object.entries(FTS_TABLES)) {
          const ids = old.filter((o) => o.locale === locale).map((o) => o.id as number);
          if (ids.length > 0) await sql`delete from ${sql.table(table)} where rowid in (${sql.join(ids)})`.execute(trx);
        }
        await trx.deleteFrom('searchEntries').where('documentId', 'in', [...documentIds]).execute();
        for (const entry of entries) {
          const { id } = await trx
            .insertInto('searchEntries')
            .values({
              documentId: entry.documentId,
              locale: entry.locale,
              type: entry.type,
              path: entry.path,
              title: entry.title,
              summary: entry.summary,
              body: entry.body,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const { title, summary, body } = entry.folded;
          await sql`insert into ${sql.table(ftsTable(entry.locale))} (rowid, title, summary, body, type)
            values (${id}, ${title}, ${summary}, ${body}, ${entry.type})`.execute(trx);
        }
      });
    },

    async clear() {
      await db.transaction().execute(async (trx) => {
        for (const table of Object.values(FTS_TABLES)) await sql`delete from ${sql.table(table)}`.execute(trx);
        await trx.deleteFrom('searchEntries').execute();
      });
    },

    async query({ locale, units, type, limit, offset }: StoreQuery) {
      const table = sql.table(ftsTable(locale));
      const match = matchExpression(units, locale, type);
      const counted = await sql<{ n: number }>`select count(*) as n from ${table} where ${table} match ${match}`.execute(db);
      const total = Number(counted.rows[0]?.n ?? 0);
      if (total === 0 || offset >= total) return { total, rows: [] };
      const ids = (rows: readonly { id: number }[]) => rows.map((row) => row.id);
      let page: number[];
      if (total <= rankedMatches) {
        // bm25 over every match and every field (the table's `rank`).
        page = ids((await sql<{ id: number }>`select rowid as id from ${table} where ${table} match ${match} order by rank, rowid limit ${limit} offset ${offset}`.execute(db)).rows);
      } else {
        // Too many to rank on the body: bm25 over the matches in title and summary, then the rest, newest first.
        const headMatch = matchExpression(units, locale, type, HEAD_COLUMNS);
        const head = ids((await sql<{ id: number }>`select rowid as id from ${table} where ${table} match ${headMatch} order by rank, rowid`.execute(db)).rows);
        page = head.slice(offset, offset + limit);
        if (page.length < limit) {
          const rest = await sql<{ id: number }>`select rowid as id from ${table} where ${table} match ${match}
            and rowid not in (select rowid from ${table} where ${table} match ${headMatch})
            order by rowid desc limit ${limit - page.length} offset ${Math.max(0, offset - head.length)}`.execute(db);
          page.push(...ids(rest.rows));
        }
      }
      if (page.length === 0) return { total, rows: [] };
      const found = await sql<StoredHit & { id: number }>`
        select e.id, e.document_id, e.type, e.path, e.title, e.summary, substr(e.body, 1, ${MAX_SCANNED_CHARS}) as body
        from search_entries as e where e.id in (${sql.join(page)})`.execute(db);
      const byId = new Map(found.rows.map(({ id, ...hit }) => [id, hit]));
      return { total, rows: page.map((id) => byId.get(id)).filter((hit): hit is StoredHit => hit !== undefined) };
    },
  };
}

const HEAD_COLUMNS = ['title', 'summary'] as const;

/**
 * The FTS5 query, built from folded words only (letters and digits), each quoted: nothing the
 * visitor typed can become FTS5 syntax. Words are searched in title, summary and body; the type
 * column only filters.
 */
export function matchExpression(units: readonly QueryUnit[], locale: LocaleCode, type: string | undefined, columns: readonly string[] = ['title', 'summary', 'body']): string {
  const parts = units.map((unit) => {
    if (unit.isPhrase) return quote(unit.words.join(' '));
    const word = unit.words[0] ?? '';
    const stem = locale === 'fr' || locale === 'es' ? lightStem(word, locale) : word;
    return stem.length >= MIN_PREFIX_LENGTH ? `${quote(stem)}*` : quote(word);
  });
  const words = `{${columns.join(' ')}} : (${parts.join(' AND ')})`;
  return type === undefined ? words : `${words} AND type : ${quote(type)}`;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

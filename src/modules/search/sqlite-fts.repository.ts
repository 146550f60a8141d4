import { sql } from 'kysely';
import type { LocaleCode } from '../locales/index.ts';
import { lightStem, MIN_PREFIX_LENGTH, type QueryUnit } from './search-text.ts';
import type { SearchDb, SearchEngine, StoredHit, StoreQuery } from './search.repository.ts';

// One FTS5 table per locale (see the migration); names come from this list, never from input.
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
export function createSqliteSearchStore(db: SearchDb): SearchEngine {
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
          await sql`insert into ${sql.table(FTS_TABLES[entry.locale])} (rowid, title, summary, body, type)
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
      const table = sql.table(FTS_TABLES[locale]);
      const match = matchExpression(units, locale, type);
      const counted = await sql<{ n: number }>`select count(*) as n from ${table} where ${table} match ${match}`.execute(db);
      const total = Number(counted.rows[0]?.n ?? 0);
      if (total === 0 || offset >= total) return { total, rows: [] };
      // Rank and cut first; the long texts are read for the page's rows only.
      const { rows } = await sql<StoredHit>`
        select e.document_id, e.type, e.path, e.title, e.summary, e.body
        from (select rowid as id, rank from ${table} where ${table} match ${match} order by rank, rowid limit ${limit} offset ${offset}) as m
        join search_entries as e on e.id = m.id
        order by m.rank, m.id`.execute(db);
      return { total, rows };
    },
  };
}

/**
 * The FTS5 query, built from folded words only (letters and digits), each quoted: nothing the
 * visitor typed can become FTS5 syntax. Words are searched in title, summary and body; the type
 * column only filters.
 */
export function matchExpression(units: readonly QueryUnit[], locale: LocaleCode, type: string | undefined): string {
  const parts = units.map((unit) => {
    if (unit.isPhrase) return quote(unit.words.join(' '));
    const word = unit.words[0] ?? '';
    const stem = locale === 'fr' || locale === 'es' ? lightStem(word, locale) : word;
    return stem.length >= MIN_PREFIX_LENGTH ? `${quote(stem)}*` : quote(word);
  });
  const words = `{title summary body} : (${parts.join(' AND ')})`;
  return type === undefined ? words : `${words} AND type : ${quote(type)}`;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

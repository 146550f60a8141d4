import { sql } from 'kysely';
import { ftsTableName, languageOf } from './search-locale.ts';
import { writeReferences } from './search-references.ts';
import { MAX_SCANNED_CHARS } from './search-snippet.ts';
import { lightStem, MIN_PREFIX_LENGTH, type QueryUnit } from './search-text.ts';
import type { SearchDb, SearchEngine, StoredHit, StoreQuery } from './search.repository.ts';

/**
 * SQLite FTS5: the folded text in a per-locale FTS5 table whose rowid is the entry's id, ranked by
 * bm25 with title 10, summary 3, body 1 (the table's `rank`). Stemming: Porter for English;
 * French and Spanish get a plural strip and prefix matching instead (FTS5 has no stemmer for them).
 * The tables of fr, en, es and ar come from the migration; any other locale's is made the first
 * time the locale is indexed or searched, named from its checked tag (search_fts_zh_hans).
 */
export function createSqliteSearchStore(db: SearchDb, rankedMatches: number): SearchEngine {
  const prepared = new Set<string>();

  async function prepareLocale(locale: string): Promise<void> {
    const table = ftsTableName(locale);
    if (prepared.has(table)) return;
    const exists = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = ${table}`.execute(db);
    if (exists.rows.length === 0) {
      const tokenize = languageOf(locale) === 'en' ? 'porter unicode61 remove_diacritics 2' : 'unicode61 remove_diacritics 2';
      // As in the migration: title, summary, body (searched, weighted 10/3/1) and type (filter only).
      await db.transaction().execute(async (trx) => {
        await sql`create virtual table if not exists ${sql.table(table)} using fts5(title, summary, body, type, tokenize = ${sql.lit(tokenize)})`.execute(trx);
        await sql`insert into ${sql.table(table)} (${sql.ref(table)}, rank) values ('rank', 'bm25(10.0, 3.0, 1.0, 0.0)')`.execute(trx);
      });
    }
    prepared.add(table);
  }

  return {
    prepareLocale,

    async replace(documentIds, entries, locales) {
      if (documentIds.length === 0) return;
      for (const locale of new Set(entries.map((e) => e.locale))) await prepareLocale(locale);
      await db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('searchEntries')
          .select(['id', 'locale'])
          .where('documentId', 'in', [...documentIds])
          .$if(locales !== undefined, (q) => q.where('locale', 'in', [...(locales ?? [])]))
          .execute();
        for (const locale of new Set(old.map((o) => o.locale))) {
          const ids = old.filter((o) => o.locale === locale).map((o) => o.id as number);
          await sql`delete from ${sql.table(ftsTableName(locale))} where rowid in (${sql.join(ids)})`.execute(trx);
        }
        if (old.length > 0) await trx.deleteFrom('searchEntries').where('id', 'in', old.map((o) => o.id as number)).execute();
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
          await sql`insert into ${sql.table(ftsTableName(entry.locale))} (rowid, title, summary, body, type)
            values (${id}, ${title}, ${summary}, ${body}, ${entry.type})`.execute(trx);
        }
        await writeReferences(trx, documentIds, entries, locales === undefined);
      });
    },

    async clear() {
      await db.transaction().execute(async (trx) => {
        // Every FTS row is an entry's (rowid = id): the entries' locales name every table in use.
        const locales = await trx.selectFrom('searchEntries').select('locale').distinct().execute();
        for (const { locale } of locales) await sql`delete from ${sql.table(ftsTableName(locale))}`.execute(trx);
        await trx.deleteFrom('searchEntries').execute();
        await trx.deleteFrom('searchReferences').execute();
      });
    },

    async query({ locale, units, type, limit, offset }: StoreQuery) {
      await prepareLocale(locale);
      const table = sql.table(ftsTableName(locale));
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
export function matchExpression(units: readonly QueryUnit[], locale: string, type: string | undefined, columns: readonly string[] = ['title', 'summary', 'body']): string {
  const language = languageOf(locale);
  const parts = units.map((unit) => {
    if (unit.isPhrase) return quote(unit.words.join(' '));
    const word = unit.words[0] ?? '';
    const stem = language === 'fr' || language === 'es' ? lightStem(word, locale) : word;
    return stem.length >= MIN_PREFIX_LENGTH ? `${quote(stem)}*` : quote(word);
  });
  const words = `{${columns.join(' ')}} : (${parts.join(' AND ')})`;
  return type === undefined ? words : `${words} AND type : ${quote(type)}`;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

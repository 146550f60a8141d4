import { sql, SqliteAdapter, type Kysely } from 'kysely';

const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

/**
 * PostgreSQL search, for sites with thousands of matches per word:
 * - a small tsvector of each entry's title and summary (`tsv_head`) with a GIN index, so a common
 *   word's matches are ranked without reading their whole tsvectors (the search index's format
 *   version changes with it, so the next start rebuilds the entries and fills it);
 * - the GIN indexes write new entries at once instead of into a pending list, which made the
 *   planner find them too costly until a vacuum merged it;
 * - no b-tree index on `locale`: the planner took one (the primary key's second column) to read
 *   every row of a locale and test each whole tsvector, 20 times slower than the locale's GIN
 *   index. Uniqueness of (document, locale) moves to an expression index, lookups to `document_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`alter table search_entries add column tsv_head tsvector not null default ''::tsvector`.execute(db);
  await sql`alter table search_entries drop constraint search_entries_pkey`.execute(db);
  await sql`create unique index search_entries_document_locale_key on search_entries ((document_id || ' ' || locale))`.execute(db);
  await sql`create index search_entries_document_idx on search_entries (document_id)`.execute(db);
  await sql`create index search_entries_head_idx on search_entries using gin (tsv_head) with (fastupdate = off)`.execute(db);
  for (const locale of LOCALES) {
    const name = `search_entries_tsv_${locale}_idx`;
    await sql`alter index ${sql.id(name)} set (fastupdate = off)`.execute(db);
    await sql`select gin_clean_pending_list(${sql.lit(name)}::regclass)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  for (const locale of LOCALES) await sql`alter index ${sql.id(`search_entries_tsv_${locale}_idx`)} reset (fastupdate)`.execute(db);
  await sql`drop index search_entries_head_idx`.execute(db);
  await sql`drop index search_entries_document_idx`.execute(db);
  await sql`drop index search_entries_document_locale_key`.execute(db);
  await sql`alter table search_entries add constraint search_entries_pkey primary key (document_id, locale)`.execute(db);
  await sql`alter table search_entries drop column tsv_head`.execute(db);
}

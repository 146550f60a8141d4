import { sql, SqliteAdapter, type Kysely } from 'kysely';

// The search index: one row per published translation. Text arrives already folded (accents,
// case, Arabic letter variants) by the search module, so both databases match the same way.
// SQLite: a plain table for what hits show, and one FTS5 table per locale whose rowids are that
// table's ids (English with the Porter stemmer; the others without, FTS5 has no French, Spanish
// or Arabic stemmer). PostgreSQL: the same table with a weighted tsvector built with the
// locale's configuration, behind a GIN index.
const FTS_TABLES = [
  { table: 'search_fts_fr', tokenize: 'unicode61 remove_diacritics 2' },
  { table: 'search_fts_en', tokenize: 'porter unicode61 remove_diacritics 2' },
  { table: 'search_fts_es', tokenize: 'unicode61 remove_diacritics 2' },
  { table: 'search_fts_ar', tokenize: 'unicode61 remove_diacritics 2' },
] as const;
const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  let table = db.schema
    .createTable('search_entries')
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull());
  if (isSqlite) {
    table = table.addColumn('id', 'integer', (c) => c.primaryKey()).addUniqueConstraint('search_entries_document_locale_key', ['document_id', 'locale']);
  } else {
    table = table.addColumn('tsv', sql`tsvector`, (c) => c.notNull()).addPrimaryKeyConstraint('search_entries_pkey', ['document_id', 'locale']);
  }
  await table.execute();
  // No index on locale or path: searches go through the full-text indexes (a b-tree on locale
  // would tempt PostgreSQL's planner away from them), and paths are read only when one changes.
  if (isSqlite) {
    for (const { table: name, tokenize } of FTS_TABLES) {
      // Columns: title, summary, body (searched, weighted 10/3/1) and type (filter only, weight 0).
      await sql`create virtual table ${sql.table(name)} using fts5(title, summary, body, type, tokenize = ${sql.lit(tokenize)})`.execute(db);
      await sql`insert into ${sql.table(name)} (${sql.ref(name)}, rank) values ('rank', 'bm25(10.0, 3.0, 1.0, 0.0)')`.execute(db);
    }
  } else {
    // One GIN index per locale: a search reads only its locale's postings (queries always name it).
    for (const locale of LOCALES) {
      await sql`create index ${sql.id(`search_entries_tsv_${locale}_idx`)} on search_entries using gin (tsv) where locale = ${sql.lit(locale)}`.execute(db);
    }
  }
  // What the index was built with, so a change of folding rules triggers a rebuild at start.
  await db.schema
    .createTable('search_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const { table } of FTS_TABLES) await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('search_state').execute();
  await db.schema.dropTable('search_entries').execute();
}

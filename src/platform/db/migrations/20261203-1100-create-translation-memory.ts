import type { Kysely } from 'kysely';

// The translation memory: one row per source segment and target wording, per locale pair, fed by
// publishing (and TMX imports). The source is kept normalised with its SHA-256 (exact lookups by
// index) and its length in characters, so fuzzy lookups only read the band of lengths that can
// reach the threshold. `target_hash` makes (pair, source, target wording) unique on both databases
// without indexing long text. Derived data: a rebuild from the published translations remakes it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('memory_segments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('target_locale', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('source_plain', 'text', (c) => c.notNull())
    .addColumn('source_length', 'integer', (c) => c.notNull())
    .addColumn('source_coded', 'text', (c) => c.notNull())
    .addColumn('target_hash', 'text', (c) => c.notNull())
    .addColumn('target_plain', 'text', (c) => c.notNull())
    .addColumn('target_coded', 'text', (c) => c.notNull())
    // The document the pair was published in; null for an imported pair.
    .addColumn('document_id', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('memory_segments_pair_uq').unique().on('memory_segments').columns(['source_locale', 'target_locale', 'source_hash', 'target_hash']).execute();
  await db.schema.createIndex('memory_segments_length_idx').on('memory_segments').columns(['source_locale', 'target_locale', 'source_length']).execute();

  // The glossary: per locale pair, a term and its expected translation, or "do not translate".
  await db.schema
    .createTable('glossary_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('target_locale', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('translation', 'text', (c) => c.notNull())
    .addColumn('do_not_translate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('glossary_terms_uq').unique().on('glossary_terms').columns(['source_locale', 'target_locale', 'term']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('glossary_terms').execute();
  await db.schema.dropTable('memory_segments').execute();
}

import type { Kysely } from 'kysely';

// What each indexed page shows of other documents (a key figure its body cites, the person at an
// office's head) or of a whole type ('type:office' on the page listing the offices), so that a
// change to one of them reindexes the pages that show it, as cache tags do for the page cache.
// Filled by the search index; the search index's version changes with it, so the next start
// rebuilds the entries and fills it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_references')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_references_pkey', ['reference', 'document_id'])
    .execute();
  await db.schema.createIndex('search_references_document_idx').on('search_references').column('document_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_references').execute();
}

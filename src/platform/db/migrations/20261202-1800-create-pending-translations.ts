import type { Kysely } from 'kysely';

// The working copy of a published translation: what editors save while visitors keep reading the
// published text in `translations`. One per translation at most; publishing copies it over and
// deletes it, discarding deletes it. Review notes record each step of the review (submitted with a
// message, changes requested with a comment, published, discarded) for the document's history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pending_translations')
    .addColumn('translation_id', 'text', (c) => c.primaryKey().references('translations.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('review_state', 'text', (c) => c.notNull())
    .addColumn('source_version', 'integer')
    .addColumn('source_fingerprint', 'text')
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pending_translations_document_idx').on('pending_translations').columns(['document_id', 'locale']).execute();
  await db.schema
    .createTable('review_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_notes_document_idx').on('review_notes').columns(['document_id', 'locale', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_notes').execute();
  await db.schema.dropTable('pending_translations').execute();
}

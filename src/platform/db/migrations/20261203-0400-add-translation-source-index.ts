import type { Kysely } from 'kysely';

/**
 * A document's source translation (the oldest without a source of its own), found in this index
 * with one row read: a save and a workflow step ask for it. Without it the database read every
 * locale's row of the document, body and all, so a save cost more with forty locales than with four.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('translations_source_idx')
    .on('translations')
    .columns(['document_id', 'source_locale', 'created_at', 'locale'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('translations_source_idx').execute();
}

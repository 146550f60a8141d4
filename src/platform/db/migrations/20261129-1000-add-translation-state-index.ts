import type { Kysely } from 'kysely';

/**
 * What sitemaps and the export read of every translation (its state, not its text) comes from this
 * index alone. Without it the database reads each row whole, bodies included: at 10,000
 * translations a sitemap took tens of milliseconds for a few kilobytes of addresses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('translations_state_idx')
    .on('translations')
    .columns(['status', 'document_id', 'locale', 'version', 'updated_at', 'slug'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('translations_state_idx').execute();
}

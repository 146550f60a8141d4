import type { Kysely } from 'kysely';

/**
 * The source cues a translated caption track was made from, one row per document, locale and track:
 * the track is outdated once the source's track no longer has this fingerprint, and the cues tell
 * which of them changed. Written by the caption track operations (content module).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('caption_track_sources')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('source_fingerprint', 'text', (c) => c.notNull())
    .addColumn('source_vtt', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('caption_track_sources_pk', ['document_id', 'locale', 'track'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('caption_track_sources').execute();
}

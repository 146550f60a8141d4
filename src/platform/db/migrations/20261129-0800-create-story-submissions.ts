import type { Kysely } from 'kysely';

// Stories sent through the public "Share your story" form, waiting for moderation. The sender's
// contact details live in a table of their own, so they can be erased without touching the story
// and are never copied into it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('origin_country', 'text', (c) => c.notNull())
    .addColumn('residence_country', 'text', (c) => c.notNull())
    .addColumn('story', 'text', (c) => c.notNull())
    .addColumn('story_language', 'text', (c) => c.notNull())
    .addColumn('photo_image_id', 'text')
    .addColumn('video_id', 'text')
    .addColumn('consent_text_version', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('moderated_by', 'text')
    .addColumn('moderated_at', 'text')
    // No foreign key: the draft made from a submission may be deleted by editors on its own.
    .addColumn('story_document_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_submissions_queue_idx').on('story_submissions').columns(['status', 'created_at']).execute();
  await db.schema
    .createTable('submission_contacts')
    .addColumn('submission_id', 'text', (c) => c.primaryKey().references('story_submissions.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('submission_contacts').execute();
  await db.schema.dropTable('story_submissions').execute();
}

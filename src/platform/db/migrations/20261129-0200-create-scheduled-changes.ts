import type { Kysely } from 'kysely';

// Publish and unpublish of one translation at a moment chosen in a time zone, carried out by the
// server's runner. `done_at` is set when a runner claims the change, so it is applied once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scheduled_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('scheduled_changes_due_idx').on('scheduled_changes').columns(['done_at', 'run_at']).execute();
  await db.schema
    .createIndex('scheduled_changes_translation_idx')
    .on('scheduled_changes')
    .columns(['document_id', 'locale'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scheduled_changes').execute();
}

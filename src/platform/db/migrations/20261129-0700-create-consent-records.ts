import type { Kysely } from 'kysely';

// One row per person appearing in a story: what they agreed to, until when, and whether they took
// it back. Internal only: no public route reads this table. Flags are integers 0/1 so SQLite and
// PostgreSQL store and return them alike; channels are a JSON array of text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consent_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('person_label', 'text', (c) => c.notNull())
    .addColumn('form_reference', 'text')
    .addColumn('identifiable', 'integer', (c) => c.notNull())
    .addColumn('minor', 'integer', (c) => c.notNull())
    .addColumn('guardian_consent', 'integer', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('collected_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_records_document_idx').on('consent_records').column('document_id').execute();
  await db.schema.createIndex('consent_records_expiry_idx').on('consent_records').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consent_records').execute();
}

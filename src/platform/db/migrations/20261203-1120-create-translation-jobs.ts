import type { Kysely } from 'kysely';

// Translation jobs: a batch of documents sent from one source locale to one or more target locales
// (an in-house translator's account or an agency named in words), exported as XLIFF and imported
// back. `translation_job_items` is the documents × target locales grid: what was exported (with
// the source version it was exported from, so an import can tell a source changed since) and what
// came back. `translation_job_events` is the job's history, read on its page; the audit log holds
// the same steps for the organisation. No foreign key to documents: a job's history outlives a
// deleted page, whose row then reads "deleted".
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('translation_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('assignee_user_id', 'text')
    .addColumn('assignee_agency', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('translation_jobs_state_idx').on('translation_jobs').columns(['state', 'created_at']).execute();
  await db.schema
    .createTable('translation_job_documents')
    .addColumn('job_id', 'text', (c) => c.notNull().references('translation_jobs.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_job_documents_pk', ['job_id', 'document_id'])
    .execute();
  await db.schema
    .createTable('translation_job_locales')
    .addColumn('job_id', 'text', (c) => c.notNull().references('translation_jobs.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('exported_at', 'text')
    .addColumn('returned_at', 'text')
    .addPrimaryKeyConstraint('translation_job_locales_pk', ['job_id', 'locale'])
    .execute();
  await db.schema
    .createTable('translation_job_items')
    .addColumn('job_id', 'text', (c) => c.notNull().references('translation_jobs.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('source_version', 'integer')
    .addColumn('exported_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('imported_version', 'integer')
    .addPrimaryKeyConstraint('translation_job_items_pk', ['job_id', 'document_id', 'locale'])
    .execute();
  await db.schema
    .createTable('translation_job_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('translation_jobs.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('locale', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('translation_job_events_job_idx').on('translation_job_events').columns(['job_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('translation_job_events').execute();
  await db.schema.dropTable('translation_job_items').execute();
  await db.schema.dropTable('translation_job_locales').execute();
  await db.schema.dropTable('translation_job_documents').execute();
  await db.schema.dropTable('translation_jobs').execute();
}

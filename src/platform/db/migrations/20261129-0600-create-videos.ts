import type { Kysely } from 'kysely';

// Uploaded videos double as their own job queue: a worker claims a queued row with a guarded
// UPDATE on `claimed_until` (as scheduled changes do), so one worker transcodes it and a worker
// that dies only delays it until the lease ends.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('videos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    // Up to 2 GB and beyond: more than a PostgreSQL integer holds.
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('duration_ms', 'integer')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('renditions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('videos_job_idx').on('videos').columns(['status', 'claimed_until']).execute();
  await db.schema.createIndex('videos_created_idx').on('videos').columns(['created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('videos').execute();
}

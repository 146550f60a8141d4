import type { Kysely } from 'kysely';

/**
 * A runner holds a change until `claimed_until` instead of marking it done before applying it,
 * so a process that dies mid-way leaves the change to the next runner once the lease ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scheduled_changes').addColumn('claimed_until', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scheduled_changes').dropColumn('claimed_until').execute();
}

import type { Kysely } from 'kysely';

// The HTTP request an entry was written for, so an entry and the server's log lines meet.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('request_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('request_id').execute();
}

import type { Kysely } from 'kysely';

// Which source text a translation was made from: its version (to show what changed since) and a
// fingerprint of its words (so a status change of the source does not mark translations outdated).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('translations').addColumn('source_version', 'integer').execute();
  await db.schema.alterTable('translations').addColumn('source_fingerprint', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('translations').dropColumn('source_fingerprint').execute();
  await db.schema.alterTable('translations').dropColumn('source_version').execute();
}

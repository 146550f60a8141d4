import type { Kysely } from 'kysely';

// Machine translation: one settings row (id 'default') an administrator edits, with the API key
// sealed by AES-256-GCM under SECRET_KEY (never stored in clear; `key_hint` keeps its last four
// characters to show), and a mark per translation whose pending text a machine wrote, keyed to the
// version it saved and the text's fingerprint, so any later save by a person ends the mark.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('machine_translation_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('api_key_sealed', 'text')
    .addColumn('key_hint', 'text')
    .addColumn('pairs', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('machine_translations')
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('segments', 'integer', (c) => c.notNull())
    .addColumn('from_memory', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('machine_translations_pk', ['document_id', 'locale'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('machine_translations').execute();
  await db.schema.dropTable('machine_translation_settings').execute();
}

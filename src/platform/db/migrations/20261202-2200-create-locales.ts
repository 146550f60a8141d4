import type { Kysely } from 'kysely';

// The site's locales become data: an administrator adds and orders them at run time. Booleans are
// integers (0/1) on both databases, as elsewhere; fallbacks are a JSON list of tags. The four
// locales Ensemble had in code are stored as they were, so an existing site serves the same pages.
// Interface strings edited in the back office override the shipped catalogs, per locale and key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('locales')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull())
    .addColumn('dir_override', 'text')
    .addColumn('fallbacks', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  const initial = [
    ['fr', ['en']],
    ['en', ['fr']],
    ['es', ['en', 'fr']],
    ['ar', ['en', 'fr']],
  ] as const;
  await (db as Kysely<{ locales: Record<string, unknown> }>)
    .insertInto('locales')
    .values(initial.map(([tag, fallbacks], position) => ({ tag, position, enabled: 1, is_default: tag === 'fr' ? 1 : 0, dir_override: null, fallbacks: JSON.stringify(fallbacks), prefix: tag, updated_at: now })))
    .execute();
  await db.schema
    .createTable('interface_strings')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interface_strings_pkey', ['locale', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('interface_strings').execute();
  await db.schema.dropTable('locales').execute();
}

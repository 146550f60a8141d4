import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** Tables in this test's own schema: other test files share the PostgreSQL server. */
async function tablesOf(database: Database): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.filter((t) => !database.schema || t.schema === database.schema).map((t) => t.name);
}

describeEachDatabase('migrations', (dialect) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });
  afterEach(() => database.close());

  it('creates every table the schema declares, and applying again changes nothing', async () => {
    const tables = await tablesOf(database);
    for (const table of ['documents', 'translations', 'document_paths', 'revisions', 'menu_items', 'site_settings']) {
      expect(tables).toContain(table);
    }
    expect(await migrateToLatest(database.db, database.schema)).toEqual([]);
  });

  it('rolls every migration back and forward again', async () => {
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => MIGRATIONS },
      ...(database.schema ? { migrationTableSchema: database.schema } : {}),
    });
    for (let i = 0; i < Object.keys(MIGRATIONS).length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    const remaining = await tablesOf(database);
    expect(remaining).not.toContain('documents');
    expect(await migrateToLatest(database.db, database.schema)).toEqual(Object.keys(MIGRATIONS));
  });

  it('enforces foreign keys: a translation cannot outlive or precede its document', async () => {
    await expect(
      sql`insert into translations (id, document_id, locale, slug, title, status, created_at, updated_at)
          values ('t1', 'missing', 'fr', 'x', 'x', 'draft', 'now', 'now')`.execute(database.db),
    ).rejects.toThrow();
  });
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { migrateToLatest, openDatabase, type Database } from '../../src/platform/db/database.ts';

export type TestDialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names one. */
export function testDialects(): TestDialect[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * Opens a fresh, migrated database: SQLite in memory, or a PostgreSQL schema of its own
 * (dropped on close) so test files can run side by side on one server.
 */
export async function openTestDatabase(dialect: TestDialect): Promise<Database> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ url: ':memory:' });
    await migrateToLatest(database.db);
    return database;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const database = openDatabase({ url, schema });
  await migrateToLatest(database.db, schema);
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

/** A second pool on a test database's PostgreSQL schema, as a second server instance would have. */
export function openSecondPool(database: Database): Database {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return openDatabase({ url, schema: database.schema });
}

/** Runs the suite once per available database, naming the database in each test's title. */
export function describeEachDatabase(title: string, suite: (dialect: TestDialect) => void): void {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => suite(dialect));
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

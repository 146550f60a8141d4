import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Kysely<Schema>;
export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly dialect: Dialect;
  /** Where it was opened from (the instance bridge opens its own listening connection there). */
  readonly url: string;
  /** PostgreSQL schema the connection works in, when not the default. */
  readonly schema?: string;
  /** Connections in use, idle and awaited; SQLite has one connection, always open. */
  poolUse(): PoolUse;
  close(): Promise<void>;
}

export interface PoolUse {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
}

export interface DatabaseOptions {
  readonly url: string;
  /** PostgreSQL only: run in this schema (tests give each file its own). */
  readonly schema?: string;
}

/** Opens SQLite (file: or :memory:) or PostgreSQL (postgres://) behind one Kysely type. */
export function openDatabase(options: DatabaseOptions): Database {
  if (/^postgres(ql)?:\/\//.test(options.url)) return openPostgres(options);
  return openSqlite(options.url);
}

function openSqlite(url: string): Database {
  const filename = url === ':memory:' ? ':memory:' : sqliteFilename(url);
  if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
  const sqlite = new SQLite(filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (the CLI) may hold the write lock briefly; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: withPreparedStatements(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'sqlite', url, poolUse: () => ({ total: 1, idle: 0, waiting: 0 }), close: () => db.destroy() };
}

const PREPARED_STATEMENTS = 500;

/**
 * better-sqlite3 as Kysely sees it, with each SQL text prepared once and kept: Kysely prepares a
 * statement for every query, which was 7 % of rendering a page. The code never streams results,
 * so a statement is never in use when it is handed out again.
 */
function withPreparedStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        // Queries with `in (?, ?, …)` differ by their length: keep the most recent ones only.
        if (statements.size >= PREPARED_STATEMENTS) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function sqliteFilename(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url);
  return url.replace(/^file:/, '');
}

function openPostgres(options: DatabaseOptions): Database {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${options.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    dialect: 'postgres',
    url: options.url,
    schema: options.schema,
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

/**
 * Applies every pending migration.
 * @throws DatabaseNewerThanCodeError when a newer version of Ensemble already upgraded the database
 * @throws the first migration error, after logging which migrations ran
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<readonly string[]> {
  const status = await readMigrationStatus(db);
  if (status.unknown.length > 0) throw new DatabaseNewerThanCodeError(status.unknown);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its bookkeeping tables in every schema; name ours so that another
    // schema's tables on the same server are never mistaken for them.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const done = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    throw new Error(`Migration failed after applying [${done.join(', ')}]`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

export interface MigrationStatus {
  /** Known to this code and applied, in order. */
  readonly applied: readonly string[];
  /** Known to this code and not yet applied. */
  readonly pending: readonly string[];
  /** Applied by a newer version of Ensemble: this code does not know them. */
  readonly unknown: readonly string[];
}

/** Compares the database's migration log with this code's list; one small query, no change made. */
export async function readMigrationStatus(db: Db): Promise<MigrationStatus> {
  let done: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    done = rows.rows.map((row) => row.name);
  } catch (error) {
    // A new, empty database has no migration log yet; anything else (connection lost) is real.
    if (!isMissingTable(error)) throw error;
    done = [];
  }
  const known = Object.keys(MIGRATIONS);
  const appliedSet = new Set(done);
  return {
    applied: known.filter((name) => appliedSet.has(name)),
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: done.filter((name) => !(name in MIGRATIONS)).sort(),
  };
}

function isMissingTable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  // SQLite says "no such table"; PostgreSQL's code 42P01 is undefined_table.
  return /no such table/i.test(message) || (error as { code?: unknown } | null)?.code === '42P01';
}

/** Refuses to run old code on a schema it does not know: it could write rows a newer version misreads. */
export class DatabaseNewerThanCodeError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(
      `This database was upgraded by a newer version of Ensemble: it has migrations this version does not know (${unknown.join(', ')}). ` +
        'Run the newer version, or restore a backup taken before the upgrade.',
    );
    this.name = 'DatabaseNewerThanCodeError';
  }
}

/**
 * Applies pending migrations up to and including `target` (a restore rebuilds an archive's schema
 * before its rows go in). With `inTransaction`, the caller already holds a PostgreSQL transaction
 * on `db`'s only connection, so the migrator opens none of its own.
 * @throws the first migration error
 */
export async function migrateUpTo(db: Db, target: string, options: { schema?: string; inTransaction?: boolean } = {}): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
    ...(options.inTransaction ? { disableTransactions: true } : {}),
  });
  const { error, results } = target === LATEST ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) throw new Error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  return (results ?? []).map((r) => r.migrationName);
}

/** `migrateUpTo`'s target for every known migration. */
export const LATEST = '*latest*';

/** Every migration this code knows, in order. */
export function knownMigrations(): readonly string[] {
  return Object.keys(MIGRATIONS);
}

import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { encodeValue, postgresKind, sqliteKind, type ArchiveValue, type TableInfo } from './values.ts';

/** A consistent, read-only view of the whole database, table by table. */
export interface Snapshot {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applied migrations, in order: the schema version the rows belong to. */
  readonly migrations: readonly string[];
  readonly tables: readonly TableInfo[];
  /** The table's rows in primary-key order (binary order for text), encoded for the archive. */
  rows(table: TableInfo): AsyncIterable<ArchiveValue[]>;
  close(): Promise<void>;
}

export interface SnapshotSource {
  readonly url: string;
  /** PostgreSQL schema, when not the connection's default. */
  readonly schema?: string;
}

/** Tables that are never archived: the migrator's bookkeeping (restore rebuilds it by migrating). */
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);
const PAGE_ROWS = 1000;

/**
 * SQLite: the online backup API copies the live file into `workDir` (writers carry on; a copy
 * is one point in time), then the copy is read.
 */
export async function openSqliteSnapshot(filename: string, workDir: string, skipTable: (name: string) => boolean): Promise<Snapshot> {
  const live = new SQLite(filename, { readonly: true, fileMustExist: true });
  const copy = path.join(workDir, 'snapshot.sqlite');
  try {
    // Step 1 sizes the copy; step 2 takes every page at once, so a busy writer cannot make it start over and over.
    await live.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  const db = new SQLite(copy, { readonly: true });
  const names = (db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).pluck().all() as string[])
    .filter((name) => !BOOKKEEPING.has(name) && !skipTable(name));
  const tables = names.map((name): TableInfo => {
    const info = db.prepare(`select name, type, pk from pragma_table_info(?)`).all(name) as { name: string; type: string; pk: number }[];
    return {
      name,
      columns: info.map((c) => ({ name: c.name, kind: sqliteKind(c.type) })),
      primaryKey: info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
    };
  });
  const hasMigrations = db.prepare(`select 1 from sqlite_master where name = 'kysely_migration'`).get() !== undefined;
  const migrations = hasMigrations ? (db.prepare('select name from kysely_migration order by name').pluck().all() as string[]) : [];
  return {
    dialect: 'sqlite',
    migrations,
    tables,
    async *rows(table) {
      // Without a primary key, every column: the same order PostgreSQL gives, so archives compare.
      const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name)).map(quote).join(', ');
      const statement = db.prepare(`select ${table.columns.map((c) => quote(c.name)).join(', ')} from ${quote(table.name)} order by ${order}`).raw(true);
      for (const row of statement.iterate() as Iterable<unknown[]>) yield row.map((value, i) => encodeValue(value, table.columns[i]!.kind));
    },
    async close() {
      db.close();
    },
  };
}

/**
 * PostgreSQL: one REPEATABLE READ, READ ONLY transaction sees every table at the same instant
 * while the site keeps writing; each table is read through a cursor in primary-key order, with
 * text compared byte by byte (COLLATE "C") so the order is SQLite's.
 */
export async function openPostgresSnapshot(source: SnapshotSource, skipTable: (name: string) => boolean): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: source.url, ...(source.schema ? { options: `-c search_path=${source.schema}` } : {}) });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await postgresTables(client, skipTable);
    const hasMigrations = (await client.query(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'kysely_migration'`)).rowCount! > 0;
    const migrations = hasMigrations ? (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map((r) => r.name) : [];
    let cursors = 0;
    return {
      dialect: 'postgres',
      migrations,
      tables,
      async *rows(table) {
        const cursor = `backup_${++cursors}`;
        const textKinds = new Set(table.columns.filter((c) => c.kind === 'text').map((c) => c.name));
        const keys = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name);
        const order = keys.map((k) => (textKinds.has(k) ? `${quote(k)} collate "C"` : quote(k))).join(', ');
        const columns = table.columns.map((c) => (c.kind === 'text' ? `${quote(c.name)}::text` : quote(c.name))).join(', ');
        await client.query(`declare ${cursor} no scroll cursor for select ${columns} from ${quote(table.name)} order by ${order}`);
        for (;;) {
          const page = await client.query({ text: `fetch ${PAGE_ROWS} from ${cursor}`, rowMode: 'array' });
          for (const row of page.rows as unknown[][]) yield row.map((value, i) => encodeValue(value, table.columns[i]!.kind));
          if (page.rows.length < PAGE_ROWS) break;
        }
        await client.query(`close ${cursor}`);
      },
      async close() {
        await client.query('COMMIT').catch(() => undefined);
        await client.end();
      },
    };
  } catch (error) {
    await client.end();
    throw error;
  }
}

/** The base tables of the connection's schema with their columns' kinds and primary keys. */
export async function postgresTables(client: pg.ClientBase, skipTable: (name: string) => boolean = () => false): Promise<TableInfo[]> {
  const names = (await client.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name collate "C"`,
  )).rows.map((r) => r.table_name).filter((name) => !BOOKKEEPING.has(name) && !skipTable(name));
  const columns = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
    `select table_name, column_name, udt_name from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const keys = await client.query<{ table_name: string; column_name: string }>(
    `select k.table_name, k.column_name from information_schema.table_constraints c
       join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.constraint_schema = c.constraint_schema and k.table_name = c.table_name
      where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema() order by k.table_name, k.ordinal_position`,
  );
  return names.map((name) => ({
    name,
    columns: columns.rows.filter((c) => c.table_name === name).map((c) => ({ name: c.column_name, kind: postgresKind(c.udt_name) })),
    primaryKey: keys.rows.filter((k) => k.table_name === name).map((k) => k.column_name),
  }));
}

export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

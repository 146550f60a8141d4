import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { LATEST, migrateUpTo, openDatabase } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import type { BackupManifest, ManifestTable } from './manifest.ts';
import { postgresTables, quote } from './snapshot.ts';
import { RestoreRefused } from './stage.ts';
import { decodeValue, sqliteKind, type ArchiveValue, type ColumnKind, type TableInfo } from './values.ts';

export type LoadProgress = (done: number, total: number) => void;

/**
 * Builds a SQLite file from staged rows: the archive's schema by its migrations, its rows with
 * foreign keys checked once at the end, then the migrations this code has beyond the archive's.
 * The caller moves the file into place only when this returns.
 */
export async function loadIntoSqlite(file: string, manifest: BackupManifest, stagingDir: string, onProgress?: LoadProgress): Promise<void> {
  const migrated = openDatabase({ url: `file:${file}` });
  try {
    await migrateUpTo(migrated.db, manifest.migrations.at(-1)!);
  } finally {
    await migrated.close();
  }
  const sqlite = new SQLite(file);
  try {
    // Rows go in table by table in any order; the check at the end sees them all.
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec('BEGIN');
    const target = (name: string): TableInfo => {
      const info = sqlite.prepare('select name, type from pragma_table_info(?)').all(name) as { name: string; type: string }[];
      return { name, columns: info.map((c) => ({ name: c.name, kind: sqliteKind(c.type) })), primaryKey: [] };
    };
    let done = 0;
    for (const table of manifest.tables) {
      const kinds = targetKinds(table, target(table.name));
      sqlite.prepare(`delete from ${quote(table.name)}`).run();
      const insert = sqlite.prepare(`insert into ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(', ')}) values (${table.columns.map(() => '?').join(', ')})`);
      for await (const row of readRows(stagingDir, table)) insert.run(convert(row, table, kinds, 'sqlite'));
      onProgress?.(++done, manifest.tables.length);
    }
    sqlite.exec('COMMIT');
    const broken = sqlite.prepare('pragma foreign_key_check').all() as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new RestoreRefused(`the archive's rows do not hold together: ${broken.length} rows of ${first.table} refer to missing rows of ${first.parent}`);
    }
  } finally {
    sqlite.close();
  }
  const latest = openDatabase({ url: `file:${file}` });
  try {
    await migrateUpTo(latest.db, LATEST);
  } finally {
    await latest.close();
  }
}

/**
 * Loads staged rows into an empty PostgreSQL database in ONE transaction, migrations included
 * (PostgreSQL's DDL is transactional): a failure at any point leaves the database as it was.
 */
export async function loadIntoPostgres(database: { url: string; schema?: string }, manifest: BackupManifest, stagingDir: string, onProgress?: LoadProgress): Promise<void> {
  const client = new pg.Client({ connectionString: database.url, ...(database.schema ? { options: `-c search_path=${database.schema}` } : {}) });
  await client.connect();
  try {
    await client.query('BEGIN');
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: singleClientPool(client) }), plugins: [new CamelCasePlugin()] });
    await migrateUpTo(db, manifest.migrations.at(-1)!, { schema: database.schema, inTransaction: true });
    const targets = new Map((await postgresTables(client)).map((t) => [t.name, t]));
    const { order, selfReferencing } = await foreignKeyOrder(client, manifest.tables.map((t) => t.name));
    // Seeded by migrations (the first locales): the archive's rows replace them.
    for (const name of [...order].reverse()) await client.query(`delete from ${quote(name)}`);
    let done = 0;
    for (const name of order) {
      const table = manifest.tables.find((t) => t.name === name)!;
      const target = targets.get(name);
      if (!target) throw new RestoreRefused(`table ${name} of the archive does not exist at its schema version`);
      const kinds = targetKinds(table, target);
      // Rows of a table that refers to itself go through a temporary table and arrive in one
      // statement, whose foreign keys PostgreSQL checks at its end: parents may come after children.
      const into = selfReferencing.has(name) ? `restore_${name}` : name;
      if (into !== name) await client.query(`create temporary table ${quote(into)} (like ${quote(name)}) on commit drop`);
      await insertRows(client, into, table, readRows(stagingDir, table), kinds);
      if (into !== name) await client.query(`insert into ${quote(name)} select * from ${quote(into)}`);
      onProgress?.(++done, order.length);
    }
    await resetSequences(client, order);
    await migrateUpTo(db, LATEST, { schema: database.schema, inTransaction: true });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function insertRows(client: pg.Client, into: string, table: ManifestTable, rows: AsyncIterable<ArchiveValue[]>, kinds: readonly ColumnKind[]): Promise<void> {
  const columns = table.columns.map((c) => quote(c.name)).join(', ');
  const perStatement = Math.max(1, Math.min(1000, Math.floor(30_000 / table.columns.length)));
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const width = table.columns.length;
    const tuples = batch.map((_, r) => `(${table.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    await client.query(`insert into ${quote(into)} (${columns}) values ${tuples}`, batch.flat());
    batch = [];
  };
  for await (const row of rows) {
    batch.push(convert(row, table, kinds, 'postgres'));
    if (batch.length >= perStatement) await flush();
  }
  await flush();
}

/** Tables in an order where each comes after those it refers to; and those that refer to themselves. */
async function foreignKeyOrder(client: pg.Client, names: readonly string[]): Promise<{ order: string[]; selfReferencing: Set<string> }> {
  const edges = (await client.query<{ child: string; parent: string }>(
    `select cl.relname as child, pcl.relname as parent from pg_constraint c
       join pg_class cl on cl.oid = c.conrelid join pg_class pcl on pcl.oid = c.confrelid
       join pg_namespace n on n.oid = cl.relnamespace
      where c.contype = 'f' and n.nspname = current_schema()`,
  )).rows;
  const selfReferencing = new Set(edges.filter((e) => e.child === e.parent).map((e) => e.child));
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Tables refer to each other in a cycle through ${name}; restore cannot order them`);
    state.set(name, 'visiting');
    for (const edge of edges) if (edge.child === name && edge.parent !== name && names.includes(edge.parent)) visit(edge.parent);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return { order, selfReferencing };
}

/** Serial columns continue after the restored rows (none today; kept so a future one is not forgotten). */
async function resetSequences(client: pg.Client, tables: readonly string[]): Promise<void> {
  const sequences = (await client.query<{ table_name: string; column_name: string; seq: string }>(
    `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
       from information_schema.columns where table_schema = current_schema() and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`,
  )).rows.filter((r) => tables.includes(r.table_name));
  for (const { table_name, column_name, seq } of sequences) {
    await client.query(`select setval($1, coalesce((select max(${quote(column_name)}) from ${quote(table_name)}), 0) + 1, false)`, [seq]);
  }
}

async function* readRows(stagingDir: string, table: ManifestTable): AsyncIterable<ArchiveValue[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(path.join(stagingDir, 'db', `${table.name}.jsonl`)), crlfDelay: Infinity });
  for await (const line of lines) {
    const row = JSON.parse(line) as unknown;
    if (!Array.isArray(row) || row.length !== table.columns.length) throw new RestoreRefused(`a row of table ${table.name} does not have its ${table.columns.length} columns`);
    yield row as ArchiveValue[];
  }
}

function targetKinds(table: ManifestTable, target: TableInfo): ColumnKind[] {
  if (target.columns.length === 0) throw new RestoreRefused(`table ${table.name} of the archive does not exist at its schema version`);
  return table.columns.map((column) => {
    const found = target.columns.find((c) => c.name === column.name);
    if (!found) throw new RestoreRefused(`column ${table.name}.${column.name} of the archive does not exist at its schema version`);
    return found.kind;
  });
}

function convert(row: ArchiveValue[], table: ManifestTable, kinds: readonly ColumnKind[], dialect: 'sqlite' | 'postgres'): unknown[] {
  return row.map((value, i) => decodeValue(value, table.columns[i]!.kind, kinds[i]!, dialect));
}

/** A pool of one connection, already inside the caller's transaction, for Kysely's migrator. */
function singleClientPool(client: pg.Client) {
  const connection = Object.assign(client, { release: () => undefined });
  return { connect: async () => connection, end: async () => undefined } as unknown as pg.Pool;
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A PostgreSQL database of its own on the TEST_DATABASE_URL server, for tests that start whole servers. */
export async function createScratchDatabase(prefix: string): Promise<string> {
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `ensemble_${prefix}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  admin.pathname = `/${name}`;
  return admin.href;
}

export async function dropScratchDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.href });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

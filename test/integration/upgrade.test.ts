import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/platform/db/migrations/index.ts';
import { openDatabase, readMigrationStatus } from '../../src/platform/db/database.ts';
import { runCli } from '../helpers/cli.ts';
import { createScratchDatabase, dropScratchDatabase } from '../helpers/scratch-database.ts';
import { startServer } from '../helpers/server-process.ts';
import { testDialects } from '../helpers/test-database.ts';

const FUTURE = '29991231-0000-from-a-newer-version';

describe('upgrades', () => {
  for (const dialect of testDialects()) {
    it(`migrate --dry-run lists what would run and runs nothing; a newer database is refused [${dialect}]`, async () => {
      const databaseUrl = dialect === 'postgres' ? await createScratchDatabase('upgrade') : undefined;
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-upgrade-'));
      const site = { dataDir, publicUrl: 'http://localhost:3999', databaseUrl };
      const database = openDatabase({ url: databaseUrl ?? `file:${path.join(dataDir, 'ensemble.sqlite')}` });
      try {
        const names = Object.keys(MIGRATIONS);
        const dry = runCli(site, 'migrate', '--dry-run');
        expect(dry).toContain(`${names.length} pending migration(s) would be applied`);
        expect(dry).toContain(names[0]);
        expect(dry).toContain(names.at(-1));
        expect((await readMigrationStatus(database.db)).pending).toEqual(names);

        runCli(site, 'migrate');
        expect(runCli(site, 'migrate', '--dry-run')).toContain('Database is up to date');

        // What a newer Ensemble leaves behind: a migration this code has never heard of.
        await sql`insert into kysely_migration (name, timestamp) values (${FUTURE}, '2999-12-31T00:00:00.000Z')`.execute(database.db);
        expect(() => runCli(site, 'migrate', '--dry-run')).toThrow(/failed \(1\).*newer version of Ensemble.*29991231-0000-from-a-newer-version/s);
        const refused = startServer({ databaseUrl, dataDir, timeoutMs: 60_000 });
        await expect(refused).rejects.toThrow(/server exited \(1\)[\s\S]*Ensemble will not start: This database was upgraded by a newer version of Ensemble[\s\S]*29991231-0000-from-a-newer-version/);
      } finally {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
        if (databaseUrl) await dropScratchDatabase(databaseUrl);
      }
    }, 120_000);
  }
});

import { ConfigError, loadConfig } from '../config/config.ts';
import { createSettingsModule } from '../modules/settings/index.ts';
import { migrateToLatest, openDatabase, type Database } from '../platform/db/database.ts';

const HELP = `Usage: npx ensemble <command>

Commands:
  migrate                    apply pending database migrations (npm start also does this)
  fallback [show|hide]       print or set what visitors see where a page is not translated:
                             show = the page in a fallback language, marked as such (default)
                             hide = the page is absent in that language
  help                       show this help

The database is chosen as for npm start: DATABASE_URL, else SQLite in DATA_DIR (./data).`;

/** The command line: one small function per command, reading config like the server does. */
async function run(args: readonly string[]): Promise<number> {
  const [command = 'help'] = args;
  switch (command) {
    case 'migrate':
      return withDatabase(async (database) => {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
        return 0;
      });
    case 'fallback':
      return withDatabase(async (database) => {
        await migrateToLatest(database.db);
        const settings = createSettingsModule({ db: database.db });
        const [, value] = args;
        if (value === undefined) {
          process.stdout.write(`${await settings.getFallbackPolicy()}\n`);
          return 0;
        }
        if (value !== 'show' && value !== 'hide') {
          process.stderr.write('The fallback policy is "show" or "hide".\n');
          return 2;
        }
        await settings.setFallbackPolicy(value);
        // A running server keeps rendered pages in memory until its next change or restart.
        process.stdout.write(`Fallback policy set to ${value}. Restart the server to apply it to cached pages.\n`);
        return 0;
      });
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${HELP}\n`);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command.slice(0, 40)}".\n\n${HELP}\n`);
      return 2;
  }
}

async function withDatabase(work: (database: Database) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const database = openDatabase({ url: config.db.url });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${String(error)}\n`);
    process.exit(1);
  },
);

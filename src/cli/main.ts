import { ConfigError, loadConfig } from '../config/config.ts';
import { migrateToLatest, openDatabase } from '../platform/db/database.ts';

const HELP = `Usage: npx ensemble <command>

Commands:
  migrate     apply pending database migrations (npm start also does this)
  help        show this help

The database is chosen as for npm start: DATABASE_URL, else SQLite in DATA_DIR (./data).`;

/** The command line: one small function per command, reading config like the server does. */
async function run(args: readonly string[]): Promise<number> {
  const [command = 'help'] = args;
  switch (command) {
    case 'migrate': {
      const config = loadConfig();
      const database = openDatabase({ url: config.db.url });
      try {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
        return 0;
      } finally {
        await database.close();
      }
    }
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

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${String(error)}\n`);
    process.exit(1);
  },
);

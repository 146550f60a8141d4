import { ConfigError, loadConfig } from '../config/config.ts';
import { createAccountsModule, DEFAULT_ACCOUNTS_CONFIG, ROLES, SYSTEM, type Role } from '../modules/accounts/index.ts';
import { createAuditModule } from '../modules/audit/index.ts';
import { createLocalesModule } from '../modules/locales/index.ts';
import { createSettingsModule } from '../modules/settings/index.ts';
import { systemClock } from '../platform/clock.ts';
import { isAppError } from '../platform/errors.ts';
import { DatabaseNewerThanCodeError, migrateToLatest, openDatabase, readMigrationStatus, type Database } from '../platform/db/database.ts';
import { runBackup, runRestore } from './commands/backup.ts';
import { runExport } from './commands/export.ts';
import { runLocale } from './commands/locale.ts';
import { runMedia } from './commands/media.ts';

const HELP = `Usage: npx ensemble <command>

Commands:
  user add --role ROLE [--locales en,es] [--name NAME] EMAIL
                             create a back-office account and print its one-time
                             set-password link (ROLE: administrator, editor, translator, reviewer)
  locale list                print the site's languages: tag, names, direction, URL prefix, fallbacks
  locale add TAG [--fallback en,fr] [--prefix P] [--dir ltr|rtl|auto] [--disabled]
                             add a language (a BCP 47 tag: uk, pt-BR, zh-Hans); served at once
  locale disable|enable|default TAG, locale set TAG [options], locale order TAG,TAG,…
                             hide or show a language (texts are kept), make it the default,
                             change its settings, or order the language switcher
  migrate [--dry-run]        apply pending database migrations (npm start also does this);
                             --dry-run lists them and changes nothing
  fallback [show|hide]       print or set what visitors see where a page is not translated:
                             show = the page in a fallback language, marked as such (default)
                             hide = the page is absent in that language
  export OUT [--concurrency N] [--no-search] [--nginx-config DIR --port PORT]
                             write the public site into the folder OUT as static files
                             (.br/.gz beside each, a Pagefind search index); a second export
                             writes only what changed; --nginx-config writes DIR/nginx.conf
                             that serves OUT on PORT (8080)
  backup FILE [--gzip|--no-gzip]
                             write one archive of the site while it serves: every table
                             (database-neutral JSON lines), the media files and a manifest
                             with checksums; FILE.tar.gz (or .tgz) is compressed
  restore FILE               restore an archive into an empty data folder or an empty
                             PostgreSQL database (DATABASE_URL); moves SQLite <-> PostgreSQL
  media move --to s3|local [--concurrency N]
                             copy the media folder's files into the bucket named by S3_BUCKET
                             (and S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), or back;
                             resumable, deletes nothing; then start with FILE_STORE=s3
  help                       show this help

The database is chosen as for npm start: DATABASE_URL, else SQLite in DATA_DIR (./data);
media files as for npm start: FILE_STORE=s3 and S3_*, else DATA_DIR/media.`;

/** The command line: one small function per command, reading config like the server does. */
async function run(args: readonly string[]): Promise<number> {
  const [command = 'help'] = args;
  switch (command) {
    case 'migrate':
      if (args[1] === '--dry-run') return withDatabase(listPendingMigrations);
      if (args.length > 1) {
        process.stderr.write(`Unknown migrate option "${String(args[1]).slice(0, 40)}".\n\n${HELP}\n`);
        return 2;
      }
      return withDatabase(async (database) => {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
        return 0;
      });
    case 'user':
      if (args[1] === 'add') return withDatabase((database) => addUser(database, args.slice(2)));
      process.stderr.write(`Unknown user command "${String(args[1]).slice(0, 40)}".\n\n${HELP}\n`);
      return 2;
    case 'fallback':
      return withDatabase(async (database) => {
        await migrateToLatest(database.db);
        const settings = createSettingsModule({ db: database.db, audit: createAuditModule({ db: database.db, clock: systemClock }) });
        const [, value] = args;
        if (value === undefined) {
          process.stdout.write(`${await settings.getFallbackPolicy()}\n`);
          return 0;
        }
        if (value !== 'show' && value !== 'hide') {
          process.stderr.write('The fallback policy is "show" or "hide".\n');
          return 2;
        }
        await settings.setFallbackPolicy({ policy: value, actor: SYSTEM });
        // A running server keeps rendered pages in memory until its next change or restart.
        process.stdout.write(`Fallback policy set to ${value}. Restart the server to apply it to cached pages.\n`);
        return 0;
      });
    case 'export':
      return withDatabase((database) => runExport(database, loadConfig(), args.slice(1)));
    case 'backup':
      return runBackup(loadConfig(), args.slice(1));
    case 'restore':
      return runRestore(loadConfig(), args.slice(1));
    case 'media':
      return runMedia(loadConfig(), args.slice(1));
    case 'locale':
      return withDatabase((database) => runLocale(database, args.slice(1), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }));
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

/** `user add`: options in any order, the email last or anywhere; prints the link to pass on. */
async function addUser(database: Database, args: readonly string[]): Promise<number> {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) options.set(arg.slice(2), args[++i] ?? '');
    else positional.push(arg);
  }
  const role = options.get('role');
  const email = positional[0];
  if (!role || !(ROLES as readonly string[]).includes(role) || !email) {
    process.stderr.write(`Usage: npx ensemble user add --role ${ROLES.join('|')} [--locales en,es] [--name NAME] EMAIL\n`);
    return 2;
  }
  const locales = (options.get('locales') ?? '').split(',').filter((tag) => tag !== '');
  await migrateToLatest(database.db);
  const config = loadConfig();
  const audit = createAuditModule({ db: database.db, clock: systemClock });
  const configured = createLocalesModule({ db: database.db, clock: systemClock, audit });
  await configured.load();
  const accounts = createAccountsModule({ db: database.db, clock: systemClock, config: DEFAULT_ACCOUNTS_CONFIG, audit, locales: configured });
  try {
    const { user, setPasswordToken } = await accounts.users.createUser({
      email,
      role: role as Role,
      locales,
      displayName: options.get('name') ?? '',
      actor: SYSTEM,
    });
    process.stdout.write(
      `Created ${user.role} ${user.email}. Send this one-time link to choose a password (valid ${DEFAULT_ACCOUNTS_CONFIG.tokenHours} hours):\n` +
        `  ${config.http.publicUrl}/admin/set-password?token=${setPasswordToken}\n`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const details = error.details.map((d) => `  ${d.path}: ${d.message}`).join('\n');
    process.stderr.write(`${error.message}${details ? `\n${details}` : ''}\n`);
    return 1;
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

/** What `migrate` would apply, without applying it; refuses like it would on a newer database. */
async function listPendingMigrations(database: Database): Promise<number> {
  const status = await readMigrationStatus(database.db);
  if (status.unknown.length > 0) {
    process.stderr.write(`${new DatabaseNewerThanCodeError(status.unknown).message}\n`);
    return 1;
  }
  if (status.pending.length === 0) {
    process.stdout.write(`Database is up to date (${status.applied.length} migrations applied). Nothing would be applied.\n`);
    return 0;
  }
  process.stdout.write(`${status.pending.length} pending migration(s) would be applied (dry run, nothing changed):\n${status.pending.map((name) => `  ${name}\n`).join('')}`);
  return 0;
}

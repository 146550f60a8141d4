import { SYSTEM } from '../../modules/accounts/index.ts';
import { createAuditModule } from '../../modules/audit/index.ts';
import { createContentModule, type ContentModule } from '../../modules/content/index.ts';
import { createLocalesModule, languageName, type LocaleChanges, type LocalesModule, type NewLocale } from '../../modules/locales/index.ts';
import { systemClock } from '../../platform/clock.ts';
import { migrateToLatest, type Database } from '../../platform/db/database.ts';
import { isAppError } from '../../platform/errors.ts';

export const LOCALE_USAGE = `Usage: npx ensemble locale <list | add TAG [--fallback en,fr] [--prefix P] [--dir ltr|rtl|auto] [--disabled]
                          | enable TAG | disable TAG | default TAG | set TAG [--fallback …] [--prefix P] [--dir …]
                          | order TAG,TAG,…>`;

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * `locale …`: the site's languages, through the same operations as the back office. A running
 * server notices within seconds (it polls the locales' version), no restart needed.
 */
export async function runLocale(database: Database, args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { positional, options } = parseOptions(rest);
  await migrateToLatest(database.db);
  const audit = createAuditModule({ db: database.db, clock: systemClock });
  // A language added here gets its pages' addresses at once, as in the back office; a running
  // server notices the new set within seconds and serves them.
  const content: { module?: ContentModule } = {};
  const locales = createLocalesModule({ db: database.db, clock: systemClock, audit, onAdded: () => content.module?.service.addLocalePaths(SYSTEM) });
  content.module = createContentModule({ db: database.db, clock: systemClock, audit, locales });
  await locales.load();
  const tag = positional[0];
  try {
    switch (sub) {
      case 'list':
        io.out(listing(locales));
        return 0;
      case 'add': {
        if (!tag) break;
        const input: NewLocale = { tag, ...changesFrom(options), ...(options.has('disabled') ? { enabled: false } : {}) };
        const added = await locales.service.add(input, SYSTEM);
        io.out(`Added ${added.tag} (${languageName(added.tag, 'en')}), served at /${added.prefix}/, falling back to ${added.fallbacks.join(', ') || 'nothing'}${added.enabled ? '' : ' (disabled)'}.\n`);
        return 0;
      }
      case 'enable':
      case 'disable':
        if (!tag) break;
        await locales.service.update(tag, { enabled: sub === 'enable' }, SYSTEM);
        io.out(`${sub === 'enable' ? 'Enabled' : 'Disabled'} ${tag}.${sub === 'disable' ? ' Its pages redirect to its fallback; every text is kept.' : ''}\n`);
        return 0;
      case 'default':
        if (!tag) break;
        await locales.service.update(tag, { isDefault: true }, SYSTEM);
        io.out(`${tag} is now the default locale.\n`);
        return 0;
      case 'set':
        if (!tag) break;
        await locales.service.update(tag, changesFrom(options), SYSTEM);
        io.out(`Updated ${tag}.\n`);
        return 0;
      case 'order':
        if (!tag) break;
        await locales.service.reorder(tag.split(','), SYSTEM);
        io.out(listing(locales));
        return 0;
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    const details = error.details.map((d) => `  ${d.path}: ${d.message}`).join('\n');
    io.err(`${error.message}${details ? `\n${details}` : ''}\n`);
    return 1;
  }
  io.err(`${LOCALE_USAGE}\n`);
  return 2;
}

function listing(locales: Pick<LocalesModule, 'current'>): string {
  const rows = locales.current().all.map((l) =>
    [l.code, l.endonym, languageName(l.code, 'en'), l.dir, `/${l.prefix}/`, l.fallbacks.join(',') || '-', l.enabled ? (l.isDefault ? 'default' : 'enabled') : 'disabled'],
  );
  const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, [...cell].length)), [] as number[]);
  return rows.map((row) => row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)).join('  ').trimEnd()).join('\n') + '\n';
}

function changesFrom(options: ReadonlyMap<string, string>): LocaleChanges {
  const dir = options.get('dir');
  return {
    ...(options.has('fallback') ? { fallbacks: (options.get('fallback') ?? '').split(',').filter((t) => t !== '') } : {}),
    ...(options.has('prefix') ? { prefix: options.get('prefix') ?? '' } : {}),
    ...(dir === 'ltr' || dir === 'rtl' ? { dir } : dir === 'auto' ? { dir: null } : {}),
  };
}

function parseOptions(args: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--disabled') options.set('disabled', '');
    else if (arg.startsWith('--')) options.set(arg.slice(2), args[++i] ?? '');
    else positional.push(arg);
  }
  return { positional, options };
}

/** @module locales — the site's locales (data, managed at run time), their direction, fallbacks and URL prefixes, negotiation, and interface messages. */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AuditModule } from '../audit/index.ts';
import { LocaleSet, type LocaleCode } from './locale-set.ts';
import { INITIAL_LOCALE_SET } from './locales.ts';
import { createTranslator, MESSAGE_KEYS, SHIPPED_CATALOGS, type MessageKey, type Translate } from './messages.ts';
import { createLocalesRepository } from './locales.repository.ts';
import { createLocalesService } from './locales.service.ts';
import { createMessagesService, describeMessages, type MessageState } from './messages.service.ts';

export * from './locale-set.ts';
export * from './locale-tags.ts';
export * from './locales.ts';
export * from './locales.errors.ts';
export { catalogLookup, createTranslator, fixedChain, MESSAGE_KEYS, SHIPPED_CATALOGS, SOURCE_CATALOG, type CatalogSet, type ChainOf, type MessageKey, type MessageValues, type Translate } from './messages.ts';
export { themesAr, themesEn, themesEs, themesFr, themesRu, themesZhHans } from './messages/stories.ts';
export { checkCatalog, checkMessage, type CatalogProblem } from './catalog-check.ts';
export type { NewLocale, LocaleChanges } from './locales.service.ts';
export { SOURCE_LOCALE as MESSAGES_SOURCE_LOCALE, type MessageState, type SetMessageInput } from './messages.service.ts';

/** What readers of the configured locales need: the snapshot of this moment. */
export interface LocaleSource {
  current(): LocaleSet;
}

/** The four locales Ensemble started with, for a module tested on its own; the application passes the locales module. */
export const INITIAL_LOCALE_SOURCE: LocaleSource = { current: () => INITIAL_LOCALE_SET };

/** Fixed locales with the shipped strings, for views rendered without a database (tests). */
export function fixedLocales(set: LocaleSet = INITIAL_LOCALE_SET): LocaleSource & { readonly translate: Translate<MessageKey> } {
  return { current: () => set, translate: createTranslator((locale, key: MessageKey) => SHIPPED_CATALOGS[locale]?.[key], (locale) => set.chain(locale)) };
}

/**
 * The configured locales and the public site's interface strings, held in memory as one
 * snapshot that `load()` replaces after every change (here or, on PostgreSQL, on another instance).
 * `onChange` hears of a change to the set, which alters every page; `onAdded` of a new locale.
 */
export function createLocalesModule({ db, clock, audit, onChange, onAdded }: { db: Db; clock: Clock; audit: AuditModule; onChange?: () => unknown; onAdded?: (tag: LocaleCode) => unknown }) {
  let set = INITIAL_LOCALE_SET;
  let loaded = false;
  let overrides = new Map<string, string>();
  const lookup = (locale: LocaleCode, key: MessageKey) => overrides.get(`${locale}\u0000${key}`) ?? SHIPPED_CATALOGS[locale]?.[key];
  const translate: Translate<MessageKey> = createTranslator(lookup, (locale) => set.chain(locale));

  let version = '';

  async function load(): Promise<void> {
    const repo = createLocalesRepository(db);
    const [records, messages, current] = await Promise.all([repo.list(), repo.listMessages(), repo.version()]);
    version = current;
    set = new LocaleSet(records);
    overrides = new Map(messages.map((m) => [`${m.locale}\u0000${m.key}`, m.message]));
    loaded = true;
  }

  const afterChange = async (added?: LocaleCode) => {
    await load();
    if (added) await onAdded?.(added);
    await onChange?.();
  };
  const service = createLocalesService({ db, clock, audit, afterChange });
  const messages = createMessagesService({ db, clock, audit, afterChange: () => afterChange() });

  return {
    service,
    /** The operation on the public site's interface strings (edit or revert one string of one locale). */
    messages,
    load,
    /** The configured locales now. Before `load()` this is the initial four; the server loads before it listens. */
    current(): LocaleSet {
      return set;
    },
    get loaded(): boolean {
      return loaded;
    },
    /**
     * Reloads when the stored locales or strings changed behind this process's back (the CLI, or
     * another instance on SQLite where no change is broadcast), and tells every page.
     * @returns whether anything changed
     */
    async refreshIfChanged(): Promise<boolean> {
      if ((await createLocalesRepository(db).version()) === version) return false;
      const before = set;
      await load();
      for (const tag of set.allCodes) if (!before.has(tag)) await onAdded?.(tag);
      await onChange?.();
      return true;
    },
    /** The public site's interface string in a locale, along its chain (edited strings first). */
    translate,
    /** Keys with no string of their own in this locale, shipped or edited: shown on the translation dashboard. */
    missingMessages(locale: LocaleCode): MessageKey[] {
      return MESSAGE_KEYS.filter((key) => lookup(locale, key) === undefined);
    },
    /** Every interface string of a locale: the French source, what visitors see now and where it comes from. */
    describeMessages(locale: LocaleCode): MessageState[] {
      return describeMessages(locale, set.chain(locale), (l, key) => overrides.get(`${l}\u0000${key}`));
    },
  };
}

export type LocalesModule = ReturnType<typeof createLocalesModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['locales', 'interfaceStrings'] as const satisfies readonly (keyof Schema)[];

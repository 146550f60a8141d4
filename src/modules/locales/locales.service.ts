import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Clock } from '../../platform/clock.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import type { Direction, LocaleCode, LocaleRecord } from './locale-set.ts';
import { canonicalTag, defaultPrefix, URL_PREFIX } from './locale-tags.ts';
import { invalidLocale, localeExists, localeNotFound } from './locales.errors.ts';
import { createLocalesRepository } from './locales.repository.ts';

/** First path segments the site keeps for itself: no locale may take them as its prefix. */
const RESERVED_PREFIXES: ReadonlySet<string> = new Set(['admin', 'api', 'assets', 'media', 'video', 'videos', 'fonts', 'feeds', 'preview', 'share', 'search', 'sitemap', 'health', 'metrics']);

export interface NewLocale {
  readonly tag: string;
  /** Tags tried, in order, when a page has no translation in this locale; default: the site's default locale. */
  readonly fallbacks?: readonly string[];
  /** Default: the tag in lower case. */
  readonly prefix?: string;
  /** Default (null): the direction of the tag's script. */
  readonly dir?: Direction | null;
  readonly enabled?: boolean;
}

export interface LocaleChanges {
  readonly fallbacks?: readonly string[];
  readonly prefix?: string;
  readonly dir?: Direction | null;
  readonly enabled?: boolean;
  readonly isDefault?: boolean;
}

interface Deps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditModule;
  /** After a commit: reload this process's snapshot and tell every page it changed. */
  readonly afterChange: (added?: LocaleCode) => Promise<void>;
}

/**
 * The operations on the site's locales. Each checks `locales.manage`, validates the whole set as
 * it would be after the change, and commits the rows with their audit entry; pages and the
 * other instances hear of it after the commit.
 */
export function createLocalesService({ db, clock, audit, afterChange }: Deps) {
  return {
    /**
     * Adds a locale (enabled unless said otherwise). Nothing else is needed for it to be served:
     * routing, the switcher, sitemaps and the search index read the configured set.
     * @throws POLICY_FORBIDDEN, LOCALE_TAG_INVALID, LOCALE_EXISTS, LOCALE_INVALID
     */
    async add(input: NewLocale, actor: Actor, unit?: UnitOfWork): Promise<LocaleRecord> {
      authorize(actor, 'locales.manage');
      const tag = canonicalTag(input.tag);
      return withUnitOfWork(db, unit, async ({ trx, afterCommit }) => {
        const repo = createLocalesRepository(trx);
        const existing = await repo.list();
        if (existing.some((l) => l.tag === tag)) throw localeExists(tag);
        const defaultTag = existing.find((l) => l.isDefault)?.tag;
        const record: LocaleRecord = {
          tag,
          position: Math.max(-1, ...existing.map((l) => l.position)) + 1,
          enabled: input.enabled ?? true,
          isDefault: false,
          dirOverride: input.dir ?? null,
          fallbacks: input.fallbacks ? fallbackList(input.fallbacks) : defaultTag ? [defaultTag] : [],
          prefix: input.prefix ?? defaultPrefix(tag),
        };
        checkSet([...existing, record], tag);
        await repo.insert(record, clock.now().toISOString());
        await audit.record({ actorId: actor.id, action: 'locale.added', details: { tag, fallbacks: record.fallbacks, prefix: record.prefix } }, trx);
        afterCommit(() => afterChange(tag));
        return record;
      });
    },

    /**
     * Changes a locale's fallbacks, URL prefix, direction, whether visitors see it, or makes it the
     * default. Disabling hides its pages (redirected to its fallback) and keeps every text.
     * @throws POLICY_FORBIDDEN, LOCALE_NOT_FOUND, LOCALE_INVALID
     */
    async update(tagInput: string, changes: LocaleChanges, actor: Actor, unit?: UnitOfWork): Promise<LocaleRecord> {
      authorize(actor, 'locales.manage');
      const tag = canonicalTag(tagInput);
      return withUnitOfWork(db, unit, async ({ trx, afterCommit }) => {
        const repo = createLocalesRepository(trx);
        const existing = await repo.list();
        const current = existing.find((l) => l.tag === tag);
        if (!current) throw localeNotFound(tag);
        const updated: LocaleRecord = {
          ...current,
          fallbacks: changes.fallbacks ? fallbackList(changes.fallbacks) : current.fallbacks,
          prefix: changes.prefix ?? current.prefix,
          dirOverride: changes.dir === undefined ? current.dirOverride : changes.dir,
          enabled: changes.enabled ?? current.enabled,
          isDefault: changes.isDefault === true ? true : current.isDefault,
        };
        if (changes.isDefault === false && current.isDefault) throw invalidLocale([{ path: 'isDefault', message: 'make another locale the default instead', reason: 'default' }]);
        const next = existing.map((l) => (l.tag === tag ? updated : changes.isDefault === true ? { ...l, isDefault: false } : l));
        checkSet(next, tag);
        const at = clock.now().toISOString();
        for (const record of next) if (record !== existing.find((l) => l.tag === record.tag)) await repo.update(record, at);
        await audit.record({ actorId: actor.id, action: 'locale.updated', details: { tag, ...changes } }, trx);
        afterCommit(() => afterChange());
        return updated;
      });
    },

    /**
     * Puts the locales in this order (the switcher's, the dashboard's); tags left out keep their
     * relative order after the ones given.
     * @throws POLICY_FORBIDDEN, LOCALE_NOT_FOUND
     */
    async reorder(tags: readonly string[], actor: Actor, unit?: UnitOfWork): Promise<void> {
      authorize(actor, 'locales.manage');
      const wanted = canonicalList(tags);
      await withUnitOfWork(db, unit, async ({ trx, afterCommit }) => {
        const repo = createLocalesRepository(trx);
        const existing = await repo.list();
        const unknown = wanted.find((t) => !existing.some((l) => l.tag === t));
        if (unknown) throw localeNotFound(unknown);
        const order = [...wanted, ...existing.map((l) => l.tag).filter((t) => !wanted.includes(t))];
        const at = clock.now().toISOString();
        for (const record of existing) {
          const position = order.indexOf(record.tag);
          if (position !== record.position) await repo.update({ ...record, position }, at);
        }
        await audit.record({ actorId: actor.id, action: 'locale.reordered', details: { order } }, trx);
        afterCommit(() => afterChange());
      });
    },
  };
}

function canonicalList(tags: readonly string[]): LocaleCode[] {
  return [...new Set(tags.map(canonicalTag))];
}

/** Fallbacks as typed: a malformed one is kept as is, so checkSet names it as no configured locale, beside the fallbacks rather than the tag. */
function fallbackList(tags: readonly string[]): LocaleCode[] {
  return [
    ...new Set(
      tags.map((t) => {
        try {
          return canonicalTag(t);
        } catch {
          return t.trim().slice(0, 40);
        }
      }),
    ),
  ];
}

/** The rules a set of locales keeps after every change, checked before anything is written. */
function checkSet(records: readonly LocaleRecord[], changed: LocaleCode): void {
  const problems: FieldProblem[] = [];
  const record = records.find((r) => r.tag === changed);
  if (!record) return;
  const tags = new Set(records.map((r) => r.tag));
  for (const fallback of record.fallbacks) {
    if (fallback === changed) problems.push({ path: 'fallbacks', message: 'a locale cannot fall back to itself', reason: 'self' });
    else if (!tags.has(fallback)) problems.push({ path: 'fallbacks', message: `${fallback} is not a configured locale`, reason: 'unknown' });
  }
  if (!URL_PREFIX.test(record.prefix) || RESERVED_PREFIXES.has(record.prefix)) {
    problems.push({ path: 'prefix', message: 'must be lowercase letters, digits and hyphens, like zh or pt-br, and not a path the site uses', reason: 'prefix' });
  } else if (records.some((r) => r.tag !== changed && r.prefix === record.prefix)) {
    problems.push({ path: 'prefix', message: `${record.prefix} is already the prefix of another locale`, reason: 'taken' });
  }
  if (record.isDefault && !record.enabled) problems.push({ path: 'enabled', message: 'the default locale cannot be disabled; make another locale the default first', reason: 'default' });
  if (!records.some((r) => r.enabled)) problems.push({ path: 'enabled', message: 'at least one locale stays enabled', reason: 'last' });
  if (problems.length > 0) throw invalidLocale(problems);
}

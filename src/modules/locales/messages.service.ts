import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import { checkMessage } from './catalog-check.ts';
import type { LocaleCode } from './locale-set.ts';
import { invalidMessage, localeNotFound } from './locales.errors.ts';
import { createLocalesRepository } from './locales.repository.ts';
import { MESSAGE_KEYS, SHIPPED_CATALOGS, SOURCE_CATALOG, type MessageKey } from './messages.ts';

/** The source language of the interface strings: nobody translates into it, a translator never edits it. */
export const SOURCE_LOCALE = 'fr';
/** Longer than any sentence of the interface; far shorter than an abuse. */
const MAX_LENGTH = 2000;

export interface SetMessageInput {
  readonly locale: string;
  readonly key: string;
  /** The new text (ICU MessageFormat); null or empty: back to the shipped string, or the fallback. */
  readonly message: string | null;
  readonly actor: Actor;
}

/** Where the text a visitor sees for one key in one locale comes from. */
export interface MessageState {
  readonly key: MessageKey;
  /** The French source. */
  readonly source: string;
  /** What visitors see: the edited or shipped string of this locale, else of the first locale along its chain that has one. */
  readonly text: string;
  readonly origin: 'edited' | 'shipped' | 'fallback';
  /** The locale `text` is written in (another one for a fallback). */
  readonly textLocale: LocaleCode;
  /** The shipped string of this locale, if any: what reverting gives back. */
  readonly shipped: string | undefined;
}

interface Deps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditModule;
  /** After a commit: reload this process's snapshot and tell every page it changed. */
  readonly afterChange: () => Promise<void>;
}

/** The public site's interface strings as edited in the back office, per locale, over the shipped catalogs. */
export function createMessagesService({ db, clock, audit, afterChange }: Deps) {
  return {
    /**
     * Edits one interface string of one locale, or reverts it (null or empty) to the shipped one.
     * The text is checked against the French source (it parses, same arguments, the locale's plural
     * forms); a string equal to the shipped one is kept as no override, so later releases reach it.
     * @throws POLICY_FORBIDDEN, LOCALE_NOT_FOUND, MESSAGE_INVALID
     */
    async setMessage({ locale, key, message, actor }: SetMessageInput, unit?: UnitOfWork): Promise<{ locale: LocaleCode; key: MessageKey; message: string | null }> {
      authorize(actor, 'messages.edit', { locale, isSource: locale === SOURCE_LOCALE });
      return withUnitOfWork(db, unit, async ({ trx, afterCommit }) => {
        const repo = createLocalesRepository(trx);
        if (!(await repo.list()).some((l) => l.tag === locale)) throw localeNotFound(locale);
        if (!isMessageKey(key)) throw invalidMessage([{ path: 'key', message: 'is not an interface string of the site', reason: 'key' }]);
        const text = message === null || message.trim() === '' ? null : message;
        if (text !== null) {
          if (text.length > MAX_LENGTH) throw invalidMessage([{ path: 'message', message: `must be at most ${MAX_LENGTH} characters`, reason: 'length' }]);
          const problems = checkMessage(locale, text, SOURCE_CATALOG[key]);
          if (problems.length > 0) throw invalidMessage(problems.map((problem) => ({ path: 'message', message: problem, reason: 'icu' })));
        }
        const stored = text === null || text === SHIPPED_CATALOGS[locale]?.[key] ? null : text;
        if (stored === null) await repo.deleteMessage(locale, key);
        else await repo.saveMessage(locale, key, stored, actor.id, clock.now().toISOString());
        await audit.record({ actorId: actor.id, action: 'interface-string.updated', details: { locale, key, message: stored } }, trx);
        afterCommit(() => afterChange());
        return { locale, key, message: stored };
      });
    },
  };
}

/**
 * Every interface string of a locale as the site shows it now, in the catalog's order.
 * `chain` is the locale's own chain; English then French close it, as the translator does.
 */
export function describeMessages(locale: LocaleCode, chain: readonly LocaleCode[], edited: (locale: LocaleCode, key: MessageKey) => string | undefined): MessageState[] {
  const order = [...new Set([locale, ...chain, 'en', SOURCE_LOCALE])];
  return MESSAGE_KEYS.map((key) => {
    const shipped = SHIPPED_CATALOGS[locale]?.[key];
    for (const candidate of order) {
      const own = edited(candidate, key);
      const text = own ?? SHIPPED_CATALOGS[candidate]?.[key];
      if (text === undefined) continue;
      const origin = candidate !== locale ? 'fallback' : own !== undefined ? 'edited' : 'shipped';
      return { key, source: SOURCE_CATALOG[key], text, origin, textLocale: candidate, shipped };
    }
    return { key, source: SOURCE_CATALOG[key], text: SOURCE_CATALOG[key], origin: 'fallback', textLocale: SOURCE_LOCALE, shipped };
  });
}

function isMessageKey(key: string): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key);
}

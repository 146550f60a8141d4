import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { SYSTEM, type Actor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createLocalesModule, SHIPPED_CATALOGS, type LocalesModule } from './index.ts';

const person = (role: Role, locales: string[] = []): Actor => ({ kind: 'user', id: `u-${role}`, role, locales });
const admin = person('administrator');
const arabicTranslator = person('translator', ['ar']);

describeEachDatabase('interface strings edited in the back office', (dialect) => {
  let database: Database;
  let audit: AuditModule;
  let locales: LocalesModule;
  let changes: number;
  const stored = () => database.db.selectFrom('interfaceStrings').selectAll().execute();

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-12-02T10:00:00.000Z');
    audit = createAuditModule({ db: database.db, clock });
    changes = 0;
    locales = createLocalesModule({ db: database.db, clock, audit, onChange: () => changes++ });
    await locales.load();
  });
  afterEach(() => database.close());

  it('serves an edited string at once, records who changed it, and reverts to the shipped one with null', async () => {
    await locales.messages.setMessage({ locale: 'ar', key: 'nav.home', message: 'الرئيسية', actor: arabicTranslator });
    expect(locales.translate('ar', 'nav.home')).toBe('الرئيسية');
    expect(changes).toBe(1);
    expect(await stored()).toEqual([expect.objectContaining({ locale: 'ar', key: 'nav.home', message: 'الرئيسية', updatedBy: 'u-translator' })]);
    expect(locales.describeMessages('ar').find((m) => m.key === 'nav.home')).toMatchObject({ text: 'الرئيسية', origin: 'edited', shipped: SHIPPED_CATALOGS.ar!['nav.home'] });
    const { entries } = await audit.list({ action: 'interface-string.updated' });
    expect(entries[0]).toMatchObject({ actorId: 'u-translator', details: { locale: 'ar', key: 'nav.home', message: 'الرئيسية' } });

    await locales.messages.setMessage({ locale: 'ar', key: 'nav.home', message: null, actor: admin });
    expect(locales.translate('ar', 'nav.home')).toBe(SHIPPED_CATALOGS.ar!['nav.home']);
    expect(await stored()).toEqual([]);
    await locales.messages.setMessage({ locale: 'ar', key: 'nav.home', message: 'الرئيسية', actor: admin });
    await locales.messages.setMessage({ locale: 'ar', key: 'nav.home', message: '  ', actor: admin });
    expect(await stored()).toEqual([]);
    expect(changes).toBe(4);
  });

  it('lets a translator edit only their own locales, never the French source', async () => {
    await expect(locales.messages.setMessage({ locale: 'es', key: 'nav.home', message: 'Portada', actor: arabicTranslator })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(locales.messages.setMessage({ locale: 'fr', key: 'nav.home', message: 'Début', actor: person('translator', ['fr', 'ar']) })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(locales.messages.setMessage({ locale: 'fr', key: 'nav.home', message: 'Début', actor: person('reviewer') })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await locales.messages.setMessage({ locale: 'fr', key: 'nav.home', message: 'Début', actor: person('editor') });
    expect(locales.translate('fr', 'nav.home')).toBe('Début');
    expect((await stored()).map((r) => r.locale)).toEqual(['fr']);
  });

  it('refuses a string that would break the page, an unknown key or locale, and writes nothing', async () => {
    const refusals = [
      [{ locale: 'ar', key: 'countries.count', message: '{count, plural, one {بلد} other {# بلد}' }, 'MESSAGE_INVALID'],
      [{ locale: 'ar', key: 'countries.count', message: '{count, plural, one {بلد واحد} other {# بلد}}' }, 'MESSAGE_INVALID'],
      [{ locale: 'es', key: 'statement.by', message: '{nombre}, {role}' }, 'MESSAGE_INVALID'],
      [{ locale: 'es', key: 'no.such.key', message: 'Hola' }, 'MESSAGE_INVALID'],
      [{ locale: 'de', key: 'nav.home', message: 'Startseite' }, 'LOCALE_NOT_FOUND'],
    ] as const;
    for (const [input, code] of refusals) {
      await expect(locales.messages.setMessage({ ...input, actor: SYSTEM }), input.message).rejects.toMatchObject({ code });
    }
    const problem = await locales.messages.setMessage({ locale: 'ar', key: 'countries.count', message: '{count, plural, one {بلد واحد} other {# بلد}}', actor: admin }).catch((e: unknown) => e);
    expect(problem).toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: 'message', message: expect.stringContaining('“zero”') })]) });
    expect(await stored()).toEqual([]);
    expect((await audit.list()).total).toBe(0);
    expect(changes).toBe(0);
  });

  it('fills a locale with no catalog of its own: the missing count falls as strings are written', async () => {
    await locales.service.add({ tag: 'uk', fallbacks: ['en'] }, admin);
    const before = locales.missingMessages('uk').length;
    expect(before).toBeGreaterThan(10);
    expect(locales.describeMessages('uk').find((m) => m.key === 'nav.home')).toMatchObject({ origin: 'fallback', textLocale: 'en', text: 'Home' });
    await locales.messages.setMessage({ locale: 'uk', key: 'nav.home', message: 'Головна', actor: admin });
    expect(locales.missingMessages('uk')).toHaveLength(before - 1);
    expect(locales.translate('uk', 'nav.home')).toBe('Головна');
    await locales.messages.setMessage({ locale: 'uk', key: 'countries.count', message: '{count, plural, one {# країна} few {# країни} many {# країн} other {# країни}}', actor: admin });
    expect(locales.translate('uk', 'countries.count', { count: 3 })).toBe('3 країни');
  });
});

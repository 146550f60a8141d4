import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { SYSTEM, type Actor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createLocalesModule, type LocalesModule } from './index.ts';

const person = (role: Role): Actor => ({ kind: 'user', id: `u-${role}`, role, locales: role === 'translator' ? ['ar'] : [] });
const admin = person('administrator');

describeEachDatabase('locales operations', (dialect) => {
  let database: Database;
  let audit: AuditModule;
  let locales: LocalesModule;
  let changes: number;
  let added: string[];

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-12-02T10:00:00.000Z');
    audit = createAuditModule({ db: database.db, clock });
    changes = 0;
    added = [];
    locales = createLocalesModule({ db: database.db, clock, audit, onChange: () => changes++, onAdded: (tag) => added.push(tag) });
    await locales.load();
  });
  afterEach(() => database.close());

  it('starts with the four locales Ensemble had in code, French the default', () => {
    const set = locales.current();
    expect(set.codes).toEqual(['fr', 'en', 'es', 'ar']);
    expect(set.defaultLocale).toBe('fr');
    expect(set.get('ar')).toMatchObject({ dir: 'rtl', endonym: 'العربية', fallbacks: ['en', 'fr'], prefix: 'ar' });
  });

  it('adds a locale from any spelling of its tag, derives its name and direction, and announces it after the commit', async () => {
    const record = await locales.service.add({ tag: 'ZH-hans', fallbacks: ['en', 'fr'], prefix: 'zh' }, admin);
    expect(record).toMatchObject({ tag: 'zh-Hans', prefix: 'zh', enabled: true, position: 4 });
    const set = locales.current();
    expect(set.codes).toEqual(['fr', 'en', 'es', 'ar', 'zh-Hans']);
    expect(set.fromPrefix('zh')).toMatchObject({ code: 'zh-Hans', dir: 'ltr', endonym: '简体中文' });
    expect(set.chain('zh-Hans')).toEqual(['zh-Hans', 'en', 'fr']);
    await locales.service.add({ tag: 'ur' }, admin);
    expect(locales.current().get('ur')).toMatchObject({ dir: 'rtl', fallbacks: ['fr'], prefix: 'ur' });
    expect(added).toEqual(['zh-Hans', 'ur']);
    expect(changes).toBe(2);
    const { entries } = await audit.list();
    expect(entries.map((e) => [e.action, e.details.tag])).toEqual(expect.arrayContaining([['locale.added', 'zh-Hans'], ['locale.added', 'ur']]));
  });

  it('refuses what would break the set and changes nothing', async () => {
    await expect(locales.service.add({ tag: 'fr' }, admin)).rejects.toMatchObject({ code: 'LOCALE_EXISTS' });
    await expect(locales.service.add({ tag: 'not a tag' }, admin)).rejects.toMatchObject({ code: 'LOCALE_TAG_INVALID' });
    await expect(locales.service.add({ tag: 'uk', fallbacks: ['de'] }, admin)).rejects.toMatchObject({ code: 'LOCALE_INVALID', details: [expect.objectContaining({ path: 'fallbacks' })] });
    await expect(locales.service.add({ tag: 'uk', fallbacks: ['en', 'not a tag'] }, admin)).rejects.toMatchObject({ code: 'LOCALE_INVALID', details: [expect.objectContaining({ path: 'fallbacks', reason: 'unknown' })] });
    await expect(locales.service.add({ tag: 'uk', prefix: 'fr' }, admin)).rejects.toMatchObject({ code: 'LOCALE_INVALID', details: [expect.objectContaining({ path: 'prefix', reason: 'taken' })] });
    await expect(locales.service.add({ tag: 'uk', prefix: 'admin' }, admin)).rejects.toMatchObject({ code: 'LOCALE_INVALID', details: [expect.objectContaining({ path: 'prefix' })] });
    await expect(locales.service.update('fr', { enabled: false }, admin)).rejects.toMatchObject({ code: 'LOCALE_INVALID', details: [expect.objectContaining({ reason: 'default' })] });
    await expect(locales.service.update('de', { enabled: false }, admin)).rejects.toMatchObject({ code: 'LOCALE_NOT_FOUND' });
    for (const role of ['editor', 'translator', 'reviewer'] as const) {
      await expect(locales.service.add({ tag: 'uk' }, person(role))).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    }
    expect(locales.current().codes).toEqual(['fr', 'en', 'es', 'ar']);
    expect((await audit.list()).total).toBe(0);
    expect(changes).toBe(0);
  });

  it('disables and enables a locale, moves the default, and orders the set', async () => {
    await locales.service.update('en', { enabled: false }, SYSTEM);
    let set = locales.current();
    expect(set.codes).toEqual(['fr', 'es', 'ar']);
    expect(set.has('en')).toBe(true);
    expect(set.chain('ar')).toEqual(['ar', 'fr']);
    expect(set.redirectTarget('en')).toBe('fr');

    await locales.service.update('es', { isDefault: true }, admin);
    await locales.service.update('fr', { enabled: false }, admin);
    set = locales.current();
    expect(set.defaultLocale).toBe('es');
    expect(set.codes).toEqual(['es', 'ar']);

    await locales.service.update('en', { enabled: true, dir: 'rtl' }, admin);
    await locales.service.reorder(['ar', 'en'], admin);
    set = locales.current();
    expect(set.codes).toEqual(['ar', 'en', 'es']);
    expect(set.get('en').dir).toBe('rtl');
  });

  it('notices a change made by another process (the CLI) and reloads', async () => {
    const other = createLocalesModule({ db: database.db, clock: manualClock('2026-12-02T11:00:00.000Z'), audit });
    await other.load();
    await other.service.add({ tag: 'uk', fallbacks: ['en'] }, SYSTEM);
    expect(locales.current().has('uk')).toBe(false);
    expect(await locales.refreshIfChanged()).toBe(true);
    expect(locales.current().get('uk')).toMatchObject({ endonym: 'Українська', enabled: true });
    expect(changes).toBe(1);
    expect(await locales.refreshIfChanged()).toBe(false);
  });
});

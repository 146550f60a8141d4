import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { SYSTEM, type Actor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createSettingsModule, type SettingsModule } from './index.ts';

const person = (role: Role): Actor => ({ kind: 'user', id: `u-${role}`, role, locales: role === 'translator' ? ['fr'] : [] });

describeEachDatabase('settings operations', (dialect) => {
  let database: Database;
  let audit: AuditModule;
  let settings: SettingsModule;
  let changes: number;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    audit = createAuditModule({ db: database.db, clock: manualClock('2026-12-02T10:00:00.000Z') });
    changes = 0;
    settings = createSettingsModule({ db: database.db, audit, onChange: () => changes++ });
  });
  afterEach(() => database.close());

  it('lets only administrators and the system change the fallback policy; others change and record nothing', async () => {
    const token: Actor = { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'write', 'publish'], locales: null };
    for (const actor of [person('editor'), person('reviewer'), person('translator'), token]) {
      await expect(settings.setFallbackPolicy({ policy: 'hide', actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    }
    await expect(settings.setSetting({ key: 'demoLoadedAt', value: 'now', actor: person('editor') })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    expect(await settings.listVersionRows()).toEqual([]);
    expect((await audit.list()).total).toBe(0);
    expect(changes).toBe(0);

    await settings.setFallbackPolicy({ policy: 'hide', actor: person('administrator') });
    expect(await settings.getFallbackPolicy()).toBe('hide');
    expect(changes).toBe(1);
    const { entries } = await audit.list();
    expect(entries).toEqual([expect.objectContaining({ actorId: 'u-administrator', action: 'settings.updated', details: { key: 'fallbackPolicy', value: 'hide' } })]);
  });

  it('refuses a policy other than show or hide, and records the application’s own settings by key only', async () => {
    await expect(settings.setFallbackPolicy({ policy: 'maybe' as never, actor: SYSTEM })).rejects.toMatchObject({ code: 'SETTINGS_INVALID' });
    expect(await settings.getFallbackPolicy()).toBe('show');
    await settings.setSetting({ key: 'demoLoadedAt', value: '2026-12-02T10:00:00.000Z', actor: SYSTEM });
    expect(await settings.getSetting('demoLoadedAt')).toBe('2026-12-02T10:00:00.000Z');
    expect((await audit.list()).entries).toEqual([expect.objectContaining({ actorId: 'system', action: 'settings.updated', details: { key: 'demoLoadedAt' } })]);
  });
});

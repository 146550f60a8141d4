import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule, type AuditModule } from './index.ts';

const MINUTE = 60_000;

describeEachDatabase('audit log', (dialect) => {
  let database: Database;
  let clock: ReturnType<typeof manualClock>;
  let audit: AuditModule;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    clock = manualClock('2026-11-28T10:00:00.000Z');
    audit = createAuditModule({ db: database.db, clock });
  });
  afterEach(() => database.close());

  it('records entries with the clock’s time and lists them newest first with the total', async () => {
    const first = await audit.record({ actorId: 'u1', action: 'user.created', details: { role: 'editor' } });
    clock.advance(MINUTE);
    await audit.record({ actorId: 'u1', action: 'translation.saved', documentId: 'd1', locale: 'ar' });
    expect(first).toMatchObject({ at: '2026-11-28T10:00:00.000Z', documentId: null, locale: null });
    const { entries, total } = await audit.list();
    expect(total).toBe(2);
    expect(entries.map((e) => e.action)).toEqual(['translation.saved', 'user.created']);
    expect(entries[0]).toMatchObject({ at: '2026-11-28T10:01:00.000Z', actorId: 'u1', documentId: 'd1', locale: 'ar', details: {} });
    expect(entries[1]?.details).toEqual({ role: 'editor' });
  });

  it('filters by actor, action and document, and pages with limit and offset', async () => {
    for (let i = 0; i < 7; i++) {
      await audit.record({ actorId: i % 2 ? 'odd' : 'even', action: 'translation.saved', documentId: `d${i % 3}`, details: { i } });
      clock.advance(MINUTE);
    }
    await audit.record({ actorId: null, action: 'sign-in.failed', details: { reason: 'unknown' } });
    expect((await audit.list({ actorId: 'odd' })).total).toBe(3);
    expect((await audit.list({ action: 'sign-in.failed' })).entries).toEqual([expect.objectContaining({ actorId: null })]);
    expect((await audit.list({ documentId: 'd0', actorId: 'even' })).entries.map((e) => e.details.i)).toEqual([6, 0]);
    const page = await audit.list({ action: 'translation.saved', limit: 3, offset: 3 });
    expect(page.total).toBe(7);
    expect(page.entries.map((e) => e.details.i)).toEqual([3, 2, 1]);
  });

  it('refuses a limit above 100, a negative offset, a malformed action and details naming a secret', async () => {
    await expect(audit.list({ limit: 101, offset: -1 })).rejects.toMatchObject({
      code: 'AUDIT_INVALID',
      kind: 'validation',
      details: [expect.objectContaining({ path: 'limit' }), expect.objectContaining({ path: 'offset' })],
    });
    await expect(audit.list({ limit: 100 })).resolves.toEqual({ entries: [], total: 0 });
    await expect(
      audit.record({ actorId: 'u1', action: 'Password Changed', details: { newPassword: 'x', token: 'y' } }),
    ).rejects.toMatchObject({
      code: 'AUDIT_INVALID',
      details: [
        expect.objectContaining({ path: 'action' }),
        expect.objectContaining({ path: 'details.newPassword' }),
        expect.objectContaining({ path: 'details.token' }),
      ],
    });
    expect((await audit.list()).total).toBe(0);
  });

  it('keeps entries after the acting user is deleted', async () => {
    await database.db
      .insertInto('users')
      .values({ id: 'u1', email: 'a@example.org', displayName: 'A', role: 'editor', locales: '[]', uiLocale: 'fr', passwordHash: null, createdAt: 'now', disabledAt: null })
      .execute();
    await audit.record({ actorId: 'u1', action: 'user.created' });
    await database.db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect((await audit.list({ actorId: 'u1' })).total).toBe(1);
  });
});

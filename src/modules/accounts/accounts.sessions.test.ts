import { createHash } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM, userActor } from './index.ts';
import { GOOD_PASSWORD, MINUTE, openAccountsFixture, type AccountsFixture } from './testing.ts';

// Wrapped, not replaced: the real verification runs, and the test can count how often.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const HOUR = 60 * MINUTE;
const email = 'nadia@example.org';

describeEachDatabase('accounts: sessions', (dialect) => {
  let f: AccountsFixture;
  let userId: string;
  const signIn = (password = GOOD_PASSWORD, clientAddress = '192.0.2.1', who = email) =>
    f.accounts.sessions.signIn({ email: who, password, clientAddress });
  const failuresIn = async () => (await f.audit.list({ action: 'sign-in.failed' })).entries.map((e) => e.details);

  beforeEach(async () => {
    f = await openAccountsFixture(dialect);
    userId = (await f.createActiveUser({ email })).id;
  });
  afterEach(() => f.close());

  it('signs in and authenticates the cookie token, keeping only its hash', async () => {
    const { token, session, user } = await signIn(GOOD_PASSWORD, '192.0.2.1', '  Nadia@Example.org');
    expect(user.id).toBe(userId);
    expect(session).toMatchObject({ id: sha256(token), userId, expiresAt: '2026-11-28T18:00:00.000Z' });
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await f.accounts.sessions.authenticate(token)).toEqual({ session, user });
    const rows = await f.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await f.audit.list({ action: 'session.signed-in' })).entries[0]).toMatchObject({
      actorId: userId,
      details: { clientAddress: '192.0.2.1' },
    });
  });

  it('gives the same error for an unknown account, a wrong password and an account without a password', async () => {
    await f.accounts.users.createUser({ email: 'invited@example.org', role: 'editor', actor: SYSTEM });
    const errors = await Promise.all([
      signIn(GOOD_PASSWORD, '192.0.2.1', 'nobody@example.org').catch((e: unknown) => e),
      signIn('wrong password!', '192.0.2.2').catch((e: unknown) => e),
      signIn(GOOD_PASSWORD, '192.0.2.3', 'invited@example.org').catch((e: unknown) => e),
    ]);
    for (const error of errors) {
      expect(error).toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED', kind: 'unauthenticated', details: [] });
      expect((error as Error).message).toBe((errors[0] as Error).message);
    }
    expect((await failuresIn()).map((d) => d.reason).sort()).toEqual(['no-password', 'unknown', 'wrong-password']);
    const log = JSON.stringify((await f.audit.list({ limit: 100 })).entries);
    expect(log).not.toContain(GOOD_PASSWORD);
    expect(log).not.toContain('wrong password!');
  });

  it('runs one argon2 verification for an unknown account too, so timing does not tell', async () => {
    vi.mocked(verify).mockClear();
    await expect(signIn(GOOD_PASSWORD, '192.0.2.1', 'nobody@example.org')).rejects.toThrow();
    expect(verify).toHaveBeenCalledTimes(1);
    await expect(signIn('wrong password!')).rejects.toThrow();
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('refuses a disabled account with the same error, even with the right password', async () => {
    const admin = await f.createActiveUser({ role: 'administrator' });
    await f.accounts.users.updateUser({ id: userId, disabled: true, actor: userActor(admin) });
    await expect(signIn()).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
    expect(await failuresIn()).toEqual([{ reason: 'disabled', clientAddress: '192.0.2.1', userId }]);
  });

  it('ends a session left unused for idleMinutes, and keeps one in use', async () => {
    const { token, session } = await signIn();
    f.clock.advance(29 * MINUTE);
    expect((await f.accounts.sessions.authenticate(token))?.session.lastSeenAt).toBe('2026-11-28T10:29:00.000Z');
    f.clock.advance(29 * MINUTE);
    expect(await f.accounts.sessions.authenticate(token)).toBeDefined();
    f.clock.advance(30 * MINUTE);
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    expect(await f.db.selectFrom('sessions').where('id', '=', session.id).selectAll().execute()).toEqual([]);
  });

  it('ends a session absoluteHours after sign-in, however active', async () => {
    const { token } = await signIn();
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      f.clock.advance(20 * MINUTE);
      expect(await f.accounts.sessions.authenticate(token)).toBeDefined();
    }
    f.clock.advance(20 * MINUTE);
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    expect(await f.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('writes last_seen_at at most once a minute', async () => {
    const { token, session } = await signIn();
    f.clock.advance(59_000);
    expect((await f.accounts.sessions.authenticate(token))?.session.lastSeenAt).toBe(session.lastSeenAt);
    f.clock.advance(1_000);
    await f.accounts.sessions.authenticate(token);
    const row = await f.db.selectFrom('sessions').select('lastSeenAt').executeTakeFirstOrThrow();
    expect(row.lastSeenAt).toBe('2026-11-28T10:01:00.000Z');
  });

  it('ignores unknown and empty tokens', async () => {
    expect(await f.accounts.sessions.authenticate('')).toBeUndefined();
    expect(await f.accounts.sessions.authenticate('no-such-token')).toBeUndefined();
    await f.accounts.sessions.signOut('no-such-token');
    expect((await f.audit.list({ action: 'session.signed-out' })).total).toBe(0);
  });

  it('signs one session out, or every session of the user', async () => {
    const [a, b, c] = [await signIn(), await signIn(), await signIn()];
    await f.accounts.sessions.signOut(a.token);
    expect(await f.accounts.sessions.authenticate(a.token)).toBeUndefined();
    expect(await f.accounts.sessions.authenticate(b.token)).toBeDefined();
    expect(await f.accounts.sessions.signOutEverywhere(userId)).toBe(2);
    expect(await f.accounts.sessions.authenticate(c.token)).toBeUndefined();
    expect((await f.audit.list({ action: 'session.signed-out-everywhere' })).entries[0]).toMatchObject({
      actorId: userId,
      details: { userId, sessionsEnded: 2 },
    });
  });

  it('limits failures per account from any client, says how long to wait, and lets the account in after the window', async () => {
    for (const [i, address] of ['198.51.100.1', '198.51.100.2', '198.51.100.3'].entries()) {
      await expect(signIn(`wrong password ${i}`, address)).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
      f.clock.advance(MINUTE);
    }
    // The right password changes nothing while the account is limited: it is not even checked.
    await expect(signIn(GOOD_PASSWORD, '203.0.113.9')).rejects.toMatchObject({
      code: 'ACCOUNTS_RATE_LIMITED',
      kind: 'unavailable',
      retryAfterSeconds: 12 * 60,
    });
    expect((await failuresIn())[0]).toEqual({ reason: 'rate-limited', clientAddress: '203.0.113.9' });
    f.clock.advance(12 * MINUTE);
    await expect(signIn(GOOD_PASSWORD, '203.0.113.9')).resolves.toMatchObject({ user: { id: userId } });
  });

  it('limits the same for an unknown account, so limits do not tell which accounts exist', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(signIn(GOOD_PASSWORD, `198.51.100.${i}`, 'ghost@example.org')).rejects.toMatchObject({
        code: 'ACCOUNTS_SIGN_IN_FAILED',
      });
    }
    await expect(signIn(GOOD_PASSWORD, '198.51.100.9', 'ghost@example.org')).rejects.toMatchObject({
      code: 'ACCOUNTS_RATE_LIMITED',
    });
  });

  it('limits failures per client address while other clients still sign in', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(signIn(GOOD_PASSWORD, '198.51.100.7', `guess-${i}@example.org`)).rejects.toMatchObject({
        code: 'ACCOUNTS_SIGN_IN_FAILED',
      });
    }
    await expect(signIn(GOOD_PASSWORD, '198.51.100.7')).rejects.toMatchObject({ code: 'ACCOUNTS_RATE_LIMITED' });
    await expect(signIn(GOOD_PASSWORD, '198.51.100.8')).resolves.toMatchObject({ user: { id: userId } });
  });

  it('forgets the account’s failures after a successful sign-in', async () => {
    for (let round = 0; round < 2; round++) {
      await expect(signIn('wrong password 1')).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
      await expect(signIn('wrong password 2')).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
      await expect(signIn()).resolves.toBeDefined();
    }
  });

  it('counts parallel guesses, so no more than the limit are checked', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => signIn(`parallel guess ${i}`, `198.51.100.${i}`)),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'signed-in'));
    expect(codes.filter((c) => c === 'ACCOUNTS_SIGN_IN_FAILED').length).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c === 'ACCOUNTS_RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
  });

  it('prunes failures older than the window', async () => {
    await expect(signIn('wrong password 1')).rejects.toThrow();
    f.clock.advance(16 * MINUTE);
    await expect(signIn('wrong password 2')).rejects.toThrow();
    const rows = await f.db.selectFrom('signInFailures').select('failedAt').execute();
    expect(new Set(rows.map((r) => r.failedAt))).toEqual(new Set(['2026-11-28T10:16:00.000Z']));
  });
});

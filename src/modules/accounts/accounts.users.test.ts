import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { GOOD_PASSWORD, MINUTE, openAccountsFixture, type AccountsFixture } from './testing.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const client = '192.0.2.10';

describeEachDatabase('accounts: users', (dialect) => {
  let f: AccountsFixture;
  beforeEach(async () => {
    f = await openAccountsFixture(dialect);
  });
  afterEach(() => f.close());

  it('creates a user without a password, with a link token to set one, and records it', async () => {
    const { user, setPasswordToken } = await f.accounts.users.createUser({
      email: '  Amina@Example.ORG ',
      role: 'translator',
      locales: ['ar', 'fr'],
      actorId: 'admin-1',
    });
    expect(user).toMatchObject({ email: 'amina@example.org', displayName: 'amina', role: 'translator', hasPassword: false });
    expect(user.locales).toEqual(['ar', 'fr']);
    expect(user.uiLocale).toBe('fr');
    expect(setPasswordToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await f.accounts.users.findUser(user.id)).toEqual(user);
    const { entries } = await f.audit.list({ action: 'user.created' });
    expect(entries).toEqual([
      expect.objectContaining({ actorId: 'admin-1', details: { userId: user.id, email: user.email, role: 'translator', locales: ['ar', 'fr'] } }),
    ]);
  });

  it('stores only the SHA-256 of a link token, never the token itself', async () => {
    const { setPasswordToken } = await f.accounts.users.createUser({ email: 'a@example.org', role: 'editor', actorId: 'x' });
    const rows = await f.db.selectFrom('accountTokens').selectAll().execute();
    expect(rows.map((r) => r.id)).toEqual([sha256(setPasswordToken)]);
    expect(JSON.stringify(rows)).not.toContain(setPasswordToken);
  });

  it('rejects a malformed or too long email, an unknown role and a translator without locales, naming each field', async () => {
    await expect(
      f.accounts.users.createUser({ email: 'not an email', role: 'owner' as never, uiLocale: 'de' as never, actorId: 'x' }),
    ).rejects.toMatchObject({
      code: 'ACCOUNTS_INVALID',
      kind: 'validation',
      details: [expect.objectContaining({ path: 'email' }), expect.objectContaining({ path: 'role' }), expect.objectContaining({ path: 'uiLocale' })],
    });
    const long = `${'a'.repeat(60)}@${'b'.repeat(190)}.org`;
    await expect(f.accounts.users.createUser({ email: long, role: 'editor', actorId: 'x' })).rejects.toMatchObject({
      details: [expect.objectContaining({ path: 'email' })],
    });
    for (const locales of [[], ['de']] as never[]) {
      await expect(
        f.accounts.users.createUser({ email: 't@example.org', role: 'translator', locales, actorId: 'x' }),
      ).rejects.toMatchObject({ code: 'ACCOUNTS_INVALID', details: [expect.objectContaining({ path: 'locales' })] });
    }
    expect(await f.accounts.users.listUsers()).toEqual([]);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await f.accounts.users.createUser({ email: 'sam@example.org', role: 'editor', actorId: 'x' });
    await expect(
      f.accounts.users.createUser({ email: 'SAM@example.org', role: 'reviewer', actorId: 'x' }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_EMAIL_TAKEN', kind: 'conflict' });
    expect(await f.accounts.users.listUsers()).toHaveLength(1);
  });

  it('sets the password once per link, stores an argon2id hash and ends the user’s sessions', async () => {
    const { user, setPasswordToken } = await f.accounts.users.createUser({ email: 'lea@example.org', role: 'editor', actorId: 'x' });
    const updated = await f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: GOOD_PASSWORD });
    expect(updated.hasPassword).toBe(true);
    const row = await f.db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(
      f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: 'another long passphrase' }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });

    const { token } = await f.accounts.sessions.signIn({ email: 'lea@example.org', password: GOOD_PASSWORD, clientAddress: client });
    const reset = await f.accounts.users.createPasswordToken(user.id);
    await f.accounts.users.setPasswordWithToken({ token: reset, password: 'another long passphrase' });
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    expect((await f.audit.list({ action: 'password.set', actorId: user.id })).total).toBe(2);
  });

  it('refuses unknown, expired and superseded links with one code', async () => {
    const { user, setPasswordToken } = await f.accounts.users.createUser({ email: 'o@example.org', role: 'editor', actorId: 'x' });
    const attempt = (token: string) => f.accounts.users.setPasswordWithToken({ token, password: GOOD_PASSWORD });
    for (const token of ['', 'unknown-token', 'x'.repeat(500)]) {
      await expect(attempt(token)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID', kind: 'validation' });
    }
    const newer = await f.accounts.users.createPasswordToken(user.id);
    await expect(attempt(setPasswordToken)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    f.clock.advance(24 * 3_600_000);
    await expect(attempt(newer)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    await expect(f.accounts.users.createPasswordToken('nobody')).rejects.toMatchObject({ code: 'ACCOUNTS_USER_NOT_FOUND' });
  });

  it('refuses passwords that are short, too long, one repeated character or the email, and keeps the link usable', async () => {
    const { setPasswordToken } = await f.accounts.users.createUser({ email: 'weak@example.org', role: 'editor', actorId: 'x' });
    for (const password of ['short pass', 'é'.repeat(257), 'a'.repeat(20), 'Weak@Example.org']) {
      await expect(f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password })).rejects.toMatchObject({
        code: 'ACCOUNTS_WEAK_PASSWORD',
        details: [expect.objectContaining({ path: 'password' })],
      });
    }
    // Twelve characters, counted as characters: four emoji are eight UTF-16 units.
    const user = await f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: 'abcdefgh🙂🙂🙂🙂' });
    expect(user.hasPassword).toBe(true);
  });

  it('changes a password, keeping the current session and ending the others', async () => {
    const user = await f.createActiveUser({ email: 'kim@example.org' });
    const signIn = (password: string) => f.accounts.sessions.signIn({ email: 'kim@example.org', password, clientAddress: client });
    const here = await signIn(GOOD_PASSWORD);
    const elsewhere = await signIn(GOOD_PASSWORD);
    await f.accounts.users.changePassword({
      userId: user.id,
      currentPassword: GOOD_PASSWORD,
      newPassword: 'a brand new passphrase',
      keepSessionId: here.session.id,
    });
    expect(await f.accounts.sessions.authenticate(here.token)).toBeDefined();
    expect(await f.accounts.sessions.authenticate(elsewhere.token)).toBeUndefined();
    await expect(signIn(GOOD_PASSWORD)).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
    await expect(signIn('a brand new passphrase')).resolves.toBeDefined();
    expect((await f.audit.list({ action: 'password.changed' })).entries[0]?.details).toEqual({ sessionsEnded: 1 });
  });

  it('refuses a password change with a wrong current password, a weak new one or an unknown user', async () => {
    const user = await f.createActiveUser();
    const change = (currentPassword: string, newPassword: string, userId = user.id) =>
      f.accounts.users.changePassword({ userId, currentPassword, newPassword });
    await expect(change('not my password!', 'a brand new passphrase')).rejects.toMatchObject({
      code: 'ACCOUNTS_WRONG_PASSWORD',
      details: [expect.objectContaining({ path: 'currentPassword' })],
    });
    await expect(change(GOOD_PASSWORD, 'short')).rejects.toMatchObject({
      code: 'ACCOUNTS_WEAK_PASSWORD',
      details: [expect.objectContaining({ path: 'newPassword' })],
    });
    await expect(change(GOOD_PASSWORD, 'a brand new passphrase', 'nobody')).rejects.toMatchObject({
      code: 'ACCOUNTS_USER_NOT_FOUND',
    });
  });

  it('counts wrong current passwords as failed sign-ins, so a session cannot be used to guess', async () => {
    const user = await f.createActiveUser();
    for (let i = 0; i < 3; i++) {
      await expect(
        f.accounts.users.changePassword({ userId: user.id, currentPassword: `guess number ${i}`, newPassword: 'a brand new passphrase' }),
      ).rejects.toMatchObject({ code: 'ACCOUNTS_WRONG_PASSWORD' });
    }
    await expect(
      f.accounts.users.changePassword({ userId: user.id, currentPassword: GOOD_PASSWORD, newPassword: 'a brand new passphrase' }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_RATE_LIMITED' });
  });

  it('disabling a user ends their sessions and refuses their sign-in; enabling lets them back', async () => {
    const user = await f.createActiveUser({ email: 'gone@example.org' });
    const signIn = () => f.accounts.sessions.signIn({ email: 'gone@example.org', password: GOOD_PASSWORD, clientAddress: client });
    const { token } = await signIn();
    const disabled = await f.accounts.users.updateUser({ id: user.id, disabled: true, actorId: 'admin-1' });
    expect(disabled.disabledAt).toBe('2026-11-28T10:00:00.000Z');
    expect(await f.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    await expect(signIn()).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
    f.clock.advance(MINUTE);
    await f.accounts.users.updateUser({ id: user.id, disabled: false, actorId: 'admin-1' });
    await expect(signIn()).resolves.toMatchObject({ user: { id: user.id, disabledAt: null } });
    const updates = (await f.audit.list({ action: 'user.updated' })).entries.map((e) => e.details);
    expect(updates).toEqual([{ userId: user.id, disabled: false }, { userId: user.id, disabled: true }]);
  });

  it('updates role and locales: a translator needs a locale, other roles keep none', async () => {
    const { user } = await f.accounts.users.createUser({ email: 'tr@example.org', role: 'translator', locales: ['es'], actorId: 'x' });
    const editor = await f.accounts.users.updateUser({ id: user.id, role: 'editor', actorId: 'x' });
    expect(editor).toMatchObject({ role: 'editor', locales: [] });
    await expect(f.accounts.users.updateUser({ id: user.id, role: 'translator', actorId: 'x' })).rejects.toMatchObject({
      code: 'ACCOUNTS_INVALID',
      details: [expect.objectContaining({ path: 'locales' })],
    });
    const translator = await f.accounts.users.updateUser({
      id: user.id,
      role: 'translator',
      locales: ['en', 'ar'],
      displayName: '  Tariq  ',
      uiLocale: 'en',
      actorId: 'x',
    });
    expect(translator).toMatchObject({ role: 'translator', locales: ['en', 'ar'], displayName: 'Tariq', uiLocale: 'en' });
    expect(await f.accounts.users.findUser(user.id)).toEqual(translator);
    await expect(f.accounts.users.updateUser({ id: 'nobody', role: 'editor', actorId: 'x' })).rejects.toMatchObject({
      code: 'ACCOUNTS_USER_NOT_FOUND',
    });
  });

  it('refuses to disable or demote the last enabled administrator', async () => {
    const first = await f.createActiveUser({ role: 'administrator' });
    expect(await f.accounts.users.countAdministrators()).toBe(1);
    for (const change of [{ disabled: true }, { role: 'editor' as const }]) {
      await expect(f.accounts.users.updateUser({ id: first.id, ...change, actorId: first.id })).rejects.toMatchObject({
        code: 'ACCOUNTS_LAST_ADMINISTRATOR',
        kind: 'conflict',
      });
    }
    const second = await f.createActiveUser({ role: 'administrator' });
    await f.accounts.users.updateUser({ id: first.id, disabled: true, actorId: second.id });
    expect(await f.accounts.users.countAdministrators()).toBe(1);
    expect((await f.accounts.users.listUsers()).map((u) => u.id).sort()).toEqual([first.id, second.id].sort());
  });
});

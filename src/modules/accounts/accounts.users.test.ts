import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM, userActor, type Actor } from './index.ts';
import { GOOD_PASSWORD, MINUTE, openAccountsFixture, TEST_ADMIN, type AccountsFixture } from './testing.ts';

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
      actor: TEST_ADMIN,
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
    const { setPasswordToken } = await f.accounts.users.createUser({ email: 'a@example.org', role: 'editor', actor: SYSTEM });
    const rows = await f.db.selectFrom('accountTokens').selectAll().execute();
    expect(rows.map((r) => r.id)).toEqual([sha256(setPasswordToken)]);
    expect(JSON.stringify(rows)).not.toContain(setPasswordToken);
  });

  it('rejects a malformed or too long email, an unknown role and a translator without locales, naming each field', async () => {
    await expect(
      f.accounts.users.createUser({ email: 'not an email', role: 'owner' as never, uiLocale: 'de' as never, actor: SYSTEM }),
    ).rejects.toMatchObject({
      code: 'ACCOUNTS_INVALID',
      kind: 'validation',
      details: [expect.objectContaining({ path: 'email' }), expect.objectContaining({ path: 'role' }), expect.objectContaining({ path: 'uiLocale' })],
    });
    const long = `${'a'.repeat(60)}@${'b'.repeat(190)}.org`;
    await expect(f.accounts.users.createUser({ email: long, role: 'editor', actor: SYSTEM })).rejects.toMatchObject({
      details: [expect.objectContaining({ path: 'email' })],
    });
    for (const locales of [[], ['de']] as never[]) {
      await expect(
        f.accounts.users.createUser({ email: 't@example.org', role: 'translator', locales, actor: SYSTEM }),
      ).rejects.toMatchObject({ code: 'ACCOUNTS_INVALID', details: [expect.objectContaining({ path: 'locales' })] });
    }
    expect(await f.accounts.users.listUsers()).toEqual([]);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await f.accounts.users.createUser({ email: 'sam@example.org', role: 'editor', actor: SYSTEM });
    await expect(
      f.accounts.users.createUser({ email: 'SAM@example.org', role: 'reviewer', actor: SYSTEM }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_EMAIL_TAKEN', kind: 'conflict' });
    expect(await f.accounts.users.listUsers()).toHaveLength(1);
  });

  it('sets the password once per link, stores an argon2id hash and ends the user’s sessions', async () => {
    const { user, setPasswordToken } = await f.accounts.users.createUser({ email: 'lea@example.org', role: 'editor', actor: SYSTEM });
    const updated = await f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: GOOD_PASSWORD });
    expect(updated.hasPassword).toBe(true);
    const row = await f.db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(
      f.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: 'another long passphrase' }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });

    const { token } = await f.accounts.sessions.signIn({ email: 'lea@example.org', password: GOOD_PASSWORD, clientAddress: client });
    const reset = await f.accounts.users.createPasswordToken(user.id, TEST_ADMIN);
    await f.accounts.users.setPasswordWithToken({ token: reset, password: 'another long passphrase' });
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    expect((await f.audit.list({ action: 'password.set', actorId: user.id })).total).toBe(2);
  });

  it('refuses unknown, expired and superseded links with one code', async () => {
    const { user, setPasswordToken } = await f.accounts.users.createUser({ email: 'o@example.org', role: 'editor', actor: SYSTEM });
    const attempt = (token: string) => f.accounts.users.setPasswordWithToken({ token, password: GOOD_PASSWORD });
    for (const token of ['', 'unknown-token', 'x'.repeat(500)]) {
      await expect(attempt(token)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID', kind: 'validation' });
    }
    const newer = await f.accounts.users.createPasswordToken(user.id, TEST_ADMIN);
    await expect(attempt(setPasswordToken)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    f.clock.advance(24 * 3_600_000);
    await expect(attempt(newer)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    await expect(f.accounts.users.createPasswordToken('nobody', TEST_ADMIN)).rejects.toMatchObject({ code: 'ACCOUNTS_USER_NOT_FOUND' });
  });

  it('refuses passwords that are short, too long, one repeated character or the email, and keeps the link usable', async () => {
    const { setPasswordToken } = await f.accounts.users.createUser({ email: 'weak@example.org', role: 'editor', actor: SYSTEM });
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
    const disabled = await f.accounts.users.updateUser({ id: user.id, disabled: true, actor: TEST_ADMIN });
    expect(disabled.disabledAt).toBe('2026-11-28T10:00:00.000Z');
    expect(await f.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    expect(await f.accounts.sessions.authenticate(token)).toBeUndefined();
    await expect(signIn()).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
    f.clock.advance(MINUTE);
    await f.accounts.users.updateUser({ id: user.id, disabled: false, actor: TEST_ADMIN });
    await expect(signIn()).resolves.toMatchObject({ user: { id: user.id, disabledAt: null } });
    const updates = (await f.audit.list({ action: 'user.updated' })).entries.map((e) => e.details);
    expect(updates).toEqual([{ userId: user.id, disabled: false }, { userId: user.id, disabled: true }]);
  });

  it('updates role and locales: a translator needs a locale, other roles keep none', async () => {
    const { user } = await f.accounts.users.createUser({ email: 'tr@example.org', role: 'translator', locales: ['es'], actor: SYSTEM });
    const editor = await f.accounts.users.updateUser({ id: user.id, role: 'editor', actor: SYSTEM });
    expect(editor).toMatchObject({ role: 'editor', locales: [] });
    await expect(f.accounts.users.updateUser({ id: user.id, role: 'translator', actor: SYSTEM })).rejects.toMatchObject({
      code: 'ACCOUNTS_INVALID',
      details: [expect.objectContaining({ path: 'locales' })],
    });
    const translator = await f.accounts.users.updateUser({
      id: user.id,
      role: 'translator',
      locales: ['en', 'ar'],
      displayName: '  Tariq  ',
      uiLocale: 'en',
      actor: SYSTEM,
    });
    expect(translator).toMatchObject({ role: 'translator', locales: ['en', 'ar'], displayName: 'Tariq', uiLocale: 'en' });
    expect(await f.accounts.users.findUser(user.id)).toEqual(translator);
    await expect(f.accounts.users.updateUser({ id: 'nobody', role: 'editor', actor: SYSTEM })).rejects.toMatchObject({
      code: 'ACCOUNTS_USER_NOT_FOUND',
    });
  });

  it('refuses to disable or demote the last enabled administrator', async () => {
    const first = await f.createActiveUser({ role: 'administrator' });
    expect(await f.accounts.users.countAdministrators()).toBe(1);
    for (const change of [{ disabled: true }, { role: 'editor' as const }]) {
      await expect(f.accounts.users.updateUser({ id: first.id, ...change, actor: userActor(first) })).rejects.toMatchObject({
        code: 'ACCOUNTS_LAST_ADMINISTRATOR',
        kind: 'conflict',
      });
    }
    const second = await f.createActiveUser({ role: 'administrator' });
    await f.accounts.users.updateUser({ id: first.id, disabled: true, actor: userActor(second) });
    expect(await f.accounts.users.countAdministrators()).toBe(1);
    expect((await f.accounts.users.listUsers()).map((u) => u.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('lets only administrators and the system manage accounts: others are refused and nothing is written', async () => {
    const editor = await f.createActiveUser({ role: 'editor' });
    const before = (await f.audit.list()).total;
    const token: Actor = { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'write', 'publish'], locales: null };
    for (const actor of [userActor(editor), { ...TEST_ADMIN, role: 'reviewer' as const }, token]) {
      await expect(f.accounts.users.createUser({ email: 'new@example.org', role: 'administrator', actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
      await expect(f.accounts.users.updateUser({ id: editor.id, role: 'administrator', actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
      await expect(f.accounts.users.createPasswordToken(editor.id, actor)).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    }
    expect((await f.accounts.users.listUsers()).map((u) => u.email)).toEqual([editor.email]);
    expect(await f.accounts.users.findUser(editor.id)).toMatchObject({ role: 'editor' });
    expect((await f.audit.list()).total).toBe(before);

    await f.accounts.users.updateUser({ id: editor.id, role: 'reviewer', actor: TEST_ADMIN });
    expect((await f.audit.list()).total).toBe(before + 1);
    expect((await f.audit.list({ actorId: 'admin-1' })).entries).toEqual([expect.objectContaining({ actorId: 'admin-1', action: 'user.updated', details: { userId: editor.id, role: 'reviewer' } })]);
  });

  it('lets every person change their own interface language, and nobody else’s through it', async () => {
    const translator = await f.createActiveUser({ role: 'translator', locales: ['ar'] });
    const updated = await f.accounts.users.setOwnInterfaceLanguage({ actor: userActor(translator), uiLocale: 'ar' });
    expect(updated).toMatchObject({ id: translator.id, uiLocale: 'ar' });
    const [entry] = (await f.audit.list({ action: 'user.updated' })).entries;
    expect(entry).toMatchObject({ actorId: translator.id, details: { userId: translator.id, uiLocale: 'ar' } });
    const token: Actor = { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'write'], locales: null };
    await expect(f.accounts.users.setOwnInterfaceLanguage({ actor: token, uiLocale: 'en' })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
  });

  it('keeps each person’s own time zone, null for the organisation’s, and refuses a zone that does not exist', async () => {
    const reviewer = await f.createActiveUser({ role: 'reviewer' });
    expect(reviewer.timeZone).toBeNull();
    const updated = await f.accounts.users.setOwnTimeZone({ actor: userActor(reviewer), timeZone: 'Asia/Dhaka' });
    expect(updated).toMatchObject({ id: reviewer.id, timeZone: 'Asia/Dhaka' });
    expect((await f.accounts.users.findUser(reviewer.id))?.timeZone).toBe('Asia/Dhaka');
    const [entry] = (await f.audit.list({ action: 'user.updated', actorId: reviewer.id })).entries;
    expect(entry).toMatchObject({ details: { userId: reviewer.id, timeZone: 'Asia/Dhaka' } });
    for (const zone of ['Mars/Olympus_Mons', '../etc/passwd', 'x'.repeat(80)]) {
      await expect(f.accounts.users.setOwnTimeZone({ actor: userActor(reviewer), timeZone: zone })).rejects.toMatchObject({ code: 'ACCOUNTS_INVALID', details: [expect.objectContaining({ path: 'timeZone' })] });
    }
    await f.accounts.users.setOwnTimeZone({ actor: userActor(reviewer), timeZone: null });
    expect((await f.accounts.users.findUser(reviewer.id))?.timeZone).toBeNull();
    const token: Actor = { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'write'], locales: null };
    await expect(f.accounts.users.setOwnTimeZone({ actor: token, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
  });
});

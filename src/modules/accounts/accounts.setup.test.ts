import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM } from './index.ts';
import { GOOD_PASSWORD, openAccountsFixture, type AccountsFixture } from './testing.ts';

describeEachDatabase('accounts: first setup', (dialect) => {
  let f: AccountsFixture;
  beforeEach(async () => {
    f = await openAccountsFixture(dialect);
  });
  afterEach(() => f.close());

  const complete = (token: string, overrides: { email?: string; password?: string } = {}) =>
    f.accounts.setup.completeSetup({
      token,
      email: overrides.email ?? 'Founder@Example.org',
      password: overrides.password ?? GOOD_PASSWORD,
      displayName: 'Founder',
    });

  it('gives a setup token once, and a new one only after it has expired', async () => {
    const first = await f.accounts.setup.createSetupToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await f.accounts.setup.createSetupToken()).toBeUndefined();
    f.clock.advance(24 * 3_600_000);
    const second = await f.accounts.setup.createSetupToken();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    await expect(complete(first!)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
  });

  it('creates the first administrator, who can sign in; the token and setup are then closed', async () => {
    const token = (await f.accounts.setup.createSetupToken())!;
    const admin = await complete(token);
    expect(admin).toMatchObject({ email: 'founder@example.org', role: 'administrator', hasPassword: true, displayName: 'Founder' });
    await expect(
      f.accounts.sessions.signIn({ email: admin.email, password: GOOD_PASSWORD, clientAddress: '192.0.2.1' }),
    ).resolves.toMatchObject({ user: { id: admin.id } });
    expect(await f.accounts.setup.createSetupToken()).toBeUndefined();
    await expect(complete(token, { email: 'second@example.org' })).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    expect((await f.audit.list({ action: 'user.created' })).entries[0]).toMatchObject({
      actorId: admin.id,
      details: { role: 'administrator', via: 'setup' },
    });
  });

  it('refuses setup once an administrator exists, even with a usable token', async () => {
    const token = (await f.accounts.setup.createSetupToken())!;
    await f.accounts.users.createUser({ email: 'boss@example.org', role: 'administrator', actor: SYSTEM });
    await expect(complete(token)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    expect(await f.accounts.setup.createSetupToken()).toBeUndefined();
  });

  it('checks the email and password of the first administrator and keeps the token usable', async () => {
    const token = (await f.accounts.setup.createSetupToken())!;
    await expect(complete(token, { email: 'founder' })).rejects.toMatchObject({
      code: 'ACCOUNTS_INVALID',
      details: [expect.objectContaining({ path: 'email' })],
    });
    await expect(complete(token, { password: 'founder@example.org' })).rejects.toMatchObject({
      code: 'ACCOUNTS_WEAK_PASSWORD',
    });
    await expect(complete(token)).resolves.toMatchObject({ role: 'administrator' });
  });

  it('refuses an email another account already uses', async () => {
    const token = (await f.accounts.setup.createSetupToken())!;
    await f.accounts.users.createUser({ email: 'founder@example.org', role: 'editor', actor: SYSTEM });
    await expect(complete(token)).rejects.toMatchObject({ code: 'ACCOUNTS_EMAIL_TAKEN' });
    await expect(complete(token, { email: 'other@example.org' })).resolves.toMatchObject({ role: 'administrator' });
  });

  it('does not accept a setup token as a set-password link, nor the other way round', async () => {
    const setupToken = (await f.accounts.setup.createSetupToken())!;
    await expect(
      f.accounts.users.setPasswordWithToken({ token: setupToken, password: GOOD_PASSWORD }),
    ).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
    const { setPasswordToken } = await f.accounts.users.createUser({ email: 'ed@example.org', role: 'editor', actor: SYSTEM });
    await expect(complete(setPasswordToken)).rejects.toMatchObject({ code: 'ACCOUNTS_TOKEN_INVALID' });
  });
});

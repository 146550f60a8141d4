import { manualClock } from '../../platform/clock.ts';
import { openTestDatabase, type TestDialect } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { createAccountsModule, SYSTEM, type UserActor } from './index.ts';
import type { AccountsConfig, Role, User } from './accounts.types.ts';

/** Small limits and round numbers, so tests can walk to each boundary. */
export const TEST_ACCOUNTS_CONFIG: AccountsConfig = {
  idleMinutes: 30,
  absoluteHours: 8,
  signInLimit: { perAccount: 3, perClient: 5, windowMinutes: 15 },
  tokenHours: 24,
  apiTokenRequestsPerMinute: 5,
};
/** An administrator as an actor, for operations that need `users.manage`; no account row behind it. */
export const TEST_ADMIN: UserActor = { kind: 'user', id: 'admin-1', role: 'administrator', locales: [] };
export const GOOD_PASSWORD = 'correct horse battery staple';
export const MINUTE = 60_000;

/** A migrated database with the accounts and audit modules on a manual clock. */
export async function openAccountsFixture(dialect: TestDialect, config: AccountsConfig = TEST_ACCOUNTS_CONFIG) {
  const database = await openTestDatabase(dialect);
  const clock = manualClock('2026-11-28T10:00:00.000Z');
  const audit = createAuditModule({ db: database.db, clock });
  const accounts = createAccountsModule({ db: database.db, clock, config, audit });
  let count = 0;

  /** A user who has set their password and can sign in. */
  async function createActiveUser(
    overrides: { email?: string; role?: Role; locales?: LocaleCode[]; password?: string } = {},
  ): Promise<User> {
    const { user, setPasswordToken } = await accounts.users.createUser({
      email: overrides.email ?? `person-${++count}@example.org`,
      role: overrides.role ?? 'editor',
      locales: overrides.locales,
      actor: SYSTEM,
    });
    await accounts.users.setPasswordWithToken({ token: setPasswordToken, password: overrides.password ?? GOOD_PASSWORD });
    return { ...user, hasPassword: true };
  }

  return { database, db: database.db, clock, audit, accounts, createActiveUser, close: () => database.close() };
}

export type AccountsFixture = Awaited<ReturnType<typeof openAccountsFixture>>;

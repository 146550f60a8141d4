import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../policy/index.ts';
import type { Actor } from './actor.ts';
import { ADMIN_LOCALES, INITIAL_LOCALE_SOURCE, type LocaleCode } from '../locales/index.ts';
import { createAccountsRepository, type AccountsRepository, type UserPatch } from './accounts.repository.ts';
import {
  emailTaken,
  invalidAccount,
  lastAdministrator,
  tokenInvalid,
  userNotFound,
  weakPassword,
  wrongPassword,
} from './accounts.errors.ts';
import type { AccountsDeps, Role, User } from './accounts.types.ts';
import { checkDisplayName, checkEmail, checkLocales, checkRole, checkTimeZone, checkUiLocale, normaliseEmail } from './account-input.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { createSignInLimiter } from './sign-in-limiter.ts';
import { findUsableToken, issueToken } from './tokens.ts';

export type UsersService = ReturnType<typeof createUsersService>;

/** Managing back-office people: invitations, roles, locales, passwords, disabling. */
export function createUsersService({ db, clock, config, audit, locales: localeSource = INITIAL_LOCALE_SOURCE }: AccountsDeps) {
  const repo = createAccountsRepository(db);
  const limiter = createSignInLimiter({ repo, clock, limit: config.signInLimit });
  // The repository and the audit entry share the transaction (a caller's unit when given).
  const inTransaction = <T>(work: (repo: AccountsRepository, unit: UnitOfWork) => Promise<T>, outer?: UnitOfWork): Promise<T> =>
    withUnitOfWork(db, outer, (unit) => work(createAccountsRepository(unit.trx), unit));
  const newPasswordToken = (r: AccountsRepository, userId: string) =>
    issueToken(r, { userId, purpose: 'set-password', now: clock.now(), hours: config.tokenHours });

  return {
    /**
     * Creates an account without a password, and the link token with which its owner sets one;
     * the account, the link and the `user.created` entry commit together.
     * @throws POLICY_FORBIDDEN (`users.manage`), ACCOUNTS_INVALID (details per field), ACCOUNTS_EMAIL_TAKEN
     */
    async createUser(input: {
      email: string;
      role: Role;
      locales?: readonly LocaleCode[];
      displayName?: string;
      uiLocale?: LocaleCode;
      actor: Actor;
      unit?: UnitOfWork;
    }): Promise<{ user: User; setPasswordToken: string }> {
      authorize(input.actor, 'users.manage');
      const problems: FieldProblem[] = [];
      const email = normaliseEmail(String(input.email));
      checkEmail(email, problems);
      const locales = checkRole(input.role, problems) ? checkLocales(input.role, input.locales ?? [], problems, localeSource.current()) : [];
      const displayName = input.displayName?.trim() || email.split('@')[0] || '';
      checkDisplayName(displayName, problems);
      const uiLocale = input.uiLocale ?? ADMIN_LOCALES[0];
      checkUiLocale(uiLocale, problems);
      if (problems.length > 0) throw invalidAccount(problems);

      const user: User = {
        id: newId(),
        email,
        displayName,
        role: input.role,
        locales,
        uiLocale,
        timeZone: null,
        hasPassword: false,
        createdAt: clock.now().toISOString(),
        disabledAt: null,
      };
      const setPasswordToken = await inTransaction(async (r, { trx }) => {
        if (!(await r.insertUser(user, null))) throw emailTaken();
        const token = await newPasswordToken(r, user.id);
        await audit.record({ actorId: input.actor.id, action: 'user.created', details: { userId: user.id, email, role: user.role, locales } }, trx);
        return token;
      }, input.unit);
      return { user, setPasswordToken };
    },

    /** Every account, by email; in the caller's transaction when given (an operation deciding whom to notify). */
    listUsers: (unit?: UnitOfWork): Promise<User[]> => (unit ? createAccountsRepository(unit.trx) : repo).listUsers(),

    findUser: (id: string): Promise<User | undefined> => repo.findUser(id),

    /** Enabled administrators: the people who can still manage accounts. */
    countAdministrators: (): Promise<number> => repo.countEnabledAdministrators(),

    /**
     * A new set-password link for the user (a lost invitation, a forgotten password); earlier links stop working.
     * @throws POLICY_FORBIDDEN (`users.manage`), ACCOUNTS_USER_NOT_FOUND
     */
    async createPasswordToken(userId: string, actor: Actor): Promise<string> {
      authorize(actor, 'users.manage');
      return inTransaction(async (r) => {
        if (!(await r.findUser(userId))) throw userNotFound(userId);
        await r.consumeTokens({ userId }, clock.now().toISOString());
        return newPasswordToken(r, userId);
      });
    },

    /**
     * Sets the password of the link's user, uses the link up, and ends every session of that user.
     * @throws ACCOUNTS_TOKEN_INVALID (unknown, used or expired: one code for all), ACCOUNTS_WEAK_PASSWORD
     */
    async setPasswordWithToken(input: { token: string; password: string }): Promise<User> {
      const now = clock.now().toISOString();
      const token = await findUsableToken(repo, input.token, 'set-password', now);
      const found = token?.userId ? await repo.findCredentials({ id: token.userId }) : undefined;
      if (!token || !found) throw tokenInvalid();
      const problem = passwordProblem(input.password, found.user.email);
      if (problem) throw weakPassword('password', problem);
      const passwordHash = await hashPassword(input.password);
      await inTransaction(async (r, { trx }) => {
        // Two tabs submitting the same link: only the first one to mark it used goes on.
        if (!(await r.consumeToken(token.id, now))) throw tokenInvalid();
        await r.setPasswordHash(found.user.id, passwordHash);
        await r.consumeTokens({ userId: found.user.id }, now);
        await r.deleteSessionsOfUser(found.user.id);
        await audit.record({ actorId: found.user.id, action: 'password.set' }, trx);
      });
      return { ...found.user, hasPassword: true };
    },

    /**
     * Changes the user's own password and ends their other sessions. Wrong current passwords count
     * as failed sign-ins, so a borrowed session cannot be used to guess the password.
     * @throws ACCOUNTS_USER_NOT_FOUND, ACCOUNTS_WEAK_PASSWORD, ACCOUNTS_WRONG_PASSWORD, ACCOUNTS_RATE_LIMITED
     */
    async changePassword(input: {
      userId: string;
      currentPassword: string;
      newPassword: string;
      keepSessionId?: string;
    }): Promise<void> {
      const found = await repo.findCredentials({ id: input.userId });
      if (!found) throw userNotFound(input.userId);
      const problem = passwordProblem(input.newPassword, found.user.email);
      if (problem) throw weakPassword('newPassword', problem);
      const attempt = await limiter.begin({ account: found.user.email });
      if (!(await verifyPassword(found.passwordHash, String(input.currentPassword)))) throw wrongPassword();
      await limiter.succeed(attempt);
      const passwordHash = await hashPassword(input.newPassword);
      await inTransaction(async (r, { trx }) => {
        await r.setPasswordHash(found.user.id, passwordHash);
        await r.consumeTokens({ userId: found.user.id }, clock.now().toISOString());
        const ended = await r.deleteSessionsOfUser(found.user.id, input.keepSessionId);
        await audit.record({ actorId: found.user.id, action: 'password.changed', details: { sessionsEnded: ended } }, trx);
      });
    },

    /**
     * Changes role, locales, name, interface language or disabled state; disabling ends every session.
     * A translator keeps at least one locale; other roles keep none. The change, the sessions ended
     * and the `user.updated` entry commit together.
     * @throws POLICY_FORBIDDEN (`users.manage`), ACCOUNTS_USER_NOT_FOUND, ACCOUNTS_INVALID, ACCOUNTS_LAST_ADMINISTRATOR
     */
    async updateUser(input: {
      id: string;
      role?: Role;
      locales?: readonly LocaleCode[];
      displayName?: string;
      uiLocale?: LocaleCode;
      disabled?: boolean;
      actor: Actor;
      unit?: UnitOfWork;
    }): Promise<User> {
      authorize(input.actor, 'users.manage');
      return inTransaction((r, { trx }) => applyUserChange(r, trx, input.actor, input), input.unit);
    },

    /**
     * The signed-in person's own interface language: anyone with an account may change theirs, so
     * this asks no more than back-office access (not `users.manage`).
     * @throws POLICY_FORBIDDEN (a token), ACCOUNTS_USER_NOT_FOUND (the system), ACCOUNTS_INVALID
     */
    async setOwnInterfaceLanguage(input: { actor: Actor; uiLocale: LocaleCode; unit?: UnitOfWork }): Promise<User> {
      const { actor } = input;
      // Every role has back-office access; a token never does, and the system has no account.
      authorize(actor, 'admin.access');
      return inTransaction((r, { trx }) => applyUserChange(r, trx, actor, { id: actor.id, uiLocale: input.uiLocale }), input.unit);
    },

    /**
     * The signed-in person's own time zone for back-office dates (an IANA name), or null to follow
     * the organisation's; like the interface language, anyone with back-office access sets their own.
     * @throws POLICY_FORBIDDEN (a token), ACCOUNTS_USER_NOT_FOUND (the system), ACCOUNTS_INVALID (`timeZone`)
     */
    async setOwnTimeZone(input: { actor: Actor; timeZone: string | null; unit?: UnitOfWork }): Promise<User> {
      const { actor } = input;
      authorize(actor, 'admin.access');
      return inTransaction((r, { trx }) => applyUserChange(r, trx, actor, { id: actor.id, timeZone: input.timeZone }), input.unit);
    },
  };

  /** Checks and writes a change of account, with its audit entry, through the transaction's repository. */
  async function applyUserChange(
    r: AccountsRepository,
    trx: UnitOfWork['trx'],
    actor: Actor,
    input: { id: string; role?: Role; locales?: readonly LocaleCode[]; displayName?: string; uiLocale?: LocaleCode; timeZone?: string | null; disabled?: boolean },
  ): Promise<User> {
    const current = await r.findUser(input.id);
    if (!current) throw userNotFound(input.id);
    const problems: FieldProblem[] = [];
    const role = input.role ?? current.role;
    const locales = checkRole(role, problems) ? checkLocales(role, input.locales ?? current.locales, problems, localeSource.current()) : [];
    const displayName = input.displayName?.trim() ?? current.displayName;
    checkDisplayName(displayName, problems);
    const uiLocale = input.uiLocale ?? current.uiLocale;
    checkUiLocale(uiLocale, problems);
    const timeZone = input.timeZone === undefined ? current.timeZone : input.timeZone;
    if (timeZone !== null) checkTimeZone(timeZone, problems);
    if (problems.length > 0) throw invalidAccount(problems);
    const disabledAt =
      input.disabled === undefined ? current.disabledAt : input.disabled ? (current.disabledAt ?? clock.now().toISOString()) : null;

    const next: User = { ...current, role, locales, displayName, uiLocale, timeZone, disabledAt };
    const isAdministrator = (u: User) => u.role === 'administrator' && u.disabledAt === null;
    // Counted in the transaction; still not atomic against a simultaneous change of another
    // administrator on PostgreSQL; acceptable for a rare admin action.
    if (isAdministrator(current) && !isAdministrator(next) && (await r.countEnabledAdministrators()) <= 1) {
      throw lastAdministrator();
    }
    const changes = changedFields(current, next);
    if (Object.keys(changes).length === 0) return current;
    await r.updateUser(current.id, changes);
    if (current.disabledAt === null && disabledAt !== null) await r.deleteSessionsOfUser(current.id);
    const { disabledAt: disabledChange, ...rest } = changes;
    await audit.record(
      {
        actorId: actor.id,
        action: 'user.updated',
        details: { userId: current.id, ...rest, ...(disabledChange !== undefined ? { disabled: disabledChange !== null } : {}) },
      },
      trx,
    );
    return next;
  }
}

function changedFields(current: User, next: User): UserPatch {
  const patch: { -readonly [K in keyof UserPatch]: UserPatch[K] } = {};
  if (next.role !== current.role) patch.role = next.role;
  if (next.locales.join() !== current.locales.join()) patch.locales = next.locales;
  if (next.displayName !== current.displayName) patch.displayName = next.displayName;
  if (next.uiLocale !== current.uiLocale) patch.uiLocale = next.uiLocale;
  if (next.timeZone !== current.timeZone) patch.timeZone = next.timeZone;
  if (next.disabledAt !== current.disabledAt) patch.disabledAt = next.disabledAt;
  return patch;
}

import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { UsersTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { AuthenticatedSession, Role, Session, User } from './accounts.types.ts';

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
export type TokenPurpose = 'set-password' | 'setup';

export interface AccountToken {
  readonly id: string;
  readonly userId: string | null;
  readonly purpose: TokenPurpose;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

export interface UserPatch {
  readonly role?: Role;
  readonly locales?: readonly LocaleCode[];
  readonly displayName?: string;
  readonly uiLocale?: LocaleCode;
  readonly timeZone?: string | null;
  readonly disabledAt?: string | null;
}

/** The only place with SQL for users, sessions, one-time tokens and sign-in failures. */
export function createAccountsRepository(db: Db) {
  return {
    /** Says false, and writes nothing, when another account has this email. */
    async insertUser(user: User, passwordHash: string | null): Promise<boolean> {
      const { hasPassword: _, ...columns } = user;
      const result = await db
        .insertInto('users')
        .values({ ...columns, locales: JSON.stringify(user.locales), passwordHash })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async findUser(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    /** The user with their password hash: for the services that check passwords, never returned further. */
    async findCredentials(by: { id: string } | { email: string }) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .$call((q) => ('id' in by ? q.where('id', '=', by.id) : q.where('email', '=', by.email)))
        .executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.passwordHash };
    },

    async listUsers(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
      return rows.map(toUser);
    },

    async countEnabledAdministrators(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('role', '=', 'administrator')
        .where('disabledAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async updateUser(id: string, patch: UserPatch): Promise<void> {
      const { locales, ...rest } = patch;
      await db
        .updateTable('users')
        .set({ ...rest, ...(locales ? { locales: JSON.stringify(locales) } : {}) })
        .where('id', '=', id)
        .execute();
    },

    async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
    },

    async insertSession(session: Session): Promise<void> {
      await db.insertInto('sessions').values(session).execute();
    },

    async findSessionWithUser(id: string): Promise<AuthenticatedSession | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .selectAll('users')
        .select([
          'sessions.id as sessionId',
          'sessions.csrfToken',
          'sessions.createdAt as sessionCreatedAt',
          'sessions.lastSeenAt',
          'sessions.expiresAt',
        ])
        .where('sessions.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const { sessionId, csrfToken, sessionCreatedAt, lastSeenAt, expiresAt, ...user } = row;
      return {
        session: { id: sessionId, userId: user.id, csrfToken, createdAt: sessionCreatedAt, lastSeenAt, expiresAt },
        user: toUser(user),
      };
    },

    async touchSession(id: string, lastSeenAt: string): Promise<void> {
      await db.updateTable('sessions').set({ lastSeenAt }).where('id', '=', id).execute();
    },

    /** Returns the deleted session's user, if there was one. */
    async deleteSession(id: string): Promise<string | undefined> {
      const row = await db.deleteFrom('sessions').where('id', '=', id).returning('userId').executeTakeFirst();
      return row?.userId;
    },

    async deleteSessionsOfUser(userId: string, exceptId?: string): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('userId', '=', userId)
        .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async insertToken(token: AccountToken): Promise<void> {
      await db.insertInto('accountTokens').values(token).execute();
    },

    async findToken(id: string): Promise<AccountToken | undefined> {
      const row = await db.selectFrom('accountTokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { ...row, purpose: row.purpose as TokenPurpose };
    },

    /** Marks the token used if it still is usable; says whether this call was the one that did. */
    async consumeToken(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('accountTokens')
        .set({ usedAt: now })
        .where('id', '=', id)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Voids every link still waiting for this user, or every setup link. */
    async consumeTokens(of: { userId: string } | { purpose: 'setup' }, now: string): Promise<void> {
      await db
        .updateTable('accountTokens')
        .set({ usedAt: now })
        .$call((q) => ('userId' in of ? q.where('userId', '=', of.userId) : q.where('purpose', '=', of.purpose)))
        .where('usedAt', 'is', null)
        .execute();
    },

    async hasUsableSetupToken(now: string): Promise<boolean> {
      const row = await db
        .selectFrom('accountTokens')
        .select('id')
        .where('purpose', '=', 'setup')
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertFailures(rows: readonly { id: string; key: string; failedAt: string }[]): Promise<void> {
      await db.insertInto('signInFailures').values([...rows]).execute();
    },

    /** When each failure for this key after `since` happened, oldest first. */
    async listFailureTimes(key: string, since: string): Promise<string[]> {
      const rows = await db
        .selectFrom('signInFailures')
        .select('failedAt')
        .where('key', '=', key)
        .where('failedAt', '>', since)
        .orderBy('failedAt')
        .execute();
      return rows.map((r) => r.failedAt);
    },

    async deleteFailures(by: { ids: readonly string[] } | { key: string }): Promise<void> {
      if ('ids' in by && by.ids.length === 0) return;
      await db
        .deleteFrom('signInFailures')
        .$call((q) => ('key' in by ? q.where('key', '=', by.key) : q.where('id', 'in', [...by.ids])))
        .execute();
    },

    async pruneFailures(upTo: string): Promise<void> {
      await db.deleteFrom('signInFailures').where('failedAt', '<=', upTo).execute();
    },
  };
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    locales: JSON.parse(row.locales) as LocaleCode[],
    uiLocale: row.uiLocale as LocaleCode,
    timeZone: row.timeZone ?? null,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
  };
}

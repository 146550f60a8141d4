import { createAccountsRepository } from './accounts.repository.ts';
import { RateLimitedError, signInFailed } from './accounts.errors.ts';
import type { AccountsDeps, AuthenticatedSession, Session, User } from './accounts.types.ts';
import { normaliseEmail } from './account-input.ts';
import { verifyPassword } from './passwords.ts';
import { createSignInLimiter } from './sign-in-limiter.ts';
import { hashToken, newSecretToken } from './tokens.ts';

/** Why a sign-in failed, for the audit log only: the person signing in is never told. */
export type SignInFailureReason = 'unknown' | 'no-password' | 'wrong-password' | 'disabled' | 'rate-limited';

// last_seen_at is written at most this often, so browsing is not one write per request.
const TOUCH_INTERVAL_MS = 60_000;
const EMAIL_KEY_MAX_LENGTH = 320;

export type SessionsService = ReturnType<typeof createSessionsService>;

/** Signing in and out, and turning a cookie's token back into a session and its user. */
export function createSessionsService({ db, clock, config, audit }: AccountsDeps) {
  const repo = createAccountsRepository(db);
  const limiter = createSignInLimiter({ repo, clock, limit: config.signInLimit });
  const idleMs = config.idleMinutes * 60_000;
  const failed = (reason: SignInFailureReason, clientAddress: string, userId?: string) =>
    audit.record({
      actorId: null,
      action: 'sign-in.failed',
      details: { reason, clientAddress, ...(userId ? { userId } : {}) },
    });

  return {
    /**
     * Checks the password and opens a session; the raw `token` goes in the cookie, only its hash is kept.
     * @throws ACCOUNTS_SIGN_IN_FAILED (the same for an unknown or disabled account, no password, a wrong one),
     *   ACCOUNTS_RATE_LIMITED (too many failures for this email or this client address)
     */
    async signIn(input: {
      email: string;
      password: string;
      clientAddress: string;
    }): Promise<{ token: string; session: Session; user: User }> {
      const email = normaliseEmail(String(input.email)).slice(0, EMAIL_KEY_MAX_LENGTH);
      const password = String(input.password);
      let attempt;
      try {
        attempt = await limiter.begin({ account: email, client: input.clientAddress });
      } catch (error) {
        if (error instanceof RateLimitedError) await failed('rate-limited', input.clientAddress);
        throw error;
      }
      const found = await repo.findCredentials({ email });
      // Verified in every case, against a throwaway hash when there is none, so that timing does not tell.
      const matches = await verifyPassword(found?.passwordHash ?? null, password);
      const reason = failureReason(found, matches);
      if (!found || reason !== undefined) {
        await failed(reason ?? 'unknown', input.clientAddress, found?.user.id);
        throw signInFailed();
      }
      await limiter.succeed(attempt);

      const token = newSecretToken();
      const now = clock.now();
      const session: Session = {
        id: hashToken(token),
        userId: found.user.id,
        csrfToken: newSecretToken(),
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + config.absoluteHours * 3_600_000).toISOString(),
      };
      await repo.insertSession(session);
      await audit.record({
        actorId: found.user.id,
        action: 'session.signed-in',
        details: { clientAddress: input.clientAddress },
      });
      return { token, session, user: found.user };
    },

    /**
     * The session and its user for a cookie's token, or undefined. A session unused for
     * `idleMinutes`, older than `absoluteHours`, or whose user is disabled is deleted on sight.
     */
    async authenticate(token: string): Promise<AuthenticatedSession | undefined> {
      if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
      const found = await repo.findSessionWithUser(hashToken(token));
      if (!found) return undefined;
      const { session, user } = found;
      const now = clock.now().getTime();
      const lastSeen = Date.parse(session.lastSeenAt);
      if (now >= Date.parse(session.expiresAt) || now >= lastSeen + idleMs || user.disabledAt !== null) {
        await repo.deleteSession(session.id);
        return undefined;
      }
      if (now - lastSeen < TOUCH_INTERVAL_MS) return found;
      const lastSeenAt = new Date(now).toISOString();
      await repo.touchSession(session.id, lastSeenAt);
      return { session: { ...session, lastSeenAt }, user };
    },

    /** Ends the session of this cookie's token; unknown tokens are ignored. */
    async signOut(token: string): Promise<void> {
      if (typeof token !== 'string' || token.length === 0) return;
      const userId = await repo.deleteSession(hashToken(token));
      if (userId) await audit.record({ actorId: userId, action: 'session.signed-out' });
    },

    /** Ends every session of the user, for example after a lost laptop; returns how many ended. */
    async signOutEverywhere(userId: string, options: { actorId?: string } = {}): Promise<number> {
      const ended = await repo.deleteSessionsOfUser(userId);
      await audit.record({
        actorId: options.actorId ?? userId,
        action: 'session.signed-out-everywhere',
        details: { userId, sessionsEnded: ended },
      });
      return ended;
    },
  };
}

function failureReason(
  found: { user: User; passwordHash: string | null } | undefined,
  matches: boolean,
): SignInFailureReason | undefined {
  if (!found) return 'unknown';
  if (found.passwordHash === null) return 'no-password';
  if (!matches) return 'wrong-password';
  if (found.user.disabledAt !== null) return 'disabled';
  return undefined;
}

import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { AccountsConfig } from './accounts.types.ts';
import { RateLimitedError } from './accounts.errors.ts';

/** A password check in progress, already counted as a failure until `succeed` says otherwise. */
export interface SignInAttempt {
  readonly accountKey: string;
  readonly rowIds: readonly string[];
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

/**
 * Limits failed password checks per account and per client address, over a sliding window.
 * Failures live in the database, so every instance of the site counts the same ones.
 */
export function createSignInLimiter(deps: {
  repo: AccountsRepository;
  clock: Clock;
  limit: AccountsConfig['signInLimit'];
}) {
  const { repo, clock, limit } = deps;
  const windowMs = limit.windowMinutes * 60_000;

  return {
    /**
     * Records the attempt as a failure *before* the password is checked, then counts: parallel
     * guesses each see the others, so none slips in under the limit while argon2 runs.
     * @throws ACCOUNTS_RATE_LIMITED when earlier failures for the account or the client reach the limit
     */
    async begin(keys: { account: string; client?: string }): Promise<SignInAttempt> {
      const now = clock.now();
      const failedAt = now.toISOString();
      const since = new Date(now.getTime() - windowMs).toISOString();
      await repo.pruneFailures(since);
      const counted = [{ key: `account:${keys.account}`, max: limit.perAccount }];
      if (keys.client !== undefined) counted.push({ key: `client:${keys.client.slice(0, 100)}`, max: limit.perClient });
      const rows = counted.map(({ key }) => ({ id: newId(), key, failedAt }));
      await repo.insertFailures(rows);

      let limited = false;
      let retryAfterMs = 0;
      for (const { key, max } of counted) {
        const times = await repo.listFailureTimes(key, since);
        // `times` includes this attempt (and any running alongside): go ahead if fewer than `max` precede it.
        if (times.length - 1 < max) continue;
        // Allowed again once enough earlier failures have left the window for this one to fit.
        const freeing = times[times.length - 1 - max] ?? failedAt;
        limited = true;
        retryAfterMs = Math.max(retryAfterMs, Date.parse(freeing) + windowMs - now.getTime());
      }
      if (limited) {
        // A refused attempt checked no password, so it is not a failure of its own.
        await repo.deleteFailures({ ids: rows.map((r) => r.id) });
        throw new RateLimitedError(Math.max(1, Math.ceil(retryAfterMs / 1000)));
      }
      return { accountKey: rows[0]!.key, rowIds: rows.map((r) => r.id) };
    },

    /** The password was right: the account's failures are forgotten and this attempt withdrawn. */
    async succeed(attempt: SignInAttempt): Promise<void> {
      await repo.deleteFailures({ key: attempt.accountKey });
      await repo.deleteFailures({ ids: attempt.rowIds });
    },
  };
}

import type { Clock } from '../../platform/clock.ts';

const WINDOW_MS = 60_000;

export type ApiTokenRateLimiter = ReturnType<typeof createApiTokenRateLimiter>;

/**
 * Counts each API token's requests in fixed one-minute windows, in memory. A burst may reach twice
 * the limit across a window boundary, and each instance of the site counts its own requests: this
 * keeps one program from crowding out the others, it is not a quota.
 */
export function createApiTokenRateLimiter({ clock, perMinute }: { clock: Clock; perMinute: number }) {
  let window = 0;
  const counts = new Map<string, number>();

  return {
    /** Counts one request; when the token is over its limit, says how long until the next window instead. */
    check(tokenId: string): { retryAfterSeconds: number } | undefined {
      const now = clock.now().getTime();
      const current = Math.floor(now / WINDOW_MS) * WINDOW_MS;
      // A new minute: every count belongs to an earlier window, so the map never outgrows one minute's tokens.
      if (current !== window) {
        window = current;
        counts.clear();
      }
      const count = counts.get(tokenId) ?? 0;
      if (count >= perMinute) return { retryAfterSeconds: Math.max(1, Math.ceil((current + WINDOW_MS - now) / 1000)) };
      counts.set(tokenId, count + 1);
      return undefined;
    },
  };
}

/**
 * Counts events per key in a sliding window, in this process's memory: enough for one server
 * instance (several instances would each allow the limit; a restart forgets the counts).
 */
export interface RateLimiter {
  /** Seconds until one more event is allowed for this key, or 0 when it is allowed now. */
  retryAfter(key: string, now: Date): number;
  /** Counts one event for this key. */
  hit(key: string, now: Date): void;
}

export function createRateLimiter({ limit, windowMs, maxKeys = 50_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const events = new Map<string, number[]>();

  const recent = (key: string, nowMs: number): number[] => {
    const kept = (events.get(key) ?? []).filter((at) => nowMs - at < windowMs);
    if (kept.length === 0) events.delete(key);
    else events.set(key, kept);
    return kept;
  };

  return {
    retryAfter(key, now) {
      const kept = recent(key, now.getTime());
      if (kept.length < limit) return 0;
      return Math.max(1, Math.ceil((kept[0]! + windowMs - now.getTime()) / 1000));
    },
    hit(key, now) {
      const nowMs = now.getTime();
      const kept = recent(key, nowMs);
      // Bounded memory under a flood of addresses: the oldest keys go first (Map keeps insertion order).
      if (!events.has(key) && events.size >= maxKeys) {
        const oldest = events.keys().next().value;
        if (oldest !== undefined) events.delete(oldest);
      }
      events.set(key, [...kept, nowMs]);
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';
import type { AccountsRepository, AccountToken, TokenPurpose } from './accounts.repository.ts';

/** 32 random bytes for a cookie or a link; only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, hex. Lookups compare hashes, never raw tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Stores a new single-use link token and returns the raw value, which exists only in the link. */
export async function issueToken(
  repo: AccountsRepository,
  input: { userId: string | null; purpose: TokenPurpose; now: Date; hours: number },
): Promise<string> {
  const raw = newSecretToken();
  await repo.insertToken({
    id: hashToken(raw),
    userId: input.userId,
    purpose: input.purpose,
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.hours * 3_600_000).toISOString(),
    usedAt: null,
  });
  return raw;
}

/** The stored token if this raw token is one for `purpose`, unused and unexpired at `now`. */
export async function findUsableToken(
  repo: AccountsRepository,
  raw: string,
  purpose: TokenPurpose,
  now: string,
): Promise<AccountToken | undefined> {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) return undefined;
  const token = await repo.findToken(hashToken(raw));
  if (!token || token.purpose !== purpose || token.usedAt !== null || token.expiresAt <= now) return undefined;
  return token;
}

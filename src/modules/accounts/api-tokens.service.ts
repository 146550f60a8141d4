import { randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSet } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { TOKEN_SCOPES, type Actor, type TokenActor, type TokenScope } from './actor.ts';
import { apiTokenNotFound, invalidApiToken } from './accounts.errors.ts';
import type { AccountsDeps, ApiTokenInfo, ApiTokenState } from './accounts.types.ts';
import { createApiTokenRateLimiter } from './api-token-rate.ts';
import { createApiTokensRepository, type ApiTokenRow } from './api-tokens.repository.ts';
import { hashToken } from './tokens.ts';

export const API_TOKEN_NAME_MAX_LENGTH = 100;
/** The longest lifetime a token may be given, in calendar years; a token may also never expire. */
export const API_TOKEN_MAX_YEARS = 2;

const SECRET_PREFIX = 'ens_';
// `ens_` + 32 random bytes in base64url: recognisable in logs and secret scanners, checked before any query.
const SECRET_PATTERN = /^ens_[A-Za-z0-9_-]{43}$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const CONTROL_CHARACTERS = /\p{Cc}/u;
const TOUCH_INTERVAL_MS = 60_000;

export type ApiTokensService = ReturnType<typeof createApiTokensService>;

/** API tokens: administrators create and revoke them; the API authenticates and rate-limits programs with them. */
export function createApiTokensService({ db, clock, config, audit, locales: localeSource = INITIAL_LOCALE_SOURCE }: AccountsDeps) {
  const repo = createApiTokensRepository(db);
  const limiter = createApiTokenRateLimiter({ clock, perMinute: config.apiTokenRequestsPerMinute });

  return {
    /**
     * Creates a token and returns its secret, which exists only in this answer: the database keeps its hash.
     * `locales` null (or left out) lets the token act in every locale.
     * @throws POLICY_FORBIDDEN (not an administrator, or a token), ACCOUNTS_API_TOKEN_INVALID (details per field)
     */
    async createApiToken(input: {
      actor: Actor;
      name: string;
      scopes: readonly string[];
      locales?: readonly string[] | null;
      /** ISO-8601 instant, in the future and at most two years away; null or left out: never. */
      expiresAt?: string | null;
      unit?: UnitOfWork;
    }): Promise<{ token: ApiTokenInfo; secret: string }> {
      authorize(input.actor, 'tokens.manage');
      const now = clock.now();
      const problems: FieldProblem[] = [];
      const name = checkName(input.name, problems);
      const scopes = checkScopes(input.scopes, problems);
      const locales = checkLocales(input.locales ?? null, problems, localeSource.current());
      const expiresAt = checkExpiry(input.expiresAt ?? null, now, problems);
      if (problems.length > 0) throw invalidApiToken(problems);

      const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
      const row: ApiTokenRow = {
        id: newId(),
        name,
        secretHash: hashToken(secret),
        scopes,
        locales,
        createdBy: input.actor.id,
        createdAt: now.toISOString(),
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      };
      await withUnitOfWork(db, input.unit, async ({ trx }) => {
        await createApiTokensRepository(trx).insertApiToken(row);
        // Facts only: the secret and its hash never reach the log.
        await audit.record(
          { actorId: input.actor.id, action: 'api-token.created', details: { id: row.id, name, scopes, locales, expiresAt } },
          trx,
        );
      });
      return { token: toInfo(row, now), secret };
    },

    /**
     * Every token, revoked and expired ones included, newest first.
     * @throws POLICY_FORBIDDEN
     */
    async listApiTokens(actor: Actor): Promise<ApiTokenInfo[]> {
      authorize(actor, 'tokens.manage');
      const now = clock.now();
      return (await repo.listApiTokens()).map((row) => toInfo(row, now));
    },

    /**
     * Revokes a token: the next request made with it is refused. Revoking a revoked token changes
     * nothing and records nothing (a second click, two administrators at once).
     * @throws POLICY_FORBIDDEN, ACCOUNTS_API_TOKEN_NOT_FOUND
     */
    async revokeApiToken(input: { actor: Actor; id: string; unit?: UnitOfWork }): Promise<ApiTokenInfo> {
      authorize(input.actor, 'tokens.manage');
      const now = clock.now();
      return withUnitOfWork(db, input.unit, async ({ trx }) => {
        const r = createApiTokensRepository(trx);
        const token = typeof input.id === 'string' ? await r.findApiToken({ id: input.id }) : undefined;
        if (!token) throw apiTokenNotFound(String(input.id));
        if (token.revokedAt !== null || !(await r.revokeApiToken(token.id, now.toISOString()))) {
          return toInfo((await r.findApiToken({ id: token.id })) ?? token, now);
        }
        await audit.record({ actorId: input.actor.id, action: 'api-token.revoked', details: { id: token.id, name: token.name } }, trx);
        return toInfo({ ...token, revokedAt: now.toISOString() }, now);
      });
    },

    /**
     * The actor a request presenting this secret acts as; undefined for a malformed, unknown,
     * revoked or expired secret. Read from the database on every call, so revocation takes effect
     * on the next request. Records the use at most once a minute per token.
     */
    async authenticateApiToken(secret: string): Promise<TokenActor | undefined> {
      if (typeof secret !== 'string' || !SECRET_PATTERN.test(secret)) return undefined;
      const token = await repo.findApiToken({ secretHash: hashToken(secret) });
      const now = clock.now();
      if (!token || stateOf(token, now) !== 'active') return undefined;
      if (token.lastUsedAt === null || Date.parse(token.lastUsedAt) <= now.getTime() - TOUCH_INTERVAL_MS) {
        await repo.touchApiToken(token.id, now.toISOString(), new Date(now.getTime() - TOUCH_INTERVAL_MS).toISOString());
      }
      return { kind: 'token', id: `token:${token.id}`, tokenId: token.id, scopes: token.scopes, locales: token.locales };
    },

    /**
     * Counts one request of this token; says how long to wait when it is over
     * `apiTokenRequestsPerMinute` (callers answer ACCOUNTS_API_RATE_LIMITED, see ApiRateLimitedError).
     */
    checkApiTokenRate(tokenId: string): { retryAfterSeconds: number } | undefined {
      return limiter.check(tokenId);
    },
  };
}

function stateOf(token: Pick<ApiTokenRow, 'expiresAt' | 'revokedAt'>, now: Date): ApiTokenState {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

function toInfo(row: ApiTokenRow, now: Date): ApiTokenInfo {
  const { secretHash: _, ...info } = row;
  return { ...info, state: stateOf(row, now) };
}

function checkName(value: unknown, problems: FieldProblem[]): string {
  const name = typeof value === 'string' ? value.trim() : '';
  const length = [...name].length;
  if (length < 1 || length > API_TOKEN_NAME_MAX_LENGTH || CONTROL_CHARACTERS.test(name)) {
    problems.push({ path: 'name', message: `must be 1 to ${API_TOKEN_NAME_MAX_LENGTH} characters`, reason: 'name' });
  }
  return name;
}

function checkScopes(value: unknown, problems: FieldProblem[]): TokenScope[] {
  const given = Array.isArray(value) ? value : [];
  const scopes = TOKEN_SCOPES.filter((scope) => given.includes(scope));
  if (scopes.length === 0 || given.some((s) => !(TOKEN_SCOPES as readonly unknown[]).includes(s))) {
    problems.push({ path: 'scopes', message: `must be one or more of ${TOKEN_SCOPES.join(', ')}`, reason: 'scopes' });
  }
  return scopes;
}

/** null: every locale. Otherwise one or more of the site's locales, kept in the site's order. */
function checkLocales(value: unknown, problems: FieldProblem[], configured: LocaleSet): LocaleCode[] | null {
  if (value === null) return null;
  const given: unknown[] = Array.isArray(value) ? value : [];
  const codes = configured.all.map((l) => l.code);
  const locales = codes.filter((code) => given.includes(code));
  if (locales.length === 0 || !given.every((g) => configured.has(g))) {
    problems.push({ path: 'locales', message: `must be one or more of ${codes.join(', ')}, or null for every locale`, reason: 'locales' });
  }
  return locales;
}

function checkExpiry(value: unknown, now: Date, problems: FieldProblem[]): string | null {
  if (value === null) return null;
  const parts = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  const at = parts && isRealDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? Date.parse(value as string) : Number.NaN;
  if (Number.isNaN(at)) {
    problems.push({ path: 'expiresAt', message: 'must be an ISO-8601 date and time', reason: 'format' });
    return null;
  }
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + API_TOKEN_MAX_YEARS);
  if (at <= now.getTime() || at > latest.getTime()) {
    problems.push({ path: 'expiresAt', message: `must be in the future and at most ${API_TOKEN_MAX_YEARS} years away`, reason: 'range' });
    return null;
  }
  return new Date(at).toISOString();
}

/** Date.parse turns 30 February into 2 March: only days the calendar has are taken. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

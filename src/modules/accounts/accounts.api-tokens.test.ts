import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { ApiRateLimitedError } from './accounts.errors.ts';
import { createApiTokenRateLimiter } from './api-token-rate.ts';
import { SYSTEM, userActor, type Actor, type TokenActor } from './actor.ts';
import { createAccountsModule } from './index.ts';
import { MINUTE, openAccountsFixture, TEST_ACCOUNTS_CONFIG, type AccountsFixture } from './testing.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const DAY = 24 * 60 * MINUTE;

describeEachDatabase('accounts: API tokens', (dialect) => {
  let f: AccountsFixture;
  let admin: Actor;
  const create = (overrides: Partial<Parameters<AccountsFixture['accounts']['apiTokens']['createApiToken']>[0]> = {}) =>
    f.accounts.apiTokens.createApiToken({ actor: admin, name: 'Newsletter sync', scopes: ['read'], ...overrides });
  const entries = async (action: string) => (await f.audit.list({ action })).entries;

  beforeEach(async () => {
    f = await openAccountsFixture(dialect);
    admin = userActor(await f.createActiveUser({ role: 'administrator' }));
  });
  afterEach(() => f.close());

  it('returns the secret once and keeps only its SHA-256', async () => {
    const { token, secret } = await create({ scopes: ['publish', 'read'], locales: ['es', 'fr'] });
    expect(secret).toMatch(/^ens_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: 'Newsletter sync',
      scopes: ['read', 'publish'],
      locales: ['fr', 'es'],
      createdBy: admin.id,
      createdAt: '2026-11-28T10:00:00.000Z',
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      state: 'active',
    });
    expect(token).not.toHaveProperty('secretHash');
    const rows = await f.db.selectFrom('apiTokens').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ id: token.id, secretHash: sha256(secret) })]);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));
    expect(await f.accounts.apiTokens.listApiTokens(admin)).toEqual([token]);
  });

  it('authenticates the secret as a token actor with the token’s scopes and locales', async () => {
    const { token, secret } = await create({ scopes: ['read', 'write'], locales: ['ar'] });
    const actor = await f.accounts.apiTokens.authenticateApiToken(secret);
    expect(actor).toEqual<TokenActor>({ kind: 'token', id: `token:${token.id}`, tokenId: token.id, scopes: ['read', 'write'], locales: ['ar'] });
    const everywhere = await create({ locales: null });
    expect((await f.accounts.apiTokens.authenticateApiToken(everywhere.secret))?.locales).toBeNull();
  });

  it('refuses malformed and unknown secrets', async () => {
    const { secret } = await create();
    const unknown = `ens_${'A'.repeat(43)}`;
    for (const bad of [unknown, '', secret.slice(4), `${secret}x`, secret.toUpperCase(), sha256(secret), `ens_${'%'.repeat(43)}`, 42 as unknown as string]) {
      expect(await f.accounts.apiTokens.authenticateApiToken(bad), String(bad)).toBeUndefined();
    }
  });

  it('refuses a revoked token from the next call on, and revoking again changes nothing', async () => {
    const { token, secret } = await create();
    expect(await f.accounts.apiTokens.authenticateApiToken(secret)).toBeDefined();
    f.clock.advance(MINUTE);
    const revoked = await f.accounts.apiTokens.revokeApiToken({ actor: admin, id: token.id });
    expect(revoked).toMatchObject({ id: token.id, revokedAt: '2026-11-28T10:01:00.000Z', state: 'revoked' });
    expect(await f.accounts.apiTokens.authenticateApiToken(secret)).toBeUndefined();
    f.clock.advance(MINUTE);
    expect(await f.accounts.apiTokens.revokeApiToken({ actor: admin, id: token.id })).toMatchObject({ revokedAt: '2026-11-28T10:01:00.000Z' });
    expect(await entries('api-token.revoked')).toEqual([
      expect.objectContaining({ actorId: admin.id, at: '2026-11-28T10:01:00.000Z', details: { id: token.id, name: 'Newsletter sync' } }),
    ]);
  });

  it('answers ACCOUNTS_API_TOKEN_NOT_FOUND for an unknown id', async () => {
    await expect(f.accounts.apiTokens.revokeApiToken({ actor: admin, id: 'nope' })).rejects.toMatchObject({
      code: 'ACCOUNTS_API_TOKEN_NOT_FOUND',
      kind: 'not_found',
    });
  });

  it('refuses a token once it expires', async () => {
    const { token, secret } = await create({ expiresAt: '2026-11-29T10:00:00Z' });
    expect(token.expiresAt).toBe('2026-11-29T10:00:00.000Z');
    f.clock.advance(DAY - 1);
    expect(await f.accounts.apiTokens.authenticateApiToken(secret)).toBeDefined();
    f.clock.advance(1);
    expect(await f.accounts.apiTokens.authenticateApiToken(secret)).toBeUndefined();
    expect((await f.accounts.apiTokens.listApiTokens(admin))[0]?.state).toBe('expired');
  });

  it('records the last use at most once a minute', async () => {
    const { token, secret } = await create();
    const lastUsed = async () => (await f.accounts.apiTokens.listApiTokens(admin)).find((t) => t.id === token.id)?.lastUsedAt;
    await f.accounts.apiTokens.authenticateApiToken(secret);
    expect(await lastUsed()).toBe('2026-11-28T10:00:00.000Z');
    f.clock.advance(MINUTE - 1000);
    await f.accounts.apiTokens.authenticateApiToken(secret);
    expect(await lastUsed()).toBe('2026-11-28T10:00:00.000Z');
    f.clock.advance(1000);
    await f.accounts.apiTokens.authenticateApiToken(secret);
    expect(await lastUsed()).toBe('2026-11-28T10:01:00.000Z');
  });

  it('names each wrong field: name, scopes, locales, expiry', async () => {
    const cases: { input: Parameters<typeof create>[0]; path: string }[] = [
      { input: { name: '   ' }, path: 'name' },
      { input: { name: 'x'.repeat(101) }, path: 'name' },
      { input: { name: 'tab\there' }, path: 'name' },
      { input: { scopes: [] }, path: 'scopes' },
      { input: { scopes: ['read', 'admin'] }, path: 'scopes' },
      { input: { locales: [] }, path: 'locales' },
      { input: { locales: ['fr', 'de'] }, path: 'locales' },
      { input: { expiresAt: '2026-11-28T09:59:59Z' }, path: 'expiresAt' },
      { input: { expiresAt: '2026-11-28T10:00:00Z' }, path: 'expiresAt' },
      { input: { expiresAt: '2028-11-28T10:00:01Z' }, path: 'expiresAt' },
      { input: { expiresAt: '12' }, path: 'expiresAt' },
      { input: { expiresAt: '2027-02-30T00:00:00Z' }, path: 'expiresAt' },
    ];
    for (const { input, path } of cases) {
      await expect(create(input), JSON.stringify(input)).rejects.toMatchObject({
        code: 'ACCOUNTS_API_TOKEN_INVALID',
        kind: 'validation',
        details: [expect.objectContaining({ path })],
      });
    }
    await expect(create({ name: '', scopes: ['x'], locales: ['de'], expiresAt: 'tomorrow' })).rejects.toMatchObject({
      details: ['name', 'scopes', 'locales', 'expiresAt'].map((path) => expect.objectContaining({ path })),
    });
    expect(await f.db.selectFrom('apiTokens').select('id').execute()).toEqual([]);
    await expect(create({ name: 'x'.repeat(100), expiresAt: '2028-11-28T10:00:00Z' })).resolves.toBeDefined();
  });

  it('refuses people other than administrators, and every token, with POLICY_FORBIDDEN, writing nothing', async () => {
    const { token, secret } = await create({ scopes: ['read', 'write', 'publish'] });
    const tokenActor = (await f.accounts.apiTokens.authenticateApiToken(secret))!;
    const editor = userActor(await f.createActiveUser({ role: 'editor' }));
    const reviewer = userActor(await f.createActiveUser({ role: 'reviewer' }));
    for (const actor of [editor, reviewer, tokenActor]) {
      const forbidden = expect.objectContaining({ code: 'POLICY_FORBIDDEN', kind: 'forbidden' });
      await expect(create({ actor }), actor.id).rejects.toEqual(forbidden);
      await expect(f.accounts.apiTokens.listApiTokens(actor)).rejects.toEqual(forbidden);
      await expect(f.accounts.apiTokens.revokeApiToken({ actor, id: token.id })).rejects.toEqual(forbidden);
    }
    expect(await f.db.selectFrom('apiTokens').select('id').execute()).toEqual([{ id: token.id }]);
    expect((await f.accounts.apiTokens.listApiTokens(admin))[0]?.state).toBe('active');
    expect(await entries('api-token.created')).toHaveLength(1);
    expect(await entries('api-token.revoked')).toEqual([]);
    await expect(f.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'CLI', scopes: ['read'] })).resolves.toBeDefined();
  });

  it('writes the audit entry with the token, never the secret', async () => {
    const { token, secret } = await create({ scopes: ['write'], locales: ['en'], expiresAt: '2027-01-01T00:00:00Z' });
    const [entry] = await entries('api-token.created');
    expect(entry).toMatchObject({
      actorId: admin.id,
      details: { id: token.id, name: 'Newsletter sync', scopes: ['write'], locales: ['en'], expiresAt: '2027-01-01T00:00:00.000Z' },
    });
    expect(JSON.stringify(entry)).not.toContain(secret.slice(4));
    expect(JSON.stringify(entry)).not.toContain(sha256(secret));
  });

  it('creates the token and its audit entry in one transaction: no entry, no token', async () => {
    const failing = createAccountsModule({
      db: f.db,
      clock: f.clock,
      config: TEST_ACCOUNTS_CONFIG,
      audit: {
        async record(input, trx) {
          const entry = await f.audit.record(input, trx);
          throw new Error(`audit store failed after writing ${entry.id}`);
        },
      },
    });
    await expect(failing.apiTokens.createApiToken({ actor: admin, name: 'Lost', scopes: ['read'] })).rejects.toThrow('audit store failed');
    expect(await f.db.selectFrom('apiTokens').select('id').execute()).toEqual([]);
    expect(await entries('api-token.created')).toEqual([]);

    const { token } = await create();
    await expect(failing.apiTokens.revokeApiToken({ actor: admin, id: token.id })).rejects.toThrow('audit store failed');
    expect((await f.accounts.apiTokens.listApiTokens(admin))[0]).toMatchObject({ revokedAt: null, state: 'active' });
  });

  it('limits each token’s requests per minute, counting tokens apart', async () => {
    const { token } = await create();
    const other = await create({ name: 'Other' });
    const limit = TEST_ACCOUNTS_CONFIG.apiTokenRequestsPerMinute;
    f.clock.advance(15_000);
    for (let i = 0; i < limit; i++) expect(f.accounts.apiTokens.checkApiTokenRate(token.id)).toBeUndefined();
    expect(f.accounts.apiTokens.checkApiTokenRate(token.id)).toEqual({ retryAfterSeconds: 45 });
    expect(f.accounts.apiTokens.checkApiTokenRate(other.token.id)).toBeUndefined();
    f.clock.advance(45_000);
    expect(f.accounts.apiTokens.checkApiTokenRate(token.id)).toBeUndefined();
    expect(new ApiRateLimitedError(45)).toMatchObject({ code: 'ACCOUNTS_API_RATE_LIMITED', kind: 'unavailable', retryAfterSeconds: 45 });
  });
});

describe('API token rate limiter', () => {
  it('counts in one-minute windows and answers at least one second to wait', () => {
    const clock = manualClock('2026-11-28T10:00:00.000Z');
    const limiter = createApiTokenRateLimiter({ clock, perMinute: 2 });
    expect(limiter.check('a')).toBeUndefined();
    expect(limiter.check('a')).toBeUndefined();
    clock.advance(59_900);
    expect(limiter.check('a')).toEqual({ retryAfterSeconds: 1 });
    expect(limiter.check('b')).toBeUndefined();
    clock.advance(100);
    expect(limiter.check('a')).toBeUndefined();
    expect(limiter.check('a')).toBeUndefined();
    expect(limiter.check('a')).toEqual({ retryAfterSeconds: 60 });
  });
});

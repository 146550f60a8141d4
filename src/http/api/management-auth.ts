import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiRateLimitedError, type AccountsModule, type TokenActor } from '../../modules/accounts/index.ts';
import { AppError } from '../../platform/errors.ts';
import { API_UNAUTHENTICATED } from '../http.errors.ts';

/** Management answers are for the token's holder only, never kept by a shared cache. */
export const MANAGEMENT_CACHE_CONTROL = 'no-store';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API token's actor, set by the management context's hook before any handler runs. */
    tokenActor?: TokenActor;
  }
}

/**
 * Resolves `Authorization: Bearer <token>` to the token's actor, and applies its rate limit. This is
 * the only access step of the management API: every decision on what the actor may do is the
 * operations' (the policy module), so the back office and the API refuse the same things.
 */
export function registerTokenAuthentication(management: FastifyInstance, accounts: AccountsModule): void {
  management.decorateRequest('tokenActor', undefined);
  management.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', MANAGEMENT_CACHE_CONTROL);
    const secret = bearerToken(request);
    const actor = secret ? await accounts.apiTokens.authenticateApiToken(secret) : undefined;
    if (!actor) {
      reply.header('www-authenticate', 'Bearer realm="ensemble"');
      throw new AppError(API_UNAUTHENTICATED, 'unauthenticated', secret ? 'The API token is unknown, expired or revoked.' : 'This operation needs an API token: Authorization: Bearer <token>.');
    }
    const limited = accounts.apiTokens.checkApiTokenRate(actor.tokenId);
    if (limited) throw new ApiRateLimitedError(limited.retryAfterSeconds);
    request.tokenActor = actor;
  });
}

/** The actor of a management request (the hook has run, or the request never got this far). */
export function tokenActorOf(request: FastifyRequest): TokenActor {
  if (!request.tokenActor) throw new AppError(API_UNAUTHENTICATED, 'unauthenticated', 'This operation needs an API token.');
  return request.tokenActor;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || header.length > 512) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

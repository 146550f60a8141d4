/** @module accounts — back-office people, their roles and locales, passwords, sessions, first setup, and API tokens. */
import type { AccountsDeps } from './accounts.types.ts';
import { createApiTokensService } from './api-tokens.service.ts';
import { createSessionsService } from './sessions.service.ts';
import { createSetupService } from './setup.service.ts';
import { createUsersService } from './users.service.ts';
import type { Schema } from '../../platform/db/schema.ts';

export function createAccountsModule(deps: AccountsDeps) {
  return {
    users: createUsersService(deps),
    sessions: createSessionsService(deps),
    setup: createSetupService(deps),
    apiTokens: createApiTokensService(deps),
  };
}

export type AccountsModule = ReturnType<typeof createAccountsModule>;
export type { UsersService } from './users.service.ts';
export type { SessionsService, SignInFailureReason } from './sessions.service.ts';
export type { SetupService } from './setup.service.ts';
export { API_TOKEN_MAX_YEARS, API_TOKEN_NAME_MAX_LENGTH, type ApiTokensService } from './api-tokens.service.ts';
export type * from './accounts.types.ts';
export { ROLES, DEFAULT_ACCOUNTS_CONFIG } from './accounts.types.ts';
export { SYSTEM, TOKEN_SCOPES, userActor, actorId, type Actor, type UserActor, type TokenActor, type SystemActor, type TokenScope } from './actor.ts';
export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './passwords.ts';
export * from './accounts.errors.ts';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['users', 'sessions', 'accountTokens', 'signInFailures', 'apiTokens'] as const satisfies readonly (keyof Schema)[];

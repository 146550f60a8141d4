import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const ACCOUNTS_INVALID = 'ACCOUNTS_INVALID';
export const ACCOUNTS_EMAIL_TAKEN = 'ACCOUNTS_EMAIL_TAKEN';
export const ACCOUNTS_USER_NOT_FOUND = 'ACCOUNTS_USER_NOT_FOUND';
export const ACCOUNTS_LAST_ADMINISTRATOR = 'ACCOUNTS_LAST_ADMINISTRATOR';
export const ACCOUNTS_TOKEN_INVALID = 'ACCOUNTS_TOKEN_INVALID';
export const ACCOUNTS_WEAK_PASSWORD = 'ACCOUNTS_WEAK_PASSWORD';
export const ACCOUNTS_WRONG_PASSWORD = 'ACCOUNTS_WRONG_PASSWORD';
export const ACCOUNTS_SIGN_IN_FAILED = 'ACCOUNTS_SIGN_IN_FAILED';
export const ACCOUNTS_RATE_LIMITED = 'ACCOUNTS_RATE_LIMITED';
export const ACCOUNTS_API_TOKEN_INVALID = 'ACCOUNTS_API_TOKEN_INVALID';
export const ACCOUNTS_API_TOKEN_NOT_FOUND = 'ACCOUNTS_API_TOKEN_NOT_FOUND';
export const ACCOUNTS_API_RATE_LIMITED = 'ACCOUNTS_API_RATE_LIMITED';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const ACCOUNTS_ERRORS = defineErrors({
  ACCOUNTS_INVALID: { kind: 'validation', status: 400, when: "A user's email, role, locales, display name or interface language is wrong; `details` lists each `{ path, message }`. A translator needs at least one of fr, en, es, ar." },
  ACCOUNTS_EMAIL_TAKEN: { kind: 'conflict', status: 409, when: 'Another account already uses this email address (compared lower-cased).' },
  ACCOUNTS_USER_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No user has this id.' },
  ACCOUNTS_LAST_ADMINISTRATOR: { kind: 'conflict', status: 409, when: 'The change would disable or demote the last enabled administrator. Nothing was written.' },
  ACCOUNTS_TOKEN_INVALID: { kind: 'validation', status: 400, when: "A set-password or setup link is not valid: unknown, used, expired or of the other kind, or setup is already done. One code for all, so a link's history is not revealed." },
  ACCOUNTS_WEAK_PASSWORD: { kind: 'validation', status: 400, when: 'The new password is too weak: fewer than 12 or more than 256 characters, one character repeated, or the email address; `details` names the field.' },
  ACCOUNTS_WRONG_PASSWORD: { kind: 'validation', status: 400, when: 'The current password is not correct when changing a password (`details` path `currentPassword`). Counts as a failed sign-in.' },
  ACCOUNTS_SIGN_IN_FAILED: { kind: 'unauthenticated', status: 401, when: 'Sign-in refused. The same message for an unknown account, a wrong password, an account without a password and a disabled account; the audit log has the reason.' },
  ACCOUNTS_RATE_LIMITED: { kind: 'unavailable', status: 429, when: "Too many failed sign-ins in the window for this email or this client address. The error's `retryAfterSeconds` gives `Retry-After`." },
  ACCOUNTS_API_TOKEN_INVALID: { kind: 'validation', status: 400, when: 'The details of a new API token are not valid; `details` names `name`, `scopes`, `locales` or `expiresAt`.' },
  ACCOUNTS_API_TOKEN_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No API token has this id. Revoking a revoked token is not an error: nothing changes.' },
  ACCOUNTS_API_RATE_LIMITED: { kind: 'unavailable', status: 429, when: "Too many requests with this API token in the current minute. The error's `retryAfterSeconds` gives `Retry-After`." },
});

/** Too many failed sign-ins: carries how long to wait, for a Retry-After header. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(ACCOUNTS_RATE_LIMITED, 'unavailable', `Too many failed sign-ins; try again in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** An API token made too many requests in the current minute: carries how long to wait, for Retry-After. */
export class ApiRateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(ACCOUNTS_API_RATE_LIMITED, 'unavailable', `Too many requests with this API token; try again in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function invalidApiToken(details: readonly FieldProblem[]): AppError {
  return new AppError(ACCOUNTS_API_TOKEN_INVALID, 'validation', 'The API token details are not valid', { details });
}

export function apiTokenNotFound(id: string): AppError {
  return new AppError(ACCOUNTS_API_TOKEN_NOT_FOUND, 'not_found', `API token ${id.slice(0, 40)} does not exist`);
}

export function invalidAccount(details: readonly FieldProblem[]): AppError {
  return new AppError(ACCOUNTS_INVALID, 'validation', 'The account details are not valid', { details });
}

export function emailTaken(): AppError {
  return new AppError(ACCOUNTS_EMAIL_TAKEN, 'conflict', 'Another account already uses this email address', {
    details: [{ path: 'email', message: 'another account already uses this address' }],
  });
}

export function userNotFound(id: string): AppError {
  return new AppError(ACCOUNTS_USER_NOT_FOUND, 'not_found', `User ${id.slice(0, 40)} does not exist`);
}

/** The change would leave nobody able to manage accounts. */
export function lastAdministrator(): AppError {
  return new AppError(
    ACCOUNTS_LAST_ADMINISTRATOR,
    'conflict',
    'This is the last enabled administrator: it cannot be disabled or given another role',
  );
}

/** One error for unknown, used and expired links, so a link's history is not revealed. */
export function tokenInvalid(): AppError {
  return new AppError(ACCOUNTS_TOKEN_INVALID, 'validation', 'This link is not valid or has expired');
}

export function weakPassword(path: string, message: string): AppError {
  return new AppError(ACCOUNTS_WEAK_PASSWORD, 'validation', 'The password is too weak', {
    details: [{ path, message }],
  });
}

export function wrongPassword(): AppError {
  return new AppError(ACCOUNTS_WRONG_PASSWORD, 'validation', 'The current password is not correct', {
    details: [{ path: 'currentPassword', message: 'is not correct' }],
  });
}

/** The same message whatever went wrong, so sign-in does not tell which accounts exist. */
export function signInFailed(): AppError {
  return new AppError(ACCOUNTS_SIGN_IN_FAILED, 'unauthenticated', 'The email address or the password is not correct');
}

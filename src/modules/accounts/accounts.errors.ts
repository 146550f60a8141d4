import { AppError, type FieldProblem } from '../../platform/errors.ts';

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

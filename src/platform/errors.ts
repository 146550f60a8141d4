/** Error kinds the HTTP layer maps to status codes in one place (http/error-handler.ts). */
export type ErrorKind =
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unavailable';

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
  /** A stable reason the interface can translate (the message is English, for logs and the API). */
  readonly reason?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: readonly FieldProblem[];

  constructor(
    code: string,
    kind: ErrorKind,
    message: string,
    options: { details?: readonly FieldProblem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.kind = kind;
    this.details = options.details ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What went wrong, in general; each code's HTTP status is declared beside it (`defineErrors`). */
export type ErrorKind =
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unavailable'
  /** A failure the caller cannot fix (a bug, a database down): answered 500 with a reference. */
  | 'internal';

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

/**
 * What a module declares about one of its codes: the kind, the HTTP status it is answered with
 * (the domain never sets it per response; `error-catalog.ts` reads it from here), and one line
 * on when it happens, for docs/errors.md.
 */
export interface ErrorSpec {
  readonly kind: ErrorKind;
  readonly status: number;
  readonly when: string;
}

export type ErrorTable = Readonly<Record<string, ErrorSpec>>;

/**
 * A module's error codes with their status, declared once (as Fastify's lib/errors.js does).
 * Keys are the codes themselves; statuses must be 4xx or 5xx.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(table: T): Readonly<T> {
  for (const [code, spec] of Object.entries(table)) {
    if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(code)) throw new Error(`Error code ${code} is not UPPER_SNAKE with a prefix`);
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new Error(`Error code ${code} declares status ${spec.status}, not a 4xx or 5xx`);
    }
    Object.freeze(spec);
  }
  return Object.freeze(table);
}

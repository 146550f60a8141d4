import type { FastifyReply } from 'fastify';
import { findErrorEntry, statusOf } from '../error-catalog.ts';
import { isAppError, type ErrorKind, type FieldProblem } from '../platform/errors.ts';
import {
  API_PAYLOAD_TOO_LARGE,
  API_RATE_LIMITED,
  API_UNSUPPORTED_MEDIA_TYPE,
  HTTP_BAD_REQUEST,
  HTTP_NOT_FOUND,
  INTERNAL_ERROR,
} from './http.errors.ts';

/** Where a code is explained; a problem's `type` is this plus `#CODE` (served from the catalog). */
export const PROBLEM_TYPE_BASE = '/api/v1/errors';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** An error answer as RFC 9457 describes it, with our stable `code` and field `errors` as extensions. */
export interface ProblemDetails {
  readonly [extension: string]: unknown;
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance: string;
  readonly errors?: readonly FieldProblem[];
  readonly retryAfterSeconds?: number;
}

export interface Problem {
  readonly status: number;
  readonly body: ProblemDetails;
  readonly headers: Record<string, string>;
}

/**
 * The body of every problem+json answer as plain JSON Schema (no TypeBox), for response schemas
 * and the OpenAPI components. Extension members beyond these are allowed (RFC 9457 §3.2).
 */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'instance'],
  properties: {
    type: { type: 'string', format: 'uri-reference', description: 'Where the code is explained: /api/v1/errors#CODE' },
    title: { type: 'string', description: 'A short English summary of the code, the same for every occurrence' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong this time, in English' },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$', description: 'The stable error code (docs/errors.md)' },
    instance: { type: 'string', format: 'uri-reference', description: 'urn:request:<id>, the reference the log has too' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string' },
          message: { type: 'string' },
          reason: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    retryAfterSeconds: { type: 'integer', minimum: 0 },
  },
  additionalProperties: true,
} as const;

/**
 * The problem+json answer for any error: an AppError by its declared status, Fastify's schema
 * validation as HTTP_BAD_REQUEST with each failing path, other Fastify 4xx by their status, and
 * anything else as INTERNAL_ERROR whose detail only names the reference, never the message or stack.
 */
export function problemFor(error: unknown, requestId: string): Problem {
  const status = statusOf(error);
  const instance = `urn:request:${encodeURIComponent(requestId)}`;
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' };
  // A 500 says nothing of what failed; a module's declared 503 keeps its code and message.
  if (status === 500) {
    return { status, headers, body: bodyFor(INTERNAL_ERROR, status, `An unexpected error occurred. Quote the reference ${requestId} when reporting it.`, instance) };
  }
  if (isAppError(error)) {
    const retryAfterSeconds = retryAfterOf(error);
    if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
    const errors = error.details.map(({ path, message, reason }) => (reason === undefined ? { path, message } : { path, message, reason }));
    const body = bodyFor(error.code, status, error.message, instance, errors, error.kind);
    return { status, headers, body: { ...extensionsOf(error), ...body, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } };
  }
  const validation = validationProblems(error);
  if (validation) return { status: 400, headers, body: bodyFor(HTTP_BAD_REQUEST, 400, 'The request does not match its schema', instance, validation) };
  return { status, headers, body: bodyFor(codeForStatus(status), status, (error as Error).message || 'The request is not valid', instance) };
}

/** Sends `error` as problem+json; a 5xx is logged with the request id the answer quotes. */
export function sendProblem(reply: FastifyReply, error: unknown): FastifyReply {
  const problem = problemFor(error, String(reply.request.id));
  if (problem.status >= 500) reply.log.error({ err: error, reqId: reply.request.id }, 'request failed');
  else reply.log.info({ code: problem.body.code, status: problem.status, reqId: reply.request.id }, 'request refused');
  // Sent as text so that no response schema of the route can drop a member.
  return reply.code(problem.status).headers(problem.headers).send(JSON.stringify(problem.body));
}

/** The title of a code: the first clause of its "when" line, or a phrase for its kind. */
export function problemTitle(code: string, kind?: ErrorKind): string {
  const entry = findErrorEntry(code);
  if (entry) return firstClause(entry.when);
  return KIND_TITLES[kind ?? 'internal'];
}

const KIND_TITLES: Readonly<Record<ErrorKind, string>> = {
  validation: 'The request is not valid',
  not_found: 'Not found',
  conflict: 'Conflicts with the current state',
  forbidden: 'Not allowed',
  unauthenticated: 'Authentication required',
  unavailable: 'Temporarily unavailable',
  internal: 'Internal error',
};

function bodyFor(code: string, status: number, detail: string, instance: string, errors: readonly FieldProblem[] = [], kind?: ErrorKind): ProblemDetails {
  const body: ProblemDetails = { type: `${PROBLEM_TYPE_BASE}#${code}`, title: problemTitle(code, kind), status, detail, code, instance };
  return errors.length > 0 ? { ...body, errors } : body;
}

/** Up to the first `.`, `;` or `:` outside parentheses, without the parentheses or Markdown backticks. */
function firstClause(when: string): string {
  let title = '';
  let depth = 0;
  for (let i = 0; i < when.length; i++) {
    const char = when[i]!;
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0 || char === '`') continue;
    else if ('.;:'.includes(char) && (i + 1 === when.length || when[i + 1] === ' ')) break;
    else title += char;
  }
  return title.replaceAll(/\s+/g, ' ').replaceAll(' ,', ',').trim();
}

/** Seconds to wait, from a RateLimitedError-like error (accounts' sign-in limiter, for one). */
export function retryAfterOf(error: unknown): number | undefined {
  const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/**
 * Extra members an error asks to carry (RFC 9457 §3.2), such as the text a refused write sent:
 * an `extensions` object on the error. They never replace a standard member.
 */
function extensionsOf(error: unknown): Record<string, unknown> {
  const extensions = (error as { extensions?: unknown }).extensions;
  return typeof extensions === 'object' && extensions !== null && !Array.isArray(extensions) ? { ...extensions } : {};
}

interface SchemaProblem {
  readonly instancePath?: string;
  readonly keyword?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** Fastify's schema failures (Ajv errors) as field problems: `body.title`, `querystring.limit`… */
function validationProblems(error: unknown): FieldProblem[] | undefined {
  const { validation, validationContext } = error as { validation?: unknown; validationContext?: unknown };
  if (!Array.isArray(validation)) return undefined;
  const prefix = typeof validationContext === 'string' ? validationContext : '';
  return (validation as SchemaProblem[]).map((problem) => {
    const segments = (problem.instancePath ?? '').split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    const named = problem.params?.missingProperty ?? problem.params?.additionalProperty;
    if (typeof named === 'string') segments.push(named);
    const path = [prefix, ...segments].filter((segment) => segment !== '').join('.');
    return { path, message: problem.message ?? 'is not valid', ...(problem.keyword ? { reason: problem.keyword } : {}) };
  });
}

function codeForStatus(status: number): string {
  switch (status) {
    case 404:
      return HTTP_NOT_FOUND;
    case 413:
      return API_PAYLOAD_TOO_LARGE;
    case 415:
      return API_UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return API_RATE_LIMITED;
    default:
      return HTTP_BAD_REQUEST;
  }
}

import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError, isAppError, type ErrorKind } from '../../platform/errors.ts';

/**
 * RFC 9457 problem details for the JSON API. A stand-in with the signatures of
 * `src/http/problem.ts` (another branch), so the lead can swap one for the other at merge.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where each code is explained; a problem's `type` is this page with the code as its fragment. */
export const ERRORS_PAGE_PATH = '/api/v1/errors';

export const HTTP_BAD_REQUEST = 'HTTP_BAD_REQUEST';
export const HTTP_NOT_FOUND = 'HTTP_NOT_FOUND';
export const INTERNAL_ERROR = 'INTERNAL_ERROR';

const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  not_found: 404,
  validation: 400,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  unavailable: 503,
};

/** The codes this layer itself answers with, for the errors page (module codes come from docs/errors.md). */
export const HTTP_ERROR_CODES: readonly { readonly code: string; readonly status: number; readonly when: string }[] = [
  { code: HTTP_BAD_REQUEST, status: 400, when: 'A parameter does not match the operation\'s schema (each failing one is in `errors`), or the request could not be read.' },
  { code: HTTP_NOT_FOUND, status: 404, when: 'No operation or resource answers at this address.' },
  { code: 'HTTP_METHOD_NOT_ALLOWED', status: 405, when: 'The operation exists, but not with this method.' },
  { code: 'HTTP_PAYLOAD_TOO_LARGE', status: 413, when: 'The request body is larger than the server accepts.' },
  { code: 'HTTP_UNSUPPORTED_MEDIA_TYPE', status: 415, when: 'The request body is of a type the operation does not read.' },
  { code: INTERNAL_ERROR, status: 500, when: 'Something failed on the server. Nothing internal is shown; `instance` names the request in the server\'s log.' },
];

export const PROBLEM_SCHEMA = Type.Object(
  {
    type: Type.String({ description: 'Link to the explanation of `code`.', examples: [`${ERRORS_PAGE_PATH}#HTTP_NOT_FOUND`] }),
    title: Type.String({ description: 'Short summary of the kind of problem (the HTTP status text).' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String({ description: 'What went wrong here, in developer English.' })),
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'Stable error code.' }),
    instance: Type.String({ description: 'Names this occurrence; the server\'s log records it with the request.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'Where the problem is, e.g. `querystring.limit` or `params.locale`.' }),
          message: Type.String(),
        }),
        { description: 'One entry per invalid field or parameter.' },
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem', description: 'Problem details (RFC 9457), sent as application/problem+json.' },
);

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code: string;
  readonly instance: string;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
}

export interface ProblemResponse {
  readonly status: number;
  readonly body: Problem;
  readonly headers: Readonly<Record<string, string>>;
}

/** No operation or resource at the address asked for. */
export function routeNotFound(): AppError {
  return new AppError(HTTP_NOT_FOUND, 'not_found', 'No operation or resource answers at this address.');
}

/** A request parameter the schema could not say is wrong (an unreadable cursor). */
export function badRequest(path: string, message: string): AppError {
  return new AppError(HTTP_BAD_REQUEST, 'validation', 'The request does not match the operation\'s schema.', { details: [{ path, message }] });
}

/**
 * The problem document for any error: an AppError by its kind, Fastify's schema validation as
 * 400 with each failing path, Fastify's other client errors by their status, and anything else as
 * a bare 500 (no message, no stack: the log has them under the request id).
 */
export function problemFor(error: unknown, requestId: string): ProblemResponse {
  const instance = `urn:ensemble:request:${requestId}`;
  const make = (status: number, code: string, detail: string | undefined, errors?: Problem['errors'], headers: Record<string, string> = {}): ProblemResponse => ({
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
    body: {
      type: `${ERRORS_PAGE_PATH}#${code}`,
      title: STATUS_CODES[status] ?? 'Error',
      status,
      ...(detail === undefined ? {} : { detail }),
      code,
      instance,
      ...(errors && errors.length > 0 ? { errors } : {}),
    },
  });
  if (isAppError(error)) {
    const retry = 'retryAfterSeconds' in error ? error.retryAfterSeconds : undefined;
    const headers: Record<string, string> = typeof retry === 'number' && Number.isFinite(retry) ? { 'retry-after': String(Math.ceil(retry)) } : {};
    return make(STATUS_OF_KIND[error.kind], error.code, error.message, error.details.map(({ path, message }) => ({ path, message })), headers);
  }
  const validation = validationErrors(error);
  if (validation) return make(400, HTTP_BAD_REQUEST, 'The request does not match the operation\'s schema.', validation);
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const known = HTTP_ERROR_CODES.find((c) => c.status === status);
    // Fastify's own messages can quote the request (a content type, a header): the status text says enough.
    return make(status, known?.code ?? HTTP_BAD_REQUEST, STATUS_CODES[status]);
  }
  return make(500, INTERNAL_ERROR, undefined);
}

/** Sends the problem for `error`; a 500 is logged with the request id, an expected error at info level. */
export function sendProblem(reply: FastifyReply, error: unknown): FastifyReply {
  const problem = problemFor(error, String(reply.request.id));
  if (problem.status >= 500) {
    reply.request.log.error({ err: error, reqId: reply.request.id, url: reply.request.url.slice(0, 300) }, 'api request failed');
  } else {
    reply.request.log.info({ code: problem.body.code, reqId: reply.request.id }, 'api request refused');
  }
  // Sent as text: the route's response serializer must not drop or reshape a problem's members.
  return reply.code(problem.status).headers(problem.headers).send(JSON.stringify(problem.body));
}

function validationErrors(error: unknown): { path: string; message: string }[] | undefined {
  if (typeof error !== 'object' || error === null || !('validation' in error) || !Array.isArray(error.validation)) return undefined;
  const context = 'validationContext' in error && typeof error.validationContext === 'string' ? error.validationContext : 'request';
  const issues: unknown[] = error.validation.slice(0, 20);
  return issues.map((issue) => {
    const field = (name: string): unknown => (typeof issue === 'object' && issue !== null && name in issue ? Reflect.get(issue, name) : undefined);
    const params = field('params');
    const missing = typeof params === 'object' && params !== null && 'missingProperty' in params && typeof params.missingProperty === 'string' ? `/${params.missingProperty}` : '';
    const instancePath = field('instancePath');
    const message = field('message');
    const pointer = `${typeof instancePath === 'string' ? instancePath : ''}${missing}`;
    return { path: `${context}${pointer.replaceAll('/', '.')}`, message: typeof message === 'string' ? message : 'is invalid' };
  });
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

import { AppError, defineErrors } from '../platform/errors.ts';

/** Codes of the HTTP layer itself: a request refused before any module saw it, or a failure. */
export const HTTP_BAD_REQUEST = 'HTTP_BAD_REQUEST';
export const HTTP_NOT_FOUND = 'HTTP_NOT_FOUND';
export const API_UNAUTHENTICATED = 'API_UNAUTHENTICATED';
export const API_PRECONDITION_FAILED = 'API_PRECONDITION_FAILED';
export const API_PRECONDITION_REQUIRED = 'API_PRECONDITION_REQUIRED';
export const API_RATE_LIMITED = 'API_RATE_LIMITED';
export const API_PAYLOAD_TOO_LARGE = 'API_PAYLOAD_TOO_LARGE';
export const API_UNSUPPORTED_MEDIA_TYPE = 'API_UNSUPPORTED_MEDIA_TYPE';
export const INTERNAL_ERROR = 'INTERNAL_ERROR';

/** Every code of the HTTP layer with its status; docs/errors.md is generated from it. */
export const HTTP_ERRORS = defineErrors({
  HTTP_BAD_REQUEST: { kind: 'validation', status: 400, when: 'The request failed its schema or could not be parsed; `errors` gives each failing field path.' },
  HTTP_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No route answers this method and path.' },
  API_UNAUTHENTICATED: { kind: 'unauthenticated', status: 401, when: 'The bearer token is missing, malformed, unknown, expired or revoked. One code for all, so a token\'s history is not revealed.' },
  API_PRECONDITION_FAILED: { kind: 'conflict', status: 412, when: 'The `If-Match` header names an older version: someone else saved in between. Nothing was written; the problem carries the text that was sent back.' },
  API_PRECONDITION_REQUIRED: { kind: 'validation', status: 428, when: 'A write without `If-Match`: the API never overwrites a version the client has not seen.' },
  API_RATE_LIMITED: { kind: 'unavailable', status: 429, when: 'Too many requests from this token or client address in the window; `Retry-After` says when to try again.' },
  API_PAYLOAD_TOO_LARGE: { kind: 'validation', status: 413, when: 'The request body is larger than the route accepts.' },
  API_UNSUPPORTED_MEDIA_TYPE: { kind: 'validation', status: 415, when: 'The request body has a `Content-Type` the route does not take.' },
  INTERNAL_ERROR: { kind: 'internal', status: 500, when: 'Something failed that should not have. The answer gives a reference (the request id) that is also in the log; never a stack.' },
});

/** No operation or resource at the address asked for. */
export function routeNotFound(): AppError {
  return new AppError(HTTP_NOT_FOUND, 'not_found', 'No operation or resource answers at this address.');
}

/** A request parameter the schema could not say is wrong (an unreadable cursor). */
export function badRequest(path: string, message: string): AppError {
  return new AppError(HTTP_BAD_REQUEST, 'validation', 'The request does not match the operation\'s schema.', { details: [{ path, message }] });
}

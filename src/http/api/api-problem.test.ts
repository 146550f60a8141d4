import { describe, expect, it } from 'vitest';
import { AppError, type ErrorKind } from '../../platform/errors.ts';
import { problemFor } from './api-problem.ts';

describe('problem details', () => {
  it('gives each kind of domain error its status, with the code, the message and the field problems', () => {
    const statuses: Record<ErrorKind, number> = { not_found: 404, validation: 400, conflict: 409, forbidden: 403, unauthenticated: 401, unavailable: 503 };
    for (const [kind, status] of Object.entries(statuses)) {
      const problem = problemFor(new AppError('CONTENT_X', kind as ErrorKind, 'Something.', { details: [{ path: 'title', message: 'is required', reason: 'required' }] }), 'req-1');
      expect(problem.status).toBe(status);
      expect(problem.headers['content-type']).toBe('application/problem+json');
      expect(problem.body).toEqual({
        type: '/api/v1/errors#CONTENT_X',
        title: expect.any(String),
        status,
        detail: 'Something.',
        code: 'CONTENT_X',
        instance: 'urn:ensemble:request:req-1',
        errors: [{ path: 'title', message: 'is required' }],
      });
    }
  });

  it('lists each failing parameter of a schema validation', () => {
    const error = Object.assign(new Error('querystring/limit must be <= 100'), {
      statusCode: 400,
      validationContext: 'querystring',
      validation: [{ instancePath: '/limit', message: 'must be <= 100' }, { instancePath: '', message: 'must have required property', params: { missingProperty: 'locale' } }],
    });
    expect(problemFor(error, 'r').body).toMatchObject({
      status: 400,
      code: 'HTTP_BAD_REQUEST',
      errors: [{ path: 'querystring.limit', message: 'must be <= 100' }, { path: 'querystring.locale' }],
    });
  });

  it('shows nothing of an unexpected error: no message, no stack', () => {
    const problem = problemFor(new Error('connect ECONNREFUSED /var/run/secret.sock'), 'r');
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem.body)).not.toContain('ECONNREFUSED');
    expect(problem.body).toEqual({ type: '/api/v1/errors#INTERNAL_ERROR', title: 'Internal Server Error', status: 500, code: 'INTERNAL_ERROR', instance: 'urn:ensemble:request:r' });
  });

  it('keeps the status of a client error Fastify raises, but not its message', () => {
    const error = Object.assign(new Error('Unsupported Media Type: <script>'), { statusCode: 415 });
    expect(problemFor(error, 'r').body).toMatchObject({ status: 415, code: 'HTTP_UNSUPPORTED_MEDIA_TYPE', detail: 'Unsupported Media Type' });
  });
});

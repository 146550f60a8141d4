import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../modules/accounts/index.ts';
import { invalidContent, versionConflict } from '../modules/content/index.ts';
import { AppError } from '../platform/errors.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_SCHEMA, problemFor, sendProblem } from './problem.ts';

describe('problemFor', () => {
  it('answers an AppError with its declared status, its code, its message and its field errors', () => {
    const { status, body, headers } = problemFor(invalidContent([{ path: 'title', message: 'is required', reason: 'required' }, { path: 'slug', message: 'is too long' }]), 'req-7');
    expect(status).toBe(400);
    expect(headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
    expect(body).toEqual({
      type: '/api/v1/errors#CONTENT_INVALID',
      title: 'A field is missing or wrong',
      status: 400,
      detail: 'The content is not valid',
      code: 'CONTENT_INVALID',
      instance: 'urn:request:req-7',
      errors: [{ path: 'title', message: 'is required', reason: 'required' }, { path: 'slug', message: 'is too long' }],
    });
  });

  it('gives a conflict its 409 and leaves out errors when there are none', () => {
    const { status, body } = problemFor(versionConflict('The page', 3, 4), 'r1');
    expect(status).toBe(409);
    expect(body.code).toBe('CONTENT_VERSION_CONFLICT');
    expect(body).not.toHaveProperty('errors');
  });

  it('turns a rate limit into 429 with Retry-After and retryAfterSeconds', () => {
    const { status, body, headers } = problemFor(new RateLimitedError(120), 'r2');
    expect(status).toBe(429);
    expect(headers['retry-after']).toBe('120');
    expect(body).toMatchObject({ code: 'ACCOUNTS_RATE_LIMITED', status: 429, retryAfterSeconds: 120 });
  });

  it('carries an error\'s extension members, such as the text a refused write sent, without losing a standard one', () => {
    const error = Object.assign(new AppError('API_PRECONDITION_FAILED', 'conflict', 'Version 4 is current'), {
      extensions: { sent: { title: 'Mon titre' }, currentVersion: 4, status: 200, code: 'OVERRIDE' },
    });
    const { status, body } = problemFor(error, 'r4');
    expect(status).toBe(412);
    expect(body).toMatchObject({ status: 412, code: 'API_PRECONDITION_FAILED', sent: { title: 'Mon titre' }, currentVersion: 4 });
  });

  it('answers an undeclared AppError code by its kind, with a title for the kind', () => {
    const { status, body } = problemFor(new AppError('SOMETHING_ELSE', 'forbidden', 'no'), 'r3');
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'SOMETHING_ELSE', title: 'Not allowed', type: '/api/v1/errors#SOMETHING_ELSE' });
  });

  it('hides the message and stack of an unexpected error behind INTERNAL_ERROR and a reference', () => {
    const error = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    const { status, body } = problemFor(error, 'req-42');
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(body.detail).toContain('req-42');
    expect(body.instance).toBe('urn:request:req-42');
    const text = JSON.stringify(body);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toMatch(/\bat .+\.ts:\d+/);
    expect(problemFor(new AppError('BROKEN_THING', 'internal', 'secret path /etc/x'), 'r').body.detail).not.toContain('secret');
  });

  it('keeps a Fastify 4xx status and names it with an HTTP code', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(problemFor(tooLarge, 'r')).toMatchObject({ status: 413, body: { code: 'API_PAYLOAD_TOO_LARGE', detail: 'Request body is too large' } });
  });
});

describe('sendProblem in a Fastify app', () => {
  let app: FastifyInstance;
  const bodySchema = {
    type: 'object',
    required: ['title'],
    properties: { title: { type: 'string', maxLength: 5 }, tags: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  } as const;

  beforeAll(async () => {
    app = Fastify({ bodyLimit: 1024 });
    app.setErrorHandler((error, _request, reply) => sendProblem(reply, error));
    app.post('/things', { schema: { body: bodySchema, querystring: { type: 'object', properties: { limit: { type: 'integer' } } } } }, async () => ({ ok: true }));
    // Checks a problem against PROBLEM_SCHEMA with the validator Fastify uses for request bodies.
    app.post('/check-problem', { schema: { body: PROBLEM_SCHEMA } }, async () => ({ valid: true }));
    app.get('/boom', async () => {
      throw new Error('SELECT * FROM secrets');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers a body that fails its schema with 400 HTTP_BAD_REQUEST naming each failing path', async () => {
    const response = await app.inject({ method: 'POST', url: '/things', payload: { title: 'far too long' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
    expect(response.json()).toMatchObject({
      code: 'HTTP_BAD_REQUEST',
      status: 400,
      type: '/api/v1/errors#HTTP_BAD_REQUEST',
      errors: [{ path: 'body.title', message: 'must NOT have more than 5 characters', reason: 'maxLength' }],
    });
    const nested = (await app.inject({ method: 'POST', url: '/things', payload: { title: 'ok', tags: [{}] } })).json();
    expect(nested.errors).toEqual([{ path: 'body.tags.0', message: 'must be string', reason: 'type' }]);
    const missing = (await app.inject({ method: 'POST', url: '/things', payload: {} })).json();
    expect(missing.errors).toEqual([{ path: 'body.title', message: "must have required property 'title'", reason: 'required' }]);
    const query = (await app.inject({ method: 'POST', url: '/things?limit=many', payload: { title: 'a' } })).json();
    expect(query.errors[0]).toMatchObject({ path: 'querystring.limit', reason: 'type' });
  });

  it('answers a wrong media type with 415 and a body over the limit with 413', async () => {
    const wrongType = await app.inject({ method: 'POST', url: '/things', headers: { 'content-type': 'application/x-unknown' }, payload: 'x' });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('API_UNSUPPORTED_MEDIA_TYPE');
    const tooLarge = await app.inject({ method: 'POST', url: '/things', payload: { title: 'x'.repeat(2000) } });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('API_PAYLOAD_TOO_LARGE');
  });

  it('answers an unexpected failure with a 500 that quotes the request id and no message', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secrets');
    expect(response.json().detail).toContain(String(response.json().instance).replace('urn:request:', ''));
  });

  it('produces bodies that PROBLEM_SCHEMA accepts', async () => {
    const samples = [
      problemFor(invalidContent([{ path: 'title', message: 'is required', reason: 'required' }]), 'req-1').body,
      problemFor(new RateLimitedError(5), 'req-2').body,
      problemFor(new Error('x'), 'req-3').body,
    ];
    for (const sample of samples) {
      const response = await app.inject({ method: 'POST', url: '/check-problem', payload: sample });
      expect(response.statusCode, response.body).toBe(200);
    }
    const bad = await app.inject({ method: 'POST', url: '/check-problem', payload: { ...samples[0], status: 200 } });
    expect(bad.statusCode).toBe(400);
  });
});

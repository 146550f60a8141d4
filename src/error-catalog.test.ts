import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, ERROR_TABLES, statusOf } from './error-catalog.ts';
import { renderErrorDocs } from './error-docs.ts';
import { problemTitle } from './http/problem.ts';
import { AppError, isAppError, type ErrorKind } from './platform/errors.ts';

const root = path.resolve(import.meta.dirname, '..');
const errorFiles = ['src/modules', 'src/http']
  .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true }).map((file) => path.join(dir, String(file))))
  .filter((file) => file.endsWith('.errors.ts'))
  .sort();

/** The statuses a kind may be answered with. */
const STATUSES_OF_KIND: Record<ErrorKind, readonly number[]> = {
  validation: [400, 413, 415, 422, 428],
  unauthenticated: [401],
  forbidden: [403],
  not_found: [404, 410],
  conflict: [409, 412],
  unavailable: [429, 503],
  internal: [500],
};

describe('error catalog', () => {
  it('matches docs/errors.md; run `npm run docs:errors` after changing an error table', () => {
    expect(fs.readFileSync(path.join(root, 'docs/errors.md'), 'utf8')).toBe(renderErrorDocs());
  });

  it('lists every code exported from a *.errors.ts file', () => {
    expect(errorFiles.length).toBeGreaterThanOrEqual(11);
    const exported = errorFiles.flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^export const ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) = '([A-Z0-9_]+)';/gm)]
        .filter(([, name, value]) => name === value)
        .map(([, name]) => `${file}: ${name}`),
    );
    expect(exported.length).toBeGreaterThan(40);
    const missing = exported.filter((entry) => !(entry.split(': ')[1]! in ERROR_CATALOG));
    expect(missing).toEqual([]);
  });

  it('gives every code a 4xx or 5xx status that fits its kind, and a short title', () => {
    const entries = Object.values(ERROR_CATALOG);
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) {
      expect(STATUSES_OF_KIND[entry.kind], `${entry.code} is ${entry.kind} with status ${entry.status}`).toContain(entry.status);
      expect(entry.when.length, entry.code).toBeGreaterThan(10);
      const title = problemTitle(entry.code);
      expect(title.length, `${entry.code}: ${title}`).toBeLessThanOrEqual(100);
      expect(title, entry.code).not.toMatch(/[.;:`]$/);
    }
    expect(new Set(ERROR_TABLES.map((t) => t.module)).size).toBe(ERROR_TABLES.length);
  });

  it('agrees with the kind each factory of a *.errors.ts file builds its error with', async () => {
    const built: string[] = [];
    for (const file of errorFiles) {
      const exports = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function') continue;
        const error = construct(value as (...args: unknown[]) => unknown);
        if (!isAppError(error)) continue;
        built.push(name);
        expect(ERROR_CATALOG[error.code]?.kind, `${file}: ${name} builds ${error.code}`).toBe(error.kind);
      }
    }
    expect(built.length).toBeGreaterThan(35);
  });
});

describe('statusOf', () => {
  it('answers an AppError with the status its code declares, else by its kind', () => {
    expect(statusOf(new AppError('MEDIA_UPLOAD_TOO_LARGE', 'validation', 'too large'))).toBe(413);
    expect(statusOf(new AppError('ACCOUNTS_RATE_LIMITED', 'unavailable', 'wait'))).toBe(429);
    expect(statusOf(new AppError('POLICY_FORBIDDEN', 'forbidden', 'no'))).toBe(403);
    expect(statusOf(new AppError('SOMETHING_UNDECLARED', 'conflict', 'x'))).toBe(409);
    expect(statusOf(new AppError('SOMETHING_UNDECLARED', 'unavailable', 'x'))).toBe(503);
    expect(statusOf(new AppError('toString', 'not_found', 'x'))).toBe(404);
  });

  it('takes a 4xx statusCode from a Fastify error and answers everything else with 500', () => {
    expect(statusOf(Object.assign(new Error('too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' }))).toBe(413);
    expect(statusOf(Object.assign(new Error('bad gateway'), { statusCode: 502 }))).toBe(500);
    expect(statusOf(new Error('boom'))).toBe(500);
    expect(statusOf(undefined)).toBe(500);
    expect(statusOf('a string')).toBe(500);
  });
});

/** Calls a factory (or constructs a class) with placeholder arguments; undefined if it refuses them. */
function construct(factory: (...args: unknown[]) => unknown): unknown {
  const args = ['x', 'x', 'x'];
  try {
    return factory(...args);
  } catch {
    try {
      return new (factory as unknown as new (...args: unknown[]) => unknown)(1);
    } catch {
      return undefined;
    }
  }
}

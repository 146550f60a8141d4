import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite } from '../helpers/build-test-app.ts';
import { RateLimitedError } from '../../src/modules/accounts/index.ts';
import { documentNotFound, versionConflict } from '../../src/modules/content/index.ts';
import { uploadTooLarge } from '../../src/modules/media/index.ts';
import { AppError } from '../../src/platform/errors.ts';

const THROWN: Record<string, () => Error> = {
  forbidden: () => new AppError('POLICY_FORBIDDEN', 'forbidden', 'This user may not publish'),
  conflict: () => versionConflict('The page', 2, 3),
  limited: () => new RateLimitedError(90),
  large: () => uploadTooLarge(10),
  missing: () => documentNotFound('doc-1'),
};

describeEachDatabase('server errors', (dialect) => {
  it('answers a failing database with a localised 500 page and a reference, never a stack, and keeps serving', async () => {
    const site = await buildTestSite(dialect, { demo: false });
    const logged: string[] = [];
    site.app.log.error = ((obj: unknown) => void logged.push(JSON.stringify(obj))) as typeof site.app.log.error;
    await site.database.close();
    try {
      const response = await site.app.inject({ method: 'GET', url: '/ar/any-page' });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('<html lang="ar" dir="rtl"');
      expect(response.body).toContain('حدث خطأ');
      expect(response.body).not.toMatch(/\bat .+\.tsx?:\d+|Error:|kysely|sqlite|postgres/i);
      const reference = /مرجع الحادث: ([^<]+)</.exec(response.body)?.[1];
      expect(reference).toBeTruthy();
      expect(logged.some((line) => line.includes(reference!))).toBe(true);
      // The process keeps answering what needs no database.
      expect((await site.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(303);
    } finally {
      await site.app.close();
    }
  });

  it('answers a domain error with the status its code declares and the localised page, never a 500', async () => {
    const site = await buildTestSite(dialect, { demo: false });
    site.app.get('/fr/__throw/:what', async (request) => {
      throw THROWN[(request.params as { what: string }).what]!();
    });
    try {
      const answer = (what: string) => site.app.inject({ method: 'GET', url: `/fr/__throw/${what}` });
      const expected: [string, number][] = [['forbidden', 403], ['conflict', 409], ['limited', 429], ['large', 413], ['missing', 404]];
      for (const [what, status] of expected) {
        const response = await answer(what);
        expect(response.statusCode, what).toBe(status);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('<html lang="fr"');
        expect(response.body).toContain(status === 404 ? 'Page introuvable' : 'Adresse non valide');
        expect(response.body).not.toContain('may not publish');
      }
      expect((await answer('limited')).headers['retry-after']).toBe('90');
      expect((await answer('forbidden')).headers['retry-after']).toBeUndefined();
    } finally {
      await site.close();
    }
  });
});


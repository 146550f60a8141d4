import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite } from '../helpers/build-test-app.ts';

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
});

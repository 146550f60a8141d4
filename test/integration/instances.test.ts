import { randomBytes } from 'node:crypto';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { addUser } from '../helpers/cli.ts';
import { findAll, textOf } from '../helpers/html.ts';
import { HttpSession } from '../helpers/http-session.ts';
import { createScratchDatabase, dropScratchDatabase } from '../helpers/scratch-database.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';

/** Two server processes on one PostgreSQL database: a change published through one is served by both. */

const PASSWORD = 'a password for the two-instance test';
const POLL_LIMIT_MS = 5_000;

describe.runIf(process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  it('serves a title published through one instance from the other’s cache as well', async () => {
    const databaseUrl = await createScratchDatabase('instances');
    const servers: ServerProcess[] = [];
    try {
      // One after the other: the first loads the demo, the second finds it there.
      servers.push(await startServer({ databaseUrl, timeoutMs: 90_000 }));
      servers.push(await startServer({ databaseUrl, timeoutMs: 90_000 }));
      const [one, two] = servers as [ServerProcess, ServerProcess];
      const title = async (server: ServerProcess) => findAll(parse((await new HttpSession(server.baseUrl).get('/fr/agir')).body), 'h1').map(textOf)[0];
      // Both have the page in their caches.
      for (const server of servers) for (let i = 0; i < 2; i++) expect(await title(server)).toBe('Agir');

      const browser = new HttpSession(one.baseUrl);
      const link = new URL(addUser({ dataDir: one.dataDir, publicUrl: one.baseUrl, databaseUrl }, 'administrator', 'instances@example.org'));
      expect((await browser.submitForm((await browser.get(link.pathname + link.search)).body, '/admin/set-password', { password: PASSWORD })).status).toBe(303);
      expect((await browser.submitForm((await browser.get('/admin/sign-in')).body, '/admin/sign-in', { email: 'instances@example.org', password: PASSWORD })).status).toBe(303);
      const list = await browser.get('/admin/documents?search=Agir&locale=fr');
      const documentPath = /href="(\/admin\/documents\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
      const next = `Agir, publié par une instance ${randomBytes(3).toString('hex')}`;
      expect((await browser.submitForm((await browser.get(`${documentPath}/fr`)).body, `${documentPath}/fr`, { title: next })).status).toBe(303);
      // The save is the page's working copy; publishing it is what visitors see.
      expect((await browser.submitForm((await browser.get(`${documentPath}/fr`)).body, `${documentPath}/fr/publish`)).status).toBe(303);

      // Acknowledged: the instance that published serves it at once, the other as soon as it hears.
      expect(await title(one)).toBe(next);
      const heard = Date.now();
      let seen = await title(two);
      while (seen !== next && Date.now() - heard < POLL_LIMIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = await title(two);
      }
      expect(seen).toBe(next);
      console.log(`second instance served the new title ${Date.now() - heard} ms after the save was acknowledged`);
    } finally {
      for (const server of servers) await server.stop();
      await dropScratchDatabase(databaseUrl);
    }
  }, 240_000);
});

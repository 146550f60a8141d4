import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { addUser } from '../helpers/cli.ts';
import { findAll, textOf } from '../helpers/html.ts';
import { HttpSession } from '../helpers/http-session.ts';
import { createScratchDatabase, dropScratchDatabase } from '../helpers/scratch-database.ts';
import { startServer } from '../helpers/server-process.ts';
import { testDialects } from '../helpers/test-database.ts';

const PASSWORD = 'a password for the crash test';

describe('a save the editor saw acknowledged', () => {
  for (const dialect of testDialects()) {
    it(`survives a kill -9 of the server straight after [${dialect}]`, async () => {
      const databaseUrl = dialect === 'postgres' ? await createScratchDatabase('crash') : undefined;
      let server = await startServer({ databaseUrl, timeoutMs: 90_000 });
      const dataDir = server.dataDir;
      try {
        const browser = new HttpSession(server.baseUrl);
        // An administrator: the change goes live only once published, and both steps are acknowledged writes.
        const link = new URL(addUser({ dataDir, publicUrl: server.baseUrl, databaseUrl }, 'administrator', 'crash@example.org'));
        const form = await browser.get(link.pathname + link.search);
        expect((await browser.submitForm(form.body, '/admin/set-password', { password: PASSWORD })).status).toBe(303);
        const signIn = await browser.get('/admin/sign-in');
        expect((await browser.submitForm(signIn.body, '/admin/sign-in', { email: 'crash@example.org', password: PASSWORD })).status).toBe(303);

        const list = await browser.get('/admin/documents?search=Agir&locale=fr');
        const documentPath = /href="(\/admin\/documents\/[0-9a-f-]{36})"/.exec(list.body)?.[1];
        expect(documentPath).toBeDefined();
        const editor = await browser.get(`${documentPath}/fr`);
        const title = `Agir, sauvé juste avant la panne ${randomBytes(3).toString('hex')}`;
        const saved = await browser.submitForm(editor.body, `${documentPath}/fr`, { title });
        expect(saved.status).toBe(303);
        const pending = await browser.get(`${documentPath}/fr`);
        expect((await browser.submitForm(pending.body, `${documentPath}/fr/publish`)).status).toBe(303);

        // The response is in: the editor was told it is saved. Now the server dies without warning.
        await server.crash();
        server = await startServer({ databaseUrl, dataDir, timeoutMs: 90_000 });
        const page = await new HttpSession(server.baseUrl).get('/fr/agir');
        expect(findAll(parse(page.body), 'h1').map(textOf)).toEqual([title]);
      } finally {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
        if (databaseUrl) await dropScratchDatabase(databaseUrl);
      }
    }, 240_000);
  }
});

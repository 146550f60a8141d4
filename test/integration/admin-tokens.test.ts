import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { fieldOf, signInAs, TEST_PASSWORD, type AdminClient } from '../helpers/admin-session.ts';

const ADMIN_EMAIL = 'token-keeper@example.org';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('back office: API tokens', (dialect) => {
  let site: TestSite;
  let admin: AdminClient;
  const stored = () => site.database.db.selectFrom('apiTokens').selectAll().execute();

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    admin = await signInAs(site, 'administrator', { uiLocale: 'en', email: ADMIN_EMAIL });
  });
  afterAll(() => site.close());

  it('shows the secret once, in the answer to the form, and the database keeps only its hash', async () => {
    const created = await admin.post('/admin/tokens', { name: 'Newsletter sync', scopes: ['read', 'write'], locales: ['fr', 'ar'], expiresOn: inDays(30) });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBeUndefined();
    expect(created.headers['cache-control']).toContain('no-store');
    expect(created.body).toContain('Copy it now: it will not be shown again.');
    const shown = /<input id="new-token-secret" type="text" readonly(?:="")? value="(ens_[A-Za-z0-9_-]{43})"/.exec(created.body)?.[1];
    expect(shown).toBeDefined();
    expect(created.body.split(shown!)).toHaveLength(2);

    const actor = await site.accounts.apiTokens.authenticateApiToken(shown!);
    expect(actor).toMatchObject({ kind: 'token', scopes: ['read', 'write'], locales: ['fr', 'ar'] });
    const rows = await stored();
    expect(JSON.stringify(rows)).not.toContain(shown!.slice(4));
    expect(rows.find((r) => r.name === 'Newsletter sync')?.expiresAt).toBe(`${inDays(30)}T00:00:00.000Z`);

    const list = await admin.get('/admin/tokens');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Newsletter sync');
    expect(list.body).not.toContain(shown!);
    expect(list.body).not.toContain('new-token-secret');
    const row = /<tr id="token-[^"]+">([\s\S]*?)<\/tr>/.exec(list.body)![1]!;
    expect(row).toContain('Read, Write');
    expect(row).toContain('French, Arabic');
    expect(row).toContain('Active');
    // Created, expires and last used (by the authentication above) are all instants, in the reader's zone (the organisation's).
    expect(row.match(/\(Europe\/Zurich\)/g)).toHaveLength(3);
    expect(list.body).toContain('href="/admin/tokens" aria-current="page"');
  });

  it('revokes a token: the next authentication fails and the page says so in plain text', async () => {
    const created = await admin.post('/admin/tokens', { name: 'Old importer', scopes: ['read'] });
    const secret = /value="(ens_[A-Za-z0-9_-]{43})"/.exec(created.body)![1]!;
    const id = (await stored()).find((r) => r.name === 'Old importer')!.id;
    expect(created.body).toContain(`action="/admin/tokens/${id}/revoke"`);
    expect(await site.accounts.apiTokens.authenticateApiToken(secret)).toBeDefined();

    const revoked = await admin.post(`/admin/tokens/${id}/revoke`, {});
    expect(revoked.statusCode).toBe(200);
    expect(revoked.body).toContain('The token “Old importer” is revoked: every request that presents it is refused from now on.');
    expect(revoked.body).not.toContain(`action="/admin/tokens/${id}/revoke"`);
    expect(await site.accounts.apiTokens.authenticateApiToken(secret)).toBeUndefined();
    expect(/<tr id="token-[^"]+">(?:(?!<\/tr>)[\s\S])*Old importer[\s\S]*?<\/tr>/.exec(revoked.body)?.[0]).toContain('Revoked');
    expect((await site.audit.list({ action: 'api-token.revoked' })).entries[0]).toMatchObject({ actorId: admin.userId, details: { id, name: 'Old importer' } });

    expect((await admin.post('/admin/tokens/no-such-token/revoke', {})).statusCode).toBe(404);
  });

  it('keeps the form and marks each wrong field', async () => {
    const before = (await stored()).length;
    const refused = await admin.post('/admin/tokens', { name: '  ', scopes: ['admin'], locales: ['de'], expiresOn: '2001-01-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The token was not created');
    expect(fieldOf(refused.body, 'name').error).toBe('Give a name of 1 to 100 characters.');
    expect(fieldOf(refused.body, 'expiresOn')).toMatchObject({ value: '2001-01-01', error: 'Choose a date in the future, at most two years away.' });
    expect(refused.body).toMatch(/<fieldset class="field field--error"[^>]*><legend>Permissions<\/legend>[\s\S]*?Tick at least one permission\./);
    expect(refused.body).toMatch(/<legend>Languages<\/legend>[\s\S]*?Choose among the site’s languages\./);
    const badDate = await admin.post('/admin/tokens', { name: 'Later', scopes: ['read'], expiresOn: 'next week' });
    expect(fieldOf(badDate.body, 'expiresOn').error).toBe('Give a date as YYYY-MM-DD.');
    expect(fieldOf(badDate.body, 'name').value).toBe('Later');
    expect((await stored()).length).toBe(before);
  });

  it('refuses editors with 403, and a form without the session’s token', async () => {
    const editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    const before = (await stored()).length;
    expect((await editor.get('/admin/tokens')).statusCode).toBe(403);
    expect((await editor.post('/admin/tokens', { name: 'Sneaky', scopes: ['publish'] })).statusCode).toBe(403);
    const id = (await stored())[0]!.id;
    expect((await editor.post(`/admin/tokens/${id}/revoke`, {})).statusCode).toBe(403);
    expect((await editor.get('/admin')).body).not.toContain('href="/admin/tokens"');
    expect((await admin.get('/admin')).body).toContain('href="/admin/tokens"');

    const { token, session } = await site.accounts.sessions.signIn({ email: ADMIN_EMAIL, password: TEST_PASSWORD, clientAddress: '10.77.0.1' });
    const post = (payload: string) =>
      site.app.inject({
        method: 'POST',
        url: '/admin/tokens',
        headers: { cookie: `ensemble_session=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
    expect((await post('name=No+csrf&scopes=read')).statusCode).toBe(403);
    expect((await post('name=No+csrf&scopes=read&_csrf=wrong')).statusCode).toBe(403);
    expect((await stored()).length).toBe(before);
    expect((await post(`name=With+csrf&scopes=read&_csrf=${encodeURIComponent(session.csrfToken)}`)).statusCode).toBe(201);
    expect((await stored()).find((r) => r.id === id)?.revokedAt).toBeNull();
  });
});

import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';

const PASSWORD = 'first password of the editor';

describeEachDatabase('my account', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    const { setPasswordToken } = await site.accounts.users.createUser({ email: 'ed@example.org', role: 'editor', actor: SYSTEM });
    await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: PASSWORD });
  });
  afterAll(() => site.close());

  async function session(password = PASSWORD, address = '10.2.0.1') {
    const { token, session } = await site.accounts.sessions.signIn({ email: 'ed@example.org', password, clientAddress: address });
    return { cookie: `ensemble_session=${token}`, csrf: session.csrfToken };
  }
  const get = (url: string, cookie: string) => site.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, s: { cookie: string; csrf: string }, fields: Record<string, string>) =>
    site.app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
    });

  it('switches the back office to English and back', async () => {
    const s = await session();
    expect((await get('/admin', s.cookie)).body).toContain('Tableau de bord');
    expect((await post('/admin/account/language', s, { uiLocale: 'en' })).statusCode).toBe(303);
    const english = (await get('/admin', s.cookie)).body;
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('Dashboard');
    await post('/admin/account/language', s, { uiLocale: 'fr' });
  });

  it('offers the four languages, each named in itself, and mirrors the back office in Arabic', async () => {
    const s = await session();
    const account = (await get('/admin/account', s.cookie)).body;
    expect(account).toMatch(/<option value="fr" lang="fr"[^>]*>Français<\/option>/);
    expect(account).toMatch(/<option value="en" lang="en"[^>]*>English<\/option>/);
    expect(account).toMatch(/<option value="es" lang="es"[^>]*>Español<\/option>/);
    expect(account).toMatch(/<option value="ar" lang="ar" dir="rtl"[^>]*>العربية<\/option>/);

    expect((await post('/admin/account/language', s, { uiLocale: 'ar' })).statusCode).toBe(303);
    const arabic = (await get('/admin', s.cookie)).body;
    expect(arabic).toContain('<html lang="ar" dir="rtl"');
    expect(arabic).toMatch(/<h1[^>]*>لوحة التحكم<\/h1>/);
    const documents = (await get('/admin/documents', s.cookie)).body;
    expect(documents).toContain('<html lang="ar" dir="rtl"');
    expect(documents).toMatch(/<h1[^>]*>المحتويات<\/h1>/);

    await post('/admin/account/language', s, { uiLocale: 'es' });
    const spanish = (await get('/admin', s.cookie)).body;
    expect(spanish).toContain('<html lang="es" dir="ltr"');
    expect(spanish).toMatch(/<h1[^>]*>Panel<\/h1>/);

    // A value outside the four is ignored.
    await post('/admin/account/language', s, { uiLocale: 'de' });
    expect((await get('/admin', s.cookie)).body).toContain('<html lang="es"');
    await post('/admin/account/language', s, { uiLocale: 'fr' });
  });

  it('speaks Arabic on the sign-in page to a browser that asks for it', async () => {
    const page = await site.app.inject({ method: 'GET', url: '/admin/sign-in', headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    expect(page.body).toContain('<html lang="ar" dir="rtl"');
    expect(page.body).toContain('تسجيل الدخول');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await session();
    const elsewhere = await session(PASSWORD, '10.2.0.2');
    const wrong = await post('/admin/account/password', here, { currentPassword: 'not it', newPassword: 'a brand new password' });
    expect(wrong.statusCode).toBe(400);
    const weak = await post('/admin/account/password', here, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    const changed = await post('/admin/account/password', here, { currentPassword: PASSWORD, newPassword: 'a brand new password' });
    expect(changed.statusCode).toBe(200);
    expect((await get('/admin', here.cookie)).statusCode).toBe(200);
    expect((await get('/admin', elsewhere.cookie)).statusCode).toBe(303);
    await expect(session()).rejects.toMatchObject({ code: 'ACCOUNTS_SIGN_IN_FAILED' });
    // Put the first password back for the other tests.
    await post('/admin/account/password', here, { currentPassword: 'a brand new password', newPassword: PASSWORD });
  });

  it('signs out everywhere, this browser included', async () => {
    const a = await session();
    const b = await session(PASSWORD, '10.2.0.3');
    const response = await post('/admin/account/sign-out-everywhere', a, {});
    expect(response.statusCode).toBe(303);
    expect(String(response.headers['set-cookie'])).toContain('ensemble_session=;');
    expect((await get('/admin', a.cookie)).statusCode).toBe(303);
    expect((await get('/admin', b.cookie)).statusCode).toBe(303);
  });

  it('sends the session cookie httpOnly, SameSite=Lax, only to /admin, never to public pages', async () => {
    const form = await site.app.inject({ method: 'GET', url: '/admin/sign-in' });
    const formCookie = String(form.headers['set-cookie']).split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const signIn = await site.app.inject({
      method: 'POST',
      url: '/admin/sign-in',
      headers: { cookie: formCookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, email: 'ed@example.org', password: PASSWORD }).toString(),
    });
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^ensemble_session=[A-Za-z0-9_-]+;/);
    expect(cookie).toContain('Path=/admin');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });
});

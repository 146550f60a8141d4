import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, SYSTEM, type Role } from '../../src/modules/accounts/index.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';

/**
 * The permission matrix, written out by hand so that it checks the declarations rather than
 * repeating them: every back-office route × every role (and no session) × allowed or denied.
 * A route the application has and this table lacks fails the first test.
 */
const OPEN = 'open';
const EVERYONE: readonly Role[] = ROLES;
const ADMIN_ONLY: readonly Role[] = ['administrator'];
const MATRIX: Readonly<Record<string, typeof OPEN | readonly Role[]>> = {
  'GET /admin/sign-in': OPEN,
  'POST /admin/sign-in': OPEN,
  'GET /admin/set-password': OPEN,
  'POST /admin/set-password': OPEN,
  'GET /admin/setup': OPEN,
  'POST /admin/setup': OPEN,
  'POST /admin/sign-out': EVERYONE,
  'GET /admin': EVERYONE,
  'GET /admin/documents': EVERYONE,
  'POST /admin/documents/bulk': EVERYONE,
  'GET /admin/editor/search': EVERYONE,
  'GET /admin/documents/new': ['administrator', 'editor'],
  'POST /admin/documents/new': ['administrator', 'editor'],
  'GET /admin/documents/:id': EVERYONE,
  'POST /admin/documents/:id': ['administrator', 'editor'],
  'GET /admin/documents/:id/:locale': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/:locale': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/:locale/submit': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/:locale/publish': ['administrator', 'reviewer'],
  'POST /admin/documents/:id/:locale/unpublish': ['administrator', 'reviewer'],
  'POST /admin/documents/:id/:locale/archive': ['administrator', 'reviewer'],
  'POST /admin/documents/:id/:locale/request-changes': ['administrator', 'reviewer'],
  'POST /admin/documents/:id/:locale/discard': ['administrator', 'editor', 'translator'],
  'GET /admin/translations': EVERYONE,
  'GET /admin/media': EVERYONE,
  'POST /admin/media': ['administrator', 'editor'],
  'GET /admin/media/:id': EVERYONE,
  'POST /admin/media/:id': ['administrator', 'editor', 'translator'],
  'GET /admin/videos': EVERYONE,
  'POST /admin/videos': ['administrator', 'editor'],
  'GET /admin/videos/:id': EVERYONE,
  'GET /admin/videos/:id/files/:name': EVERYONE,
  'POST /admin/videos/:id/retry': ['administrator', 'editor'],
  'GET /admin/files': EVERYONE,
  'POST /admin/files': ['administrator', 'editor'],
  'GET /admin/documents/:id/translations/:locale/captions': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/translations/:locale/captions': ['administrator', 'editor', 'translator'],
  'GET /admin/documents/:id/translations/:locale/captions/:track': EVERYONE,
  'GET /admin/documents/:id/translations/:locale/captions/:track/edit': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/translations/:locale/captions/:track/edit': ['administrator', 'editor', 'translator'],
  'GET /admin/documents/:id/translations/:locale/captions/:track/translate': ['administrator', 'editor', 'translator'],
  'POST /admin/documents/:id/translations/:locale/captions/:track/translate': ['administrator', 'editor', 'translator'],
  'GET /admin/documents/:id/translations/:locale/captions/:track/vtt': EVERYONE,
  'GET /admin/documents/:id/translations/:locale/captions/:track/srt': EVERYONE,
  'GET /admin/documents/:id/:locale/schedule': ['administrator', 'reviewer'],
  'POST /admin/documents/:id/:locale/schedule': ['administrator', 'reviewer'],
  'GET /admin/schedule': EVERYONE,
  'GET /admin/documents/:id/:locale/revisions': EVERYONE,
  'GET /admin/documents/:id/:locale/revisions/compare': EVERYONE,
  'POST /admin/documents/:id/:locale/revisions/:version/restore': ['administrator', 'editor'],
  'POST /admin/documents/:id/:locale/preview-link': EVERYONE,
  'POST /admin/documents/:id/:locale/autosave': ['administrator', 'editor', 'translator'],
  'GET /admin/documents/:id/:locale/preview': EVERYONE,
  'POST /admin/documents/:id/:locale/preview': EVERYONE,
  'GET /admin/tree': EVERYONE,
  'POST /admin/tree/:id/move': ['administrator', 'editor'],
  'GET /admin/tree/:id/move': ['administrator', 'editor'],
  'POST /admin/tree/undo': ['administrator', 'editor'],
  'POST /admin/tree/moves': ['administrator', 'editor'],
  'POST /admin/tree/moves/undo': ['administrator', 'editor'],
  'GET /admin/menus': ['administrator', 'editor'],
  'POST /admin/menus/items': ['administrator', 'editor'],
  'POST /admin/menus/items/:id/move': ['administrator', 'editor'],
  'POST /admin/menus/items/:id/remove': ['administrator', 'editor'],
  'GET /admin/documents/:id/consent': ['administrator', 'editor', 'reviewer'],
  'POST /admin/documents/:id/consent': ['administrator', 'editor'],
  'POST /admin/documents/:id/consent/:consentId/withdraw': ['administrator', 'editor'],
  'GET /admin/users': ADMIN_ONLY,
  'POST /admin/users': ADMIN_ONLY,
  'GET /admin/tokens': ADMIN_ONLY,
  'POST /admin/tokens': ADMIN_ONLY,
  'POST /admin/tokens/:id/revoke': ADMIN_ONLY,
  'GET /admin/locales': ADMIN_ONLY,
  'POST /admin/locales': ADMIN_ONLY,
  'POST /admin/locales/:tag': ADMIN_ONLY,
  'POST /admin/locales/:tag/enabled': ADMIN_ONLY,
  'POST /admin/locales/:tag/default': ADMIN_ONLY,
  'POST /admin/locales/:tag/move': ADMIN_ONLY,
  'GET /admin/locales/:tag/strings': ['administrator', 'editor', 'translator'],
  'POST /admin/locales/:tag/strings': ['administrator', 'editor', 'translator'],
  'GET /admin/audit': ADMIN_ONLY,
  'GET /admin/machine-translation': ADMIN_ONLY,
  'POST /admin/machine-translation': ADMIN_ONLY,
  'POST /admin/machine-translation/test': ADMIN_ONLY,
  'POST /admin/documents/:id/:locale/machine-translate': ['administrator', 'editor', 'translator'],
  'GET /admin/account': EVERYONE,
  'POST /admin/account/password': EVERYONE,
  'POST /admin/account/language': EVERYONE,
  'POST /admin/account/time-zone': EVERYONE,
  'POST /admin/account/sign-out-everywhere': EVERYONE,
  'POST /admin/account/notifications': EVERYONE,
  'GET /admin/notifications': EVERYONE,
  'POST /admin/notifications/read': EVERYONE,
  'GET /admin/submissions': ['administrator', 'editor', 'reviewer'],
  'GET /admin/submissions/:id': ['administrator', 'editor', 'reviewer'],
  'POST /admin/submissions/:id/approve': ['administrator', 'editor', 'reviewer'],
  'POST /admin/submissions/:id/reject': ['administrator', 'editor', 'reviewer'],
  'POST /admin/submissions/:id/erase': ['administrator', 'editor', 'reviewer'],
  'GET /admin/memory': ['administrator', 'editor'],
  'GET /admin/memory/export': ['administrator', 'editor'],
  'POST /admin/memory/import': ['administrator', 'editor'],
  'POST /admin/memory/rebuild': ['administrator', 'editor'],
  'GET /admin/glossary': EVERYONE,
  'POST /admin/glossary': ['administrator', 'editor'],
  'POST /admin/glossary/:id/delete': ['administrator', 'editor'],
  'POST /admin/glossary/import': ['administrator', 'editor'],
  // Translation jobs: managed by administrators and editors; a translator opens, exports and imports
  // the jobs assigned to them (the module answers not found for any other).
  'GET /admin/jobs': ['administrator', 'editor', 'translator'],
  'GET /admin/jobs/new': ['administrator', 'editor'],
  'POST /admin/jobs/new': ['administrator', 'editor'],
  'GET /admin/jobs/:id': ['administrator', 'editor', 'translator'],
  'POST /admin/jobs/:id/details': ['administrator', 'editor'],
  'POST /admin/jobs/:id/documents': ['administrator', 'editor'],
  'POST /admin/jobs/:id/documents/:documentId/remove': ['administrator', 'editor'],
  'POST /admin/jobs/:id/close': ['administrator', 'editor'],
  'POST /admin/jobs/:id/export': ['administrator', 'editor', 'translator'],
  'POST /admin/jobs/:id/import': ['administrator', 'editor', 'translator'],
};

const PASSWORD = 'a long enough test password';

describeEachDatabase('back-office permission matrix', (dialect) => {
  let site: TestSite;
  const emails = new Map<Role, string>();

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    for (const role of ROLES) {
      const email = `${role}@example.org`;
      const { setPasswordToken } = await site.accounts.users.createUser({
        email,
        role,
        locales: role === 'translator' ? ['en'] : [],
        actor: SYSTEM,
      });
      await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: PASSWORD });
      emails.set(role, email);
    }
  });
  afterAll(() => site.close());

  /** A fresh session per request: some routes (sign-out) end the one they are called with. */
  async function sessionFor(role: Role) {
    const { token, session } = await site.accounts.sessions.signIn({
      email: emails.get(role)!,
      password: PASSWORD,
      clientAddress: `10.0.${ROLES.indexOf(role)}.1`,
    });
    return { cookie: `ensemble_session=${token}`, csrf: session.csrfToken };
  }

  async function request(method: string, url: string, role: Role | undefined) {
    const auth = role ? await sessionFor(role) : undefined;
    return site.app.inject({
      method: method as 'GET' | 'POST',
      url,
      headers: { ...(auth ? { cookie: auth.cookie } : {}), 'content-type': 'application/x-www-form-urlencoded' },
      ...(method === 'POST' ? { payload: auth ? `_csrf=${encodeURIComponent(auth.csrf)}` : '' } : {}),
    });
  }

  it('lists every back-office route in the matrix, and only those', () => {
    const actual = site.app.adminRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(actual).toEqual(Object.keys(MATRIX).sort());
  });

  it(`allows and denies each of the ${Object.keys(MATRIX).length} routes × ${ROLES.length + 1} callers as declared`, async () => {
    const mismatches: string[] = [];
    for (const [route, allowed] of Object.entries(MATRIX)) {
      const [method = 'GET', url = '/'] = route.split(' ');
      for (const role of [undefined, ...ROLES]) {
        const response = await request(method, url, role);
        const denied =
          response.statusCode === 403 ||
          response.statusCode === 401 ||
          (response.statusCode === 303 && String(response.headers.location).startsWith('/admin/sign-in?next='));
        const shouldBeAllowed = allowed === OPEN || (role !== undefined && allowed.includes(role));
        // An open POST without a form token is refused by CSRF, not by access: judge it apart.
        if (allowed === OPEN && method === 'POST') continue;
        if (denied === shouldBeAllowed) mismatches.push(`${route} as ${role ?? 'no session'}: ${response.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Every request signs in afresh (argon2 each time): about 300 sign-ins, which outlast the
    // default 20 s on PostgreSQL or a loaded machine.
  }, 90_000);

  it('sends a caller without a session to sign in, and refuses a signed-in caller without the permission', async () => {
    const anonymous = await request('GET', '/admin/users', undefined);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/admin/sign-in?next=%2Fadmin%2Fusers');
    const editor = await request('GET', '/admin/users', 'editor');
    expect(editor.statusCode).toBe(403);
    expect(editor.body).toContain('Accès refusé');
    expect((await request('POST', '/admin/users', undefined)).statusCode).toBe(403);
  });

  it('refuses a state change without the session’s form token, or from another site', async () => {
    const auth = await sessionFor('administrator');
    const post = (payload: string, headers: Record<string, string> = {}) =>
      site.app.inject({
        method: 'POST',
        url: '/admin/users',
        headers: { cookie: auth.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload,
      });
    const body = `email=new%40example.org&role=editor`;
    expect((await post(body)).statusCode).toBe(403);
    expect((await post(`${body}&_csrf=wrong`)).statusCode).toBe(403);
    expect((await post(`${body}&_csrf=${auth.csrf}`, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post(`${body}&_csrf=${auth.csrf}`, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await site.accounts.users.listUsers()).map((u) => u.email)).not.toContain('new@example.org');
    expect((await post(`${body}&_csrf=${auth.csrf}`)).statusCode).toBe(201);
    expect((await site.accounts.users.listUsers()).map((u) => u.email)).toContain('new@example.org');
  });

  it('never lets the sign-in form redirect off the back office', async () => {
    const form = await site.app.inject({ method: 'GET', url: '/admin/sign-in' });
    const cookie = String(form.headers['set-cookie']).split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', '/admin@evil.example', 'javascript:alert(1)']) {
      const response = await site.app.inject({
        method: 'POST',
        url: '/admin/sign-in',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf, email: emails.get('editor')!, password: PASSWORD, next }).toString(),
      });
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toBe('/admin');
    }
  });
});

import { form, FormText, PageResponses, query, QueryText, TokenOnlyForm, type AdminInstance } from '../admin-schemas.ts';
import { isAppError } from '../../../platform/errors.ts';
import { clearSessionCookie, safeNext, sendAdminPage, setSessionCookie, SESSION_COOKIE, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';

/** Sign in, sign out. Failures say the same thing whether the account exists or not. */
export function registerSignInRoutes(app: AdminInstance, deps: AdminDeps): void {
  const secure = deps.publicUrl.startsWith('https://');
  const maxAge = 12 * 3600;

  const signInQuery = query({ next: QueryText, expired: QueryText, 'signed-out': QueryText, 'password-set': QueryText });
  app.get('/admin/sign-in', { config: { access: 'anonymous' }, schema: { response: PageResponses, querystring: signInQuery } }, async (request, reply) => {
    const query = request.query;
    if (request.admin.auth) return reply.redirect(safeNext(query.next), 303);
    const t = request.admin.t;
    const notice = query.expired
      ? t('signIn.expired')
      : query['signed-out']
        ? t('signIn.signedOut')
        : query['password-set']
          ? t('setPassword.done')
          : undefined;
    return sendAdminPage(reply, 200, <SignInPage req={request.admin} deps={deps} next={safeNext(query.next)} notice={notice} />);
  });

  const signInForm = form({ email: FormText, password: FormText, next: FormText });
  app.post('/admin/sign-in', { config: { access: 'anonymous' }, schema: { response: PageResponses, body: signInForm } }, async (request, reply) => {
    const form = request.body;
    const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
    const next = safeNext(form.next);
    try {
      const { token } = await deps.accounts.sessions.signIn({
        email,
        password: typeof form.password === 'string' ? form.password.slice(0, 1024) : '',
        // The socket's address (or the trusted proxy's report): never a value the form sends.
        clientAddress: request.ip,
      });
      setSessionCookie(reply, token, secure, maxAge);
      return reply.redirect(next, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const t = request.admin.t;
      if (error.code === 'ACCOUNTS_RATE_LIMITED') {
        const seconds = Number((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 900);
        reply.header('retry-after', String(seconds));
        return sendAdminPage(reply, 429, <SignInPage req={request.admin} deps={deps} next={next} email={email} error={t('signIn.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) })} />);
      }
      if (error.code === 'ACCOUNTS_SIGN_IN_FAILED' || error.kind === 'validation') {
        return sendAdminPage(reply, 401, <SignInPage req={request.admin} deps={deps} next={next} email={email} error={t('signIn.failed')} />);
      }
      throw error;
    }
  });

  app.post('/admin/sign-out', { config: { access: 'admin.access' }, schema: { response: PageResponses, body: TokenOnlyForm } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deps.accounts.sessions.signOut(token);
    clearSessionCookie(reply);
    return reply.redirect('/admin/sign-in?signed-out=1', 303);
  });
}

function SignInPage({ req, deps, next, email, error, notice }: { req: AdminRequest; deps: AdminDeps; next: string; email?: string; error?: string; notice?: string }) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('signIn.title')} stylesheet={deps.stylesheet}>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
      <PostForm action="/admin/sign-in" csrfToken={req.csrfToken} class="form form--narrow">
        <input type="hidden" name="next" value={next} />
        <Field name="email" type="email" label={t('signIn.email')} value={email} required autocomplete="username" />
        <Field name="password" type="password" label={t('signIn.password')} required autocomplete="current-password" />
        <button type="submit">{t('signIn.submit')}</button>
      </PostForm>
    </AdminLayout>
  );
}

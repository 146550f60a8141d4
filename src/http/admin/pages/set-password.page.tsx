import { form, FormText, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { isAppError } from '../../../platform/errors.ts';
import { sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

/** The one-time links: an invited person sets a password; the first administrator is created. */
const TokenQuery = query({ token: QueryText });
const PasswordForm = form({ token: FormText, password: FormText });
const SetupForm = form({ token: FormText, password: FormText, email: FormText, displayName: FormText });

export function registerPasswordRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/set-password', { config: { access: 'anonymous' }, schema: { response: PageResponses, querystring: TokenQuery } }, async (request, reply) => {
    const { token = '' } = request.query;
    return sendAdminPage(reply, 200, <SetPasswordPage req={request.admin} deps={deps} token={token} />);
  });

  app.post('/admin/set-password', { config: { access: 'anonymous' }, schema: { response: PageResponses, body: PasswordForm } }, async (request, reply) => {
    const form = request.body;
    const token = typeof form.token === 'string' && TOKEN_PATTERN.test(form.token) ? form.token : '';
    const t = request.admin.t;
    try {
      await deps.accounts.users.setPasswordWithToken({ token, password: String(form.password ?? '') });
      return reply.redirect('/admin/sign-in?password-set=1', 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const message = error.code === 'ACCOUNTS_WEAK_PASSWORD' ? t('field.weakPassword') : t('setPassword.invalidToken');
      return sendAdminPage(reply, 400, <SetPasswordPage req={request.admin} deps={deps} token={token} error={message} />);
    }
  });

  app.get('/admin/setup', { config: { access: 'anonymous' }, schema: { response: PageResponses, querystring: TokenQuery } }, async (request, reply) => {
    const { token = '' } = request.query;
    return sendAdminPage(reply, 200, <SetupPage req={request.admin} deps={deps} token={token} />);
  });

  app.post('/admin/setup', { config: { access: 'anonymous' }, schema: { response: PageResponses, body: SetupForm } }, async (request, reply) => {
    const form = request.body;
    const token = typeof form.token === 'string' && TOKEN_PATTERN.test(form.token) ? form.token : '';
    const values = { email: String(form.email ?? '').slice(0, 254), displayName: String(form.displayName ?? '').slice(0, 200) };
    const t = request.admin.t;
    try {
      await deps.accounts.setup.completeSetup({ token, password: String(form.password ?? ''), ...values });
      return reply.redirect('/admin/sign-in?password-set=1', 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const message =
        error.code === 'ACCOUNTS_WEAK_PASSWORD'
          ? t('field.weakPassword')
          : error.code === 'ACCOUNTS_TOKEN_INVALID'
            ? t('setPassword.invalidToken')
            : t('field.invalid', { message: error.details.map((d) => d.path).join(', ') || error.message });
      return sendAdminPage(reply, 400, <SetupPage req={request.admin} deps={deps} token={token} error={message} {...values} />);
    }
  });
}

function SetPasswordPage({ req, deps, token, error }: { req: AdminRequest; deps: AdminDeps; token: string; error?: string }) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('setPassword.title')} stylesheet={deps.stylesheet}>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <PostForm action="/admin/set-password" csrfToken={req.csrfToken} class="form form--narrow">
        <input type="hidden" name="token" value={token} />
        <Field name="password" type="password" label={t('setPassword.password')} hint={t('setPassword.intro')} required autocomplete="new-password" />
        <button type="submit">{t('setPassword.submit')}</button>
      </PostForm>
    </AdminLayout>
  );
}

function SetupPage(props: { req: AdminRequest; deps: AdminDeps; token: string; error?: string; email?: string; displayName?: string }) {
  const { t } = props.req;
  return (
    <AdminLayout req={props.req} title={t('setup.title')} stylesheet={props.deps.stylesheet}>
      <p>{t('setup.intro')}</p>
      {props.error ? <FormMessage kind="error">{props.error}</FormMessage> : null}
      <PostForm action="/admin/setup" csrfToken={props.req.csrfToken} class="form form--narrow">
        <input type="hidden" name="token" value={props.token} />
        <Field name="email" type="email" label={t('users.email')} value={props.email} required autocomplete="username" />
        <Field name="displayName" label={t('setup.displayName')} value={props.displayName} autocomplete="name" />
        <Field name="password" type="password" label={t('setPassword.password')} hint={t('setPassword.intro')} required autocomplete="new-password" />
        <button type="submit">{t('setup.submit')}</button>
      </PostForm>
    </AdminLayout>
  );
}

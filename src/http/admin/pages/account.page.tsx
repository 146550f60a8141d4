import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, clearSessionCookie, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';

/** One's own account: change the password (ending other sessions), or sign out everywhere. */
export function registerAccountRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/account', { config: { access: 'admin.access' } }, async (request, reply) =>
    sendAdminPage(reply, 200, <AccountPage req={request.admin} deps={deps} />),
  );

  app.post('/admin/account/password', { config: { access: 'admin.access' } }, async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, unknown>;
    const { auth, t } = request.admin;
    try {
      await deps.accounts.users.changePassword({
        userId: auth!.user.id,
        currentPassword: String(form.currentPassword ?? ''),
        newPassword: String(form.newPassword ?? ''),
        keepSessionId: auth!.session.id,
      });
      return sendAdminPage(reply, 200, <AccountPage req={request.admin} deps={deps} message={t('account.changed')} />);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const message = error.code === 'ACCOUNTS_WRONG_PASSWORD' ? t('account.wrongPassword') : t('field.weakPassword');
      return sendAdminPage(reply, 400, <AccountPage req={request.admin} deps={deps} error={message} />);
    }
  });

  app.post('/admin/account/language', { config: { access: 'admin.access' } }, async (request, reply) => {
    const wanted = String((request.body as Record<string, unknown> | undefined)?.uiLocale ?? '');
    const { auth } = request.admin;
    if (wanted === 'fr' || wanted === 'en' || wanted === 'es' || wanted === 'ar') {
      await deps.accounts.users.setOwnInterfaceLanguage({ actor: actorOf(request.admin), uiLocale: wanted });
    }
    return reply.redirect('/admin/account', 303);
  });

  app.post('/admin/account/sign-out-everywhere', { config: { access: 'admin.access' } }, async (request, reply) => {
    await deps.accounts.sessions.signOutEverywhere(request.admin.auth!.user.id);
    clearSessionCookie(reply);
    return reply.redirect('/admin/sign-in?signed-out=1', 303);
  });
}

function AccountPage({ req, deps, message, error }: { req: AdminRequest; deps: AdminDeps; message?: string; error?: string }) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('account.title')} stylesheet={deps.stylesheet} current="/admin/account">
      {message ? <FormMessage kind="success">{message}</FormMessage> : null}
      <h2>{t('account.language')}</h2>
      <PostForm action="/admin/account/language" csrfToken={req.csrfToken} class="form form--narrow">
        <div class="field">
          <label for="field-uiLocale">{t('account.language')}</label>
          <select id="field-uiLocale" name="uiLocale">
            {(['fr', 'en', 'es', 'ar'] as const).map((code) => (
              <option value={code} lang={code} dir={req.locales.get(code).dir} selected={req.locale === code}>
                {req.locales.get(code).endonym}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('account.languageSubmit')}</button>
      </PostForm>
      <h2>{t('account.changePassword')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <PostForm action="/admin/account/password" csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="currentPassword" type="password" label={t('account.current')} required autocomplete="current-password" />
        <Field name="newPassword" type="password" label={t('account.new')} hint={t('setPassword.intro')} required autocomplete="new-password" />
        <button type="submit">{t('account.submit')}</button>
      </PostForm>
      <h2>{t('account.everywhere')}</h2>
      <p>{t('account.everywhereHelp')}</p>
      <PostForm action="/admin/account/sign-out-everywhere" csrfToken={req.csrfToken}>
        <button type="submit" class="button-secondary">
          {t('account.everywhere')}
        </button>
      </PostForm>
    </AdminLayout>
  );
}

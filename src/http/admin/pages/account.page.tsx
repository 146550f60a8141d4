import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, clearSessionCookie, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { DEFAULT_TIME_ZONE, formatOffset, listTimeZones, offsetMinutesAt } from '../../../modules/workflow/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';
import type { Preferences } from '../../../modules/notifications/index.ts';
import { NotificationPreferences } from './notifications.page.tsx';

/** One's own account: change the password (ending other sessions), or sign out everywhere. */
export function registerAccountRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/account', { config: { access: 'admin.access' } }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { t } = request.admin;
    return sendAdminPage(
      reply,
      200,
      await accountPage(request.admin, deps, {
        notice: query.done === 'notifications' ? t('notifications.prefs.saved') : undefined,
        message: query.zone === '1' ? t('account.timeZoneSaved') : undefined,
      }),
    );
  });

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
      return sendAdminPage(reply, 200, await accountPage(request.admin, deps, { message: t('account.changed') }));
    } catch (error) {
      if (!isAppError(error)) throw error;
      const message = error.code === 'ACCOUNTS_WRONG_PASSWORD' ? t('account.wrongPassword') : t('field.weakPassword');
      return sendAdminPage(reply, 400, await accountPage(request.admin, deps, { error: message }));
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

  app.post('/admin/account/time-zone', { config: { access: 'admin.access' } }, async (request, reply) => {
    const wanted = String((request.body as Record<string, unknown> | undefined)?.timeZone ?? '').trim();
    const { t } = request.admin;
    try {
      await deps.accounts.users.setOwnTimeZone({ actor: actorOf(request.admin), timeZone: wanted === '' ? null : wanted });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'ACCOUNTS_INVALID') throw error;
      return sendAdminPage(reply, 400, await accountPage(request.admin, deps, { zoneError: t('account.timeZoneInvalid') }));
    }
    return reply.redirect('/admin/account?zone=1', 303);
  });

  app.post('/admin/account/sign-out-everywhere', { config: { access: 'admin.access' } }, async (request, reply) => {
    await deps.accounts.sessions.signOutEverywhere(request.admin.auth!.user.id);
    clearSessionCookie(reply);
    return reply.redirect('/admin/sign-in?signed-out=1', 303);
  });
}

/** The account page with the person's notification preferences, read first (views render synchronously). */
async function accountPage(req: AdminRequest, deps: AdminDeps, props: { message?: string | undefined; error?: string; notice?: string | undefined; zoneError?: string } = {}) {
  const preferences = await deps.notifications.getPreferences(req.auth!.user.id);
  return <AccountPage req={req} deps={deps} preferences={preferences} {...props} />;
}

function AccountPage({
  req,
  deps,
  message,
  error,
  notice,
  zoneError,
  preferences,
}: {
  req: AdminRequest;
  deps: AdminDeps;
  message?: string | undefined;
  error?: string;
  notice?: string | undefined;
  zoneError?: string;
  preferences: Preferences;
}) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('account.title')} stylesheet={deps.stylesheet} current="/admin/account" scripts={[deps.scripts.timeZone]}>
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
      <TimeZoneForm req={req} error={zoneError} />
      <h2>{t('account.changePassword')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <PostForm action="/admin/account/password" csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="currentPassword" type="password" label={t('account.current')} required autocomplete="current-password" />
        <Field name="newPassword" type="password" label={t('account.new')} hint={t('setPassword.intro')} required autocomplete="new-password" />
        <button type="submit">{t('account.submit')}</button>
      </PostForm>
      <NotificationPreferences req={req} kinds={deps.notifications.kindsFor(req.auth!.user)} preferences={preferences} mailerKind={deps.notifications.mailerKind} notice={notice} />
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

/** The zone back-office dates are shown in; the script offers the browser's own when it differs. */
function TimeZoneForm({ req, error }: { req: AdminRequest; error?: string }) {
  const { t } = req;
  const own = req.auth?.user.timeZone ?? '';
  // Offsets as of now, to tell neighbouring zones apart; the dates shown use each instant's own.
  const now = new Date();
  return (
    <>
      <h2>{t('account.timeZone')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <PostForm action="/admin/account/time-zone" csrfToken={req.csrfToken} class="form form--narrow">
        <div class={error ? 'field field--error' : 'field'}>
          <label for="field-timeZone">{t('account.timeZoneField')}</label>
          <p class="field__hint" id="field-timeZone-hint">
            {t('account.timeZoneHint')}
          </p>
          <select id="field-timeZone" name="timeZone" aria-describedby="field-timeZone-hint" data-offer={t('account.timeZoneOffer', { zone: '{zone}' })} aria-invalid={error ? 'true' : undefined}>
            <option value="" selected={own === ''}>
              {t('account.timeZoneDefault', { zone: DEFAULT_TIME_ZONE })}
            </option>
            {listTimeZones().map((zone) => (
              <option value={zone} selected={zone === own}>
                {`${zone} (${formatOffset(offsetMinutesAt(now, zone))})`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('account.timeZoneSubmit')}</button>
      </PostForm>
    </>
  );
}

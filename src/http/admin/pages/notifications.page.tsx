import type { FastifyReply } from 'fastify';
import { DELIVERIES, NOTIFICATION_KINDS, NOTIFICATIONS_INVALID, NOTIFICATIONS_NOT_FOUND, type Delivery, type Notification, type NotificationKind, type NotificationPage, type Preferences } from '../../../modules/notifications/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { formatWhen, sendNotFound } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';

const PAGE_SIZE = 30;
const DONE: Readonly<Record<string, AdminMessageKey>> = { read: 'notifications.done.read', allRead: 'notifications.done.allRead' };
const ReadForm = form({ id: FormList, all: FormList, page: FormList });
// One radio group per kind, named `kind.<kind>`.
const PreferencesForm = form(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`kind.${kind}`, FormList])));

/**
 * The signed-in person's notifications (newest first, unread marked, each linking to its item,
 * mark one or all read) and the form of their mail preferences, shown on the account page.
 */
export function registerNotificationRoutes(app: AdminInstance, deps: AdminDeps): void {
  const config = { access: 'admin.access' as const };

  app.get('/admin/notifications', { config, schema: { response: PageResponses, querystring: query({ page: QueryText, done: QueryText }) } }, async (request, reply) => {
    const page = Math.min(Math.max(1, Number.parseInt(String(request.query.page ?? '1'), 10) || 1), 10_000);
    const list = await deps.notifications.list(request.admin.auth!.user.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const done = typeof request.query.done === 'string' ? DONE[request.query.done] : undefined;
    return sendAdminPage(reply, 200, <NotificationsPage req={request.admin} deps={deps} list={list} page={page} done={done} />);
  });

  app.post('/admin/notifications/read', { config, schema: { response: PageResponses, body: ReadForm } }, async (request, reply) => {
    const body = request.body;
    const id = typeof body.id === 'string' && body.id !== '' ? body.id : undefined;
    const page = typeof body.page === 'string' && /^\d{1,5}$/.test(body.page) && body.page !== '1' ? `&page=${body.page}` : '';
    if (!id && body.all !== 'yes') return sendBadRequest(reply, request.admin, deps);
    try {
      await deps.notifications.markRead({ actor: actorOf(request.admin), ...(id ? { id } : {}) });
    } catch (error) {
      if (isAppError(error) && error.code === NOTIFICATIONS_NOT_FOUND) return sendNotFound(reply, request.admin, deps);
      throw error;
    }
    return reply.redirect(`/admin/notifications?done=${id ? 'read' : 'allRead'}${page}`, 303);
  });

  app.post('/admin/account/notifications', { config, schema: { response: PageResponses, body: PreferencesForm } }, async (request, reply) => {
    const body: Readonly<Record<string, unknown>> = request.body;
    const user = request.admin.auth!.user;
    // Only the kinds offered to this person are read; a value outside the three choices is refused whole.
    const preferences: Record<string, string> = {};
    for (const kind of deps.notifications.kindsFor(user)) {
      const value = body[`kind.${kind}`];
      if (value !== undefined) preferences[kind] = typeof value === 'string' ? value : '';
    }
    try {
      await deps.notifications.setPreferences({ actor: actorOf(request.admin), preferences });
    } catch (error) {
      if (isAppError(error) && error.code === NOTIFICATIONS_INVALID) {
        return sendAdminPage(reply, 400, <AdminMessagePage req={request.admin} stylesheet={deps.stylesheet} title={request.admin.t('notifications.prefs.title')} message={request.admin.t('notifications.prefs.invalid')} />);
      }
      throw error;
    }
    return reply.redirect('/admin/account?done=notifications#notifications', 303);
  });
}

function sendBadRequest(reply: FastifyReply, req: AdminRequest, deps: AdminDeps) {
  return sendAdminPage(reply, 400, <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('error.badRequest.title')} message={req.t('error.badRequest.body')} />);
}

function NotificationsPage({ req, deps, list, page, done }: { req: AdminRequest; deps: AdminDeps; list: NotificationPage; page: number; done: AdminMessageKey | undefined }) {
  const { t } = req;
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  return (
    <AdminLayout req={req} title={t('notifications.title')} stylesheet={deps.stylesheet} current="/admin/notifications">
      {done ? <FormMessage kind="success">{t(done)}</FormMessage> : null}
      <p>{t('notifications.intro')}</p>
      {list.total === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <>
          <div class="notifications-bar">
            <p>{t('notifications.summary', { total: list.total, unread: list.unread })}</p>
            {list.unread > 0 ? (
              <PostForm action="/admin/notifications/read" csrfToken={req.csrfToken}>
                <input type="hidden" name="all" value="yes" />
                <button type="submit" class="button-secondary">
                  {t('notifications.markAllRead')}
                </button>
              </PostForm>
            ) : null}
          </div>
          <ol class="notification-list">
            {list.rows.map((n) => (
              <NotificationItem req={req} n={n} page={page} />
            ))}
          </ol>
          <Pagination req={req} page={page} pages={pages} href={(p) => `/admin/notifications?page=${p}`} />
        </>
      )}
    </AdminLayout>
  );
}

function NotificationItem({ req, n, page }: { req: AdminRequest; n: Notification; page: number }) {
  const { t } = req;
  const unread = n.readAt === null;
  const language = n.locale && req.locales.has(n.locale) ? req.locales.get(n.locale).endonym : n.locale;
  return (
    <li class={unread ? 'notification notification--unread' : 'notification'}>
      <p class="notification__kind">
        {unread ? <strong class="notification__tag">{t('notifications.unreadTag')}</strong> : null}
        {t(`notifications.kind.${n.kind}` as AdminMessageKey)}
      </p>
      <p class="notification__subject">
        {/* A story's notice names nobody (see notifications/index.ts): its link says what it is. */}
        <a href={n.path}>{n.subject || t(`notifications.kind.${n.kind}` as AdminMessageKey)}</a>
        {language ? (
          <span lang={n.locale ?? undefined}>
            {' '}
            ({language})
          </span>
        ) : null}
      </p>
      {n.message ? <blockquote class="notification__message">{n.message}</blockquote> : null}
      <p class="notification__meta">
        {n.actorName ? <>{t('notifications.by', { name: n.actorName })} · </> : null}
        <time dateTime={n.createdAt}>{formatWhen(req, n.createdAt)}</time> · {t(`notifications.mail.${n.mailState}` as AdminMessageKey)}
      </p>
      {unread ? (
        <PostForm action="/admin/notifications/read" csrfToken={req.csrfToken} class="notification__read">
          <input type="hidden" name="id" value={n.id} />
          <input type="hidden" name="page" value={String(page)} />
          <button type="submit" class="button-link">
            {t('notifications.markRead')}
            <span class="visually-hidden"> – {n.subject || t(`notifications.kind.${n.kind}` as AdminMessageKey)}</span>
          </button>
        </PostForm>
      ) : null}
    </li>
  );
}

/** The mail preferences on the account page: for each kind that concerns the person, three choices. */
export function NotificationPreferences({ req, kinds, preferences, mailerKind, notice }: { req: AdminRequest; kinds: readonly NotificationKind[]; preferences: Preferences; mailerKind: string; notice?: string | undefined }) {
  const { t } = req;
  const label: Readonly<Record<Delivery, AdminMessageKey>> = { immediate: 'notifications.prefs.immediate', digest: 'notifications.prefs.digest', off: 'notifications.prefs.off' };
  return (
    <section aria-labelledby="notifications">
      <h2 id="notifications">{t('notifications.prefs.title')}</h2>
      {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
      <p>{t('notifications.prefs.intro')}</p>
      {mailerKind === 'log' ? <p class="field__hint">{t('notifications.prefs.noSmtp')}</p> : null}
      <PostForm action="/admin/account/notifications" csrfToken={req.csrfToken} class="form notification-preferences">
        {kinds.map((kind) => (
          <fieldset class="field field--choices">
            <legend>{t(`notifications.kind.${kind}` as AdminMessageKey)}</legend>
            {DELIVERIES.map((delivery) => (
              <label class="choice">
                <input type="radio" name={`kind.${kind}`} value={delivery} checked={preferences[kind] === delivery} />
                {t(label[delivery])}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit">{t('notifications.prefs.submit')}</button>
      </PostForm>
    </section>
  );
}

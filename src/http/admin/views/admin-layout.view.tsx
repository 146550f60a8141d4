import type { ComponentChildren } from 'preact';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows, type Permission } from '../../../modules/policy/index.ts';
import { ADMIN_LOCALE_SET } from '../../../modules/locales/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import type { AdminMessageKey } from '../messages/index.ts';

const NAV: readonly { href: string; key: AdminMessageKey; permission: Permission }[] = [
  { href: '/admin', key: 'admin.nav.dashboard', permission: 'admin.access' },
  { href: '/admin/documents', key: 'admin.nav.documents', permission: 'content.read' },
  { href: '/admin/tree', key: 'tree.title', permission: 'content.read' },
  { href: '/admin/menus', key: 'menus.title', permission: 'content.edit' },
  { href: '/admin/translations', key: 'admin.nav.translations', permission: 'content.read' },
  { href: '/admin/memory', key: 'memory.title', permission: 'translation.memory' },
  { href: '/admin/glossary', key: 'glossary.title', permission: 'content.read' },
  { href: '/admin/media', key: 'admin.nav.media', permission: 'content.read' },
  { href: '/admin/videos', key: 'admin.nav.videos', permission: 'content.read' },
  { href: '/admin/files', key: 'admin.nav.files', permission: 'content.read' },
  { href: '/admin/jobs', key: 'jobs.title', permission: 'translation.edit' },
  { href: '/admin/schedule', key: 'admin.nav.schedule', permission: 'content.read' },
  { href: '/admin/submissions', key: 'submissions.title', permission: 'submissions.moderate' },
  { href: '/admin/users', key: 'admin.nav.users', permission: 'users.manage' },
  { href: '/admin/locales', key: 'locales.title', permission: 'locales.manage' },
  { href: '/admin/machine-translation', key: 'mt.title', permission: 'machineTranslation.configure' },
  { href: '/admin/tokens', key: 'tokens.title', permission: 'tokens.manage' },
  { href: '/admin/audit', key: 'admin.nav.audit', permission: 'audit.read' },
  { href: '/admin/notifications', key: 'notifications.title', permission: 'admin.access' },
  { href: '/admin/account', key: 'admin.nav.account', permission: 'admin.access' },
];

/** The back office frame: dense, plain, keyboard-first; the navigation shows what the role may open. */
export function AdminLayout({
  req,
  title,
  stylesheet,
  current,
  scripts = [],
  children,
}: {
  req: AdminRequest;
  title: string;
  stylesheet: string;
  current?: string;
  /** Same-origin scripts (CSP script-src 'self'), deferred; pages work without them. */
  scripts?: readonly string[];
  children: ComponentChildren;
}) {
  const { t, auth } = req;
  return (
    <html lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t('admin.name')}`}</title>
        <link rel="stylesheet" href={stylesheet} />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">
          {t('admin.skip')}
        </a>
        <header class="admin-header">
          <p class="admin-brand">{t('admin.name')}</p>
          {auth ? (
            <>
              <nav aria-label={t('admin.nav')}>
                <ul class="admin-nav">
                  {NAV.filter((item) => allows(userActor(auth.user), item.permission)).map((item) => (
                    <li>
                      <a href={item.href} aria-current={current === item.href ? 'page' : undefined}>
                        {t(item.key)}
                        {item.href === '/admin/notifications' && req.unreadNotifications > 0 ? (
                          <>
                            {' '}
                            <span class="nav-count">{t('notifications.unreadBadge', { count: req.unreadNotifications })}</span>
                          </>
                        ) : null}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href="/">{t('admin.nav.site')}</a>
                  </li>
                </ul>
              </nav>
              <div class="admin-user">
                <span>{t('admin.signedInAs', { name: auth.user.displayName || auth.user.email, role: t(`role.${auth.user.role}`) })}</span>
                <form method="post" action="/admin/sign-out">
                  <input type="hidden" name="_csrf" value={req.csrfToken} />
                  <button type="submit" class="button-link">
                    {t('admin.signOut')}
                  </button>
                </form>
              </div>
            </>
          ) : null}
        </header>
        <main id="content" tabindex={-1} class="admin-main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

/** A page that only says something: access denied, expired form, signed out. */
export function AdminMessagePage({ req, stylesheet, title, message }: { req: AdminRequest; stylesheet: string; title: string; message: string }) {
  return (
    <AdminLayout req={req} title={title} stylesheet={stylesheet}>
      <p class="message" role="alert">
        {message}
      </p>
      <p>
        <a href={req.auth ? '/admin' : '/admin/sign-in'}>{req.auth ? req.t('admin.nav.dashboard') : req.t('signIn.title')}</a>
      </p>
    </AdminLayout>
  );
}

import type { TranslationMemoryModule } from '../../modules/translation-memory/index.ts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type AccountsModule, type AuthenticatedSession, type UserActor , userActor } from '../../modules/accounts/index.ts';
import { allows } from '../../modules/policy/index.ts';
import type { AuditModule } from '../../modules/audit/index.ts';
import type { ConsentModule } from '../../modules/consent/index.ts';
import type { ContentModule } from '../../modules/content/index.ts';
import type { MediaModule } from '../../modules/media/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import { ADMIN_LOCALE_SET, isAdminLocale, type LocaleCode, type LocaleSet, type LocalesModule } from '../../modules/locales/index.ts';
import type { TranslationPageRenderer } from '../site/preview.routes.tsx';
import type { AdminScriptName } from '../site/views/view-context.ts';
import type { NotificationsModule } from '../../modules/notifications/index.ts';
import type { MachineTranslationModule } from '../../modules/machine-translation/index.ts';
import type { TranslationJobsModule } from '../../modules/translation-jobs/index.ts';
import { DEFAULT_TIME_ZONE, isTimeZone, type WorkflowModule } from '../../modules/workflow/index.ts';
import type { RouteAccess } from './admin-access.ts';
import { adminTranslator, type AdminT } from './messages/index.ts';
import { AdminMessagePage } from './views/admin-layout.view.tsx';

export interface AdminDeps {
  readonly accounts: AccountsModule;
  readonly audit: AuditModule;
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly media: MediaModule;
  readonly video: VideoModule;
  readonly files: FilesModule;
  readonly workflow: WorkflowModule;
  readonly consent: ConsentModule;
  readonly notifications: NotificationsModule;
  readonly memory: TranslationMemoryModule;
  readonly machineTranslation: MachineTranslationModule;
  readonly translationJobs: TranslationJobsModule;
  readonly publicUrl: string;
  /** URL of the admin stylesheet, content-hashed like the public one. */
  readonly stylesheet: string;
  /** The back office's scripts by name (content-hashed URLs); a page lists the ones it enhances with. */
  readonly scripts: Readonly<Record<AdminScriptName, string>>;
  /** The public renderer for a translation visitors do not see (yet): the live preview. */
  readonly renderTranslationPage: TranslationPageRenderer;
}

/** A back-office route and the access it declared; the permission matrix test walks this list. */
export interface AdminRouteInfo {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
  /** The schemas the route declared (params, querystring, body); the schema test walks them. */
  readonly schema: FastifySchema | undefined;
}

/** What every admin handler knows about the request once the access hook has run. */
export interface AdminRequest {
  readonly auth: AuthenticatedSession | undefined;
  /** The back office's language for this person (one of the shipped four). */
  readonly locale: LocaleCode;
  /** The site's configured locales, as they were when this request began. */
  readonly locales: LocaleSet;
  readonly t: AdminT;
  /** The zone back-office dates are shown in: the person's own, else the organisation's. */
  readonly timeZone: string;
  /** Token to put in every form this response renders. */
  readonly csrfToken: string;
  /** The signed-in person's unread notifications, shown beside the navigation's link to them. */
  readonly unreadNotifications: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    admin: AdminRequest;
  }
}

export const SESSION_COOKIE = 'ensemble_session';
const FORM_COOKIE = 'ensemble_form';
const COOKIE_PATH = '/admin';

/**
 * The back office's request pipeline: session from the cookie, language, access check against the
 * route's declared permission, and CSRF checks on every state change.
 */
export async function registerAdminPipeline(
  app: FastifyInstance,
  deps: AdminDeps,
  routes: AdminRouteInfo[],
): Promise<void> {
  const secure = deps.publicUrl.startsWith('https://');
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    // A route that forgets to declare its access must not start: closed by default.
    if (access === undefined) throw new Error(`Admin route ${String(route.method)} ${route.url} declares no access`);
    // A schema refusal reaches the handler's pipeline instead of Fastify's error path, so it is
    // answered after the access and form-token checks, with the back office's own page.
    route.attachValidation = true;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method: String(method), url: route.url, access, schema: route.schema });
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access as RouteAccess;
    const token = request.cookies[SESSION_COOKIE];
    const auth = token ? await deps.accounts.sessions.authenticate(token) : undefined;
    const locale = adminLocale(auth, request);
    const formToken = auth ? auth.session.csrfToken : anonymousFormToken(request, reply, secure);
    // One indexed count per page: the navigation says how many notifications wait.
    const unreadNotifications = auth ? await deps.notifications.countUnread(auth.user.id) : 0;
    request.admin = { auth, locale, locales: deps.locales.current(), t: adminTranslator(locale), timeZone: readerZone(auth), csrfToken: formToken, unreadNotifications };
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');

    if (request.method !== 'GET' && request.method !== 'HEAD' && !isGenuineForm(request, formToken)) {
      return sendAdminPage(reply, 403, <AdminMessagePage req={request.admin} stylesheet={deps.stylesheet} title={request.admin.t('error.forbidden.title')} message={request.admin.t('error.csrf')} />);
    }
    if (access !== 'anonymous') {
      if (!auth) {
        if (token) reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
        if (request.method === 'GET') {
          const next = encodeURIComponent(request.url.slice(0, 500));
          return reply.redirect(`/admin/sign-in?next=${next}${token ? '&expired=1' : ''}`, 303);
        }
        return sendAdminPage(reply, 401, <AdminMessagePage req={request.admin} stylesheet={deps.stylesheet} title={request.admin.t('signIn.title')} message={request.admin.t('signIn.expired')} />);
      }
      if (!allows(userActor(auth.user), access)) {
        return sendAdminPage(reply, 403, <AdminMessagePage req={request.admin} stylesheet={deps.stylesheet} title={request.admin.t('error.forbidden.title')} message={request.admin.t('error.forbidden.body')} />);
      }
    }
    if (request.validationError) {
      request.log.info({ reqId: request.id, context: request.validationError.validationContext }, 'request refused by its schema');
      return sendAdminPage(reply, 400, <AdminMessagePage req={request.admin} stylesheet={deps.stylesheet} title={request.admin.t('error.badRequest.title')} message={request.admin.t('error.badRequest.body')} />);
    }
  });
}

/** The signed-in person as the actor operations are asked to act for (the access hook ran first). */
export function actorOf(req: AdminRequest): UserActor {
  if (!req.auth) throw new Error('actorOf called on a request without a session');
  return userActor(req.auth.user);
}

/** Sets the session cookie: unreadable by scripts, sent only to /admin, never cross-site. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
}

export function sendAdminPage(reply: FastifyReply, status: number, page: VNode) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!DOCTYPE html>${renderToString(page)}`);
}

/** Where to go after signing in: only back-office addresses, so the parameter is no open redirect. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !/^\/admin(?:[/?]|$)/.test(next) || /[\\\u0000-\u001f]/.test(next)) return '/admin';
  return next;
}

/** The person's zone when this runtime still knows it, else the organisation's (the scheduling default). */
function readerZone(auth: AuthenticatedSession | undefined): string {
  const zone = auth?.user.timeZone;
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

function adminLocale(auth: AuthenticatedSession | undefined, request: FastifyRequest): LocaleCode {
  const wanted = auth?.user.uiLocale ?? ADMIN_LOCALE_SET.negotiate(request.headers['accept-language']);
  return isAdminLocale(wanted) ? wanted : 'en';
}

/**
 * Forms shown before sign-in carry a random token that must match a cookie only this site can
 * set (double submit), so another site cannot post them in the visitor's name.
 */
function anonymousFormToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[FORM_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  reply.setCookie(FORM_COOKIE, token, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure });
  return token;
}

/**
 * The form's token matches, and what the browser says of the request's source agrees: a
 * Sec-Fetch-Site other than same-origin, or an Origin naming another site, is refused.
 */
function isGenuineForm(request: FastifyRequest, expected: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null' && origin !== `${request.protocol}://${request.headers.host}`) return false;
  const sent = formTokenOf(request.body);
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** The `_csrf` field of a parsed form, read before (or without) any schema: the body is unknown here. */
function formTokenOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || !('_csrf' in body)) return '';
  return typeof body._csrf === 'string' ? body._csrf : '';
}

import http from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AccountsModule } from '../modules/accounts/index.ts';
import type { AuditModule } from '../modules/audit/index.ts';
import type { ConsentModule } from '../modules/consent/index.ts';
import type { ContentModule } from '../modules/content/index.ts';
import type { MediaModule } from '../modules/media/index.ts';
import type { VideoModule } from '../modules/video/index.ts';
import type { FilesModule } from '../modules/files/index.ts';
import type { SearchModule } from '../modules/search/index.ts';
import type { SettingsModule } from '../modules/settings/index.ts';
import type { SubmissionsModule } from '../modules/submissions/index.ts';
import type { WorkflowModule } from '../modules/workflow/index.ts';
import type { Logger } from '../platform/logger.ts';
import { registerAdmin, type AdminRouteInfo } from './admin/admin.routes.ts';
import { isApiRequest, registerApi } from './api/api.plugin.ts';
import { badRequest, routeNotFound } from './http.errors.ts';
import { sendProblem } from './problem.ts';
import { registerErrorHandling } from './error-handler.ts';
import { SESSION_COOKIE } from './admin/admin-plugin.tsx';
import { registerSecurityHeaders, securityHeaders } from './security-headers.ts';
import { createCachedPageResponder } from './site/cached-page-responder.ts';
import { registerFeedRoutes } from './site/feeds.routes.ts';
import { registerPublicFileRoutes } from './site/files.routes.ts';
import { PageCache } from './site/page-cache.ts';
import { registerPreviewRoutes, renderTranslationPage } from './site/preview.routes.tsx';
import { registerSearchRoutes } from './site/search.routes.tsx';
import { registerShareStoryRoutes } from './site/share-story.routes.tsx';
import type { SiteAssets } from './site/site-assets.ts';
import type { LocalesModule } from '../modules/locales/index.ts';
import type { NotificationsModule } from '../modules/notifications/index.ts';
import type { TranslationMemoryModule } from '../modules/translation-memory/index.ts';
import type { MachineTranslationModule } from '../modules/machine-translation/index.ts';
import type { TranslationJobsModule } from '../modules/translation-jobs/index.ts';
import { createSiteRenderer, registerSiteRoutes } from './site/site.routes.tsx';
import { registerHealthRoutes, type HealthDeps } from './ops/health.routes.ts';
import { PAGE_CACHE_ROUTE, registerMetricsRoute, registerRequestMetrics, type Metrics } from './ops/metrics.ts';
import { registerRequestContext, requestIdForFastify, withRequestContext } from './ops/request-context.ts';
import { createDrain } from './ops/drain.ts';
import { registerVideoRoutes } from './site/video.routes.tsx';

export interface AppDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly settings: SettingsModule;
  readonly media: MediaModule;
  readonly video: VideoModule;
  readonly files: FilesModule;
  readonly accounts: AccountsModule;
  readonly audit: AuditModule;
  readonly workflow: WorkflowModule;
  readonly consent: ConsentModule;
  readonly assets: SiteAssets;
  readonly logger: Logger;
  /** Origin used in canonical and alternate links, never taken from the request's Host. */
  readonly publicUrl: string;
  readonly pageCache: PageCache;
  readonly submissions: SubmissionsModule;
  readonly search: SearchModule;
  readonly notifications: NotificationsModule;
  readonly memory: TranslationMemoryModule;
  readonly machineTranslation: MachineTranslationModule;
  readonly translationJobs: TranslationJobsModule;
  /** Health checks and metrics; left out by tests that do not look at them. */
  readonly ops?: OpsDeps;
}

export interface OpsDeps {
  readonly health: HealthDeps;
  readonly metrics?: Metrics;
  /** /metrics on the site's port answers a scraper with this bearer token; absent: 404. */
  readonly metricsToken?: string | null;
}

/** Builds the HTTP application without listening, so tests can drive it with inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // One set of security headers for both paths: Fastify's responses and the cache hits before it.
  const headers = securityHeaders(deps.publicUrl.startsWith('https://'));
  const metrics = deps.ops?.metrics;
  const drain = createDrain();
  const respondFromCache = createCachedPageResponder({
    cache: deps.pageCache,
    baseHeaders: headers,
    sessionCookie: SESSION_COOKIE,
  });
  const app = Fastify({
    // A cached public page is answered before Fastify sees the request (see cached-page-responder.ts).
    serverFactory: (handler, options) => createServer(options, drain.wrap(withRequestContext((request, response) => {
      const started = performance.now();
      if (!respondFromCache(request, response)) {
        handler(request, response);
      } else if (metrics) {
        response.once('finish', () => metrics.observeRequest(PAGE_CACHE_ROUTE, request.method ?? 'GET', response.statusCode, (performance.now() - started) / 1000));
      }
    }))),
    // Fastify's reqId in its log lines is the X-Request-Id the response carries.
    genReqId: requestIdForFastify,
    loggerInstance: deps.logger as FastifyBaseLogger,
    // One log line per request would cost more than serving a cached page.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 2048 },
    // Fastify answers a malformed URL itself; route it to our localised 400 page instead.
    frameworkErrors: (error, request, reply) => {
      if (isApiRequest(request.url)) {
        // Before any route or hook: the API's open CORS header is added here.
        reply.header('access-control-allow-origin', '*');
        sendProblem(reply, error.statusCode === 404 ? routeNotFound() : badRequest('url', 'is not a valid address'));
        return;
      }
      void site.sendError(request, reply, error.statusCode === 404 ? 'notFound' : 'badRequest');
    },
  });
  const site = createSiteRenderer({ ...deps, cache: deps.pageCache });

  registerSecurityHeaders(app, headers);
  registerRequestContext(app);
  if (metrics) registerRequestMetrics(app, metrics);
  // Before every other route: none of the admin's session, CSRF or the page cache applies to them.
  if (deps.ops) registerHealthRoutes(app, { ...deps.ops.health, shuttingDown: () => drain.closing });
  if (metrics && deps.ops?.metricsToken) registerMetricsRoute(app, metrics, deps.ops.metricsToken);

  registerErrorHandling(app, site);
  const adminRoutes = await registerAdmin(app, {
    ...deps,
    stylesheet: deps.assets.urls.adminStylesheet,
    scripts: deps.assets.urls.adminScripts,
    // The back office's live preview renders through the public renderer, never its page cache.
    renderTranslationPage: (input) => renderTranslationPage(deps, input),
  });
  app.decorate('adminRoutes', adminRoutes);
  app.decorate('drainRequests', (graceMs: number) => drain.drain(app.server, graceMs));
  // Public like the site, but never through its page cache: a preview is for the link's holder only.
  registerPreviewRoutes(app, deps);
  // The story form: rendered per request with the visitor's form token, never from the page cache.
  await registerShareStoryRoutes(app, { ...deps, cache: deps.pageCache });
  registerVideoRoutes(app, { ...deps, cache: deps.pageCache }, site);
  registerPublicFileRoutes(app, { ...deps, cache: deps.pageCache }, site);
  // Feeds, sitemaps and robots.txt: before the catch-all of public pages.
  registerFeedRoutes(app, { ...deps, cache: deps.pageCache }, site);
  // Search: rendered per query, outside the page cache; before the catch-all of public pages.
  registerSearchRoutes(app, deps, site);
  // The JSON API in a context of its own (problem+json errors, OpenAPI); before the catch-all too.
  await registerApi(app, deps);
  registerSiteRoutes(app, { ...deps, cache: deps.pageCache });
  return app;
}

/** The HTTP server Fastify would make itself, with its timeouts, around our own request listener. */
function createServer(options: FastifyServerOptions, listener: http.RequestListener): http.Server {
  const server = http.createServer(listener);
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
  if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
  return server;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every back-office route with the access it declared. */
    adminRoutes: readonly AdminRouteInfo[];
    /** Shutdown: stops accepting connections and waits up to `graceMs` for requests in flight; false if some did not finish. */
    drainRequests(graceMs: number): Promise<boolean>;
  }
}

export { PageCache };

import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AccountsModule } from '../../modules/accounts/index.ts';
import type { ContentModule } from '../../modules/content/index.ts';
import { localeNotFound, type LocalesModule } from '../../modules/locales/index.ts';
import type { WorkflowModule } from '../../modules/workflow/index.ts';
import type { MediaModule } from '../../modules/media/index.ts';
import type { SearchModule } from '../../modules/search/index.ts';
import type { SettingsModule } from '../../modules/settings/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import type { SiteAssetUrls } from '../site/views/view-context.ts';
import { routeNotFound } from '../http.errors.ts';
import { PROBLEM_SCHEMA, sendProblem } from '../problem.ts';
import { SHARED_SCHEMAS } from './api-schemas.ts';
import type { ApiInstance, DeliveryDeps } from './api-types.ts';
import { registerCors, registerDeliveryCaching } from './delivery-http.ts';
import { registerDocumentRoutes } from './documents.routes.ts';
import { registerListingRoutes } from './listings.routes.ts';
import { registerTokenAuthentication } from './management-auth.ts';
import { registerMediaRoutes } from './media.routes.ts';
import { registerFileUploadRoutes } from './files.routes.ts';
import { registerWorkflowExtraRoutes } from './workflow-extras.routes.ts';
import { registerTranslationJobRoutes } from './translation-jobs.routes.ts';
import type { TranslationJobsModule } from '../../modules/translation-jobs/index.ts';
import { API_PREFIX, openApiOptions } from './openapi.ts';
import { registerPageRoutes } from './pages.routes.ts';
import { registerReferenceRoutes } from './reference.routes.tsx';

/** Whether a request is the API's (for the errors Fastify answers before any route is chosen). */
export function isApiRequest(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}

/** A `locale` in the path or the query that the site does not have is a 404 problem, before any route runs. */
function requireLocale(api: ApiInstance, known: (tag: string) => boolean): void {
  api.addHook('preHandler', async (request) => {
    for (const source of [request.params, request.query]) {
      const locale = (source as { locale?: unknown } | undefined)?.locale;
      if (typeof locale === 'string' && !known(locale)) throw localeNotFound(locale);
    }
  });
}

export interface ApiDeps {
  readonly accounts: AccountsModule;
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly workflow: WorkflowModule;
  readonly media: MediaModule;
  readonly settings: SettingsModule;
  readonly video: VideoModule;
  readonly files: FilesModule;
  readonly search: SearchModule;
  readonly translationJobs: TranslationJobsModule;
  readonly assets: { readonly urls: SiteAssetUrls };
  readonly publicUrl: string;
}

/**
 * The public JSON API under /api/v1, in a Fastify context of its own: its errors are problem+json
 * (never the site's HTML pages), its routes are declared with TypeBox schemas, and the OpenAPI
 * document is generated from them. Must be registered before the site's catch-all `GET /*`.
 */
export async function registerApi(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  await app.register(
    async (instance) => {
      const api: ApiInstance = instance.withTypeProvider<TypeBoxTypeProvider>();
      // Shared schemas first: routes and the OpenAPI components refer to them by $id.
      api.addSchema({ $id: 'Problem', title: 'Problem', description: 'Problem details (RFC 9457), sent as application/problem+json.', ...PROBLEM_SCHEMA });
      for (const schema of SHARED_SCHEMAS) api.addSchema(schema);
      // In this context, so the document holds this context's routes and nothing of the site or admin.
      await api.register(fastifySwagger, openApiOptions());

      api.setErrorHandler((error, _request, reply) => sendProblem(reply, error));
      api.setNotFoundHandler((_request, reply) => sendProblem(reply, routeNotFound()));

      const delivery: DeliveryDeps = {
        reader: deps.content.reader,
        search: deps.search,
        findVideos: (ids) => deps.video.findVideos(ids),
        findFiles: (ids) => deps.files.findFiles(ids),
        readOptions: async () => ({ fallback: await deps.settings.getFallbackPolicy() }),
        publicUrl: deps.publicUrl,
        assets: deps.assets.urls,
        locales: deps.locales,
      };
      registerCors(api);
      // Delivery: public, published content only, cacheable by anyone. A context of its own so its
      // cache rules never reach the management routes.
      await api.register(async (child) => {
        const deliveryApi: ApiInstance = child.withTypeProvider<TypeBoxTypeProvider>();
        registerDeliveryCaching(deliveryApi);
        // Visitors' content: only the locales the site shows.
        requireLocale(deliveryApi, (tag) => deps.locales.current().isEnabled(tag));
        registerPageRoutes(deliveryApi, delivery);
        registerListingRoutes(deliveryApi, delivery);
        registerReferenceRoutes(deliveryApi, { stylesheet: deps.assets.urls.stylesheet });
      });
      // Management: a sibling context whose only access step resolves the bearer token to an
      // actor; the operations decide what it may do, as for the back office.
      await api.register(async (child) => {
        const management: ApiInstance = child.withTypeProvider<TypeBoxTypeProvider>();
        registerTokenAuthentication(management, deps.accounts);
        // Editors' work: every configured locale, disabled ones included (text is prepared before a language opens).
        requireLocale(management, (tag) => deps.locales.current().has(tag));
        registerDocumentRoutes(management, deps.content);
        registerWorkflowExtraRoutes(management, deps);
        registerMediaRoutes(management, deps.media);
        registerFileUploadRoutes(management, deps.files);
        registerTranslationJobRoutes(management, deps.translationJobs);
      });

      // Ahead of the site's catch-all GET /*: an unknown API address is a problem, not an HTML page.
      api.get('/*', { schema: { hide: true } }, async () => {
        throw routeNotFound();
      });
    },
    { prefix: API_PREFIX },
  );
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { ContentDocument, ContentModule, LocalizedDocument, Translation } from '../../modules/content/index.ts';
import type { LocaleCode, LocalesModule } from '../../modules/locales/index.ts';
import type { MediaModule } from '../../modules/media/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import type { SettingsModule } from '../../modules/settings/index.ts';
import type { PreviewGrant, WorkflowModule } from '../../modules/workflow/index.ts';
import { isAppError } from '../../platform/errors.ts';
import type { PageCache } from './page-cache.ts';
import { buildPageModel, mediaLookup } from './page-model.ts';
import { previewTranslator } from './preview.messages.ts';
import type { SiteAssets } from './site-assets.ts';
import { createSiteRenderer } from './site.routes.tsx';
import { DocumentPage } from './views/document.view.tsx';
import { Layout } from './views/layout.view.tsx';
import { createViewContext } from './views/view-context.ts';

export interface PreviewDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly settings: SettingsModule;
  readonly media: MediaModule;
  readonly video: VideoModule;
  readonly files: FilesModule;
  readonly workflow: WorkflowModule;
  readonly assets: SiteAssets;
  readonly pageCache: PageCache;
  readonly publicUrl: string;
}

/**
 * GET /preview/:token — public, no account: the translation's current stored text, whatever its
 * status, in the public page frame with a preview banner. Rendered for each request and never
 * put in or taken from the page cache; no-store and noindex, so no shared cache or crawler keeps it.
 * A forged or malformed token gets the ordinary 404 page; a genuine expired one a 410 page.
 */
export function registerPreviewRoutes(app: FastifyInstance, deps: PreviewDeps): void {
  // Used only for the ordinary 404 page, which shows nothing of any preview.
  const site = createSiteRenderer({ ...deps, cache: deps.pageCache });

  app.get('/preview/:token', async (request, reply) => {
    privateHeaders(reply);
    const { token } = request.params as { token: string };
    const check = await deps.workflow.previews.checkToken(token);
    if (check.kind === 'invalid') return site.sendError(request, reply, 'notFound');
    if (check.kind === 'expired') return sendExpired(reply, deps, check.locale);
    const html = await renderPreview(deps, check.grant);
    if (!html) return site.sendError(request, reply, 'notFound', check.grant.locale);
    return reply.code(200).header('content-type', 'text/html; charset=utf-8').send(html);
  });
}

async function renderPreview(deps: PreviewDeps, grant: PreviewGrant): Promise<string | undefined> {
  const { content } = deps;
  // The working copy when there is one: a preview shows what publishing would put live.
  const translation = (await content.service.findWorkingCopy(grant.documentId, grant.locale))?.text;
  const document = translation ? await findDocument(content, grant.documentId) : undefined;
  if (!translation || !document) return undefined;
  const t = previewTranslator(deps.locales.current(), grant.locale);
  const banner = (
    <p class="notice notice--preview" role="note">
      <strong>{t('preview.banner', { status: t(`preview.status.${translation.status}`), when: formatUtc(grant.locale, grant.expiresAt) })}</strong>
    </p>
  );
  return renderTranslationPage(deps, { document, translation, banner });
}

/** What the public renderer needs to show a translation that is not (or not yet) what visitors see. */
export type TranslationPageDeps = Pick<PreviewDeps, 'content' | 'locales' | 'settings' | 'media' | 'video' | 'files' | 'assets' | 'publicUrl'>;

/** Renders a translation that visitors do not see (yet), with a banner saying so. */
export type TranslationPageRenderer = (input: { document: ContentDocument; translation: Translation; banner: VNode }) => Promise<string>;

/**
 * A translation's page as the public renderer builds it, from the text given instead of the
 * published one: for preview links and the back office's live preview. Never read from nor put
 * in the page cache; it has no public address of its own here, so nothing is marked current.
 */
export async function renderTranslationPage(deps: TranslationPageDeps, input: { document: ContentDocument; translation: Translation; banner: VNode }): Promise<string> {
  const { content } = deps;
  const { document, translation, banner } = input;
  const locale = translation.locale;
  const options = { fallback: await deps.settings.getFallbackPolicy() };
  const page: LocalizedDocument = { document, translation, locale, isFallback: false, path: undefined };
  const [model, footer] = await Promise.all([
    buildPageModel(content.reader, page, options, mediaLookup(deps)),
    content.reader.getMenu('footer', locale, options),
  ]);
  const ctx = createViewContext(deps.locales, locale, deps.assets.urls, deps.publicUrl);
  return `<!DOCTYPE html>${renderToString(<DocumentPage ctx={ctx} model={model} footerMenu={footer} banner={banner} />)}`;
}

function sendExpired(reply: FastifyReply, deps: PreviewDeps, locale: LocaleCode) {
  const ctx = createViewContext(deps.locales, locale, deps.assets.urls, deps.publicUrl);
  const t = previewTranslator(ctx.locales, locale);
  const title = t('preview.expired.title');
  const html = renderToString(
    <Layout ctx={ctx} title={title} menu={[]} footerMenu={[]} alternates={[]}>
      <article class="page error-page">
        <header class="page__header">
          <h1>{title}</h1>
          <p class="lead">{t('preview.expired.body')}</p>
        </header>
        <p>
          <a href={`/${locale}/`}>{t('preview.home')}</a>
        </p>
      </article>
    </Layout>,
  );
  return reply.code(410).header('content-type', 'text/html; charset=utf-8').send(`<!DOCTYPE html>${html}`);
}

/** Every preview answer, good or bad, is for this request only. */
function privateHeaders(reply: FastifyReply): void {
  reply
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    // The token is in the address: links followed from the preview must not carry it along.
    .header('referrer-policy', 'no-referrer');
}

async function findDocument(content: ContentModule, id: string): Promise<ContentDocument | undefined> {
  try {
    return await content.service.getDocument(id);
  } catch (error) {
    if (isAppError(error) && error.kind === 'not_found') return undefined;
    throw error;
  }
}

function formatUtc(locale: LocaleCode, date: Date): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return `${format.format(date)} UTC`;
}

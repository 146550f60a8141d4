import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import type { ContentModule, LocalizedDocument, ReadOptions } from '../../modules/content/index.ts';
import { isLanguageTag, type LocaleCode, type LocalesModule } from '../../modules/locales/index.ts';
import type { SettingsModule } from '../../modules/settings/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import { contentTypeOf } from '../../platform/file-store/index.ts';
import { sendFile } from './file-ranges.ts';
import { preparePage, type PageCache } from './page-cache.ts';
import type { SiteAssets } from './site-assets.ts';
import { parsePublicUrl, sendPage, type SiteRenderer } from './site.routes.tsx';
import { buildStoryMedia, trackHash, type StoryMedia } from './story-media.ts';
import { EmbedPage } from './views/embed.view.tsx';
import { createViewContext } from './views/view-context.ts';

export interface VideoRouteDeps {
  readonly content: ContentModule;
  readonly locales: LocalesModule;
  readonly settings: SettingsModule;
  readonly video: VideoModule;
  readonly assets: SiteAssets;
  readonly cache: PageCache;
  readonly publicUrl: string;
}

const TRACK_FILE = /^(captions|descriptions)\.([a-f0-9]{12})\.vtt$/;
const EMBED_WIDTH = 640;

/**
 * Video files (with byte ranges, so seeking works), caption tracks named by their content, the
 * embeddable player and the oEmbed endpoint that describes it.
 */
export function registerVideoRoutes(app: FastifyInstance, deps: VideoRouteDeps, site: SiteRenderer): void {
  const { content, video } = deps;
  const readOptions = async (): Promise<ReadOptions> => ({ fallback: await deps.settings.getFallbackPolicy() });

  /**
   * Files of the videos that published stories show. A video nobody published (an upload, a
   * submission) or whose story went offline (consent withdrawn) is not served to the public;
   * the back office serves its own previews. Worked out again after every content change.
   */
  let published: { generation: number; files: Promise<Set<string>> } | undefined;
  function publishedFiles(): Promise<Set<string>> {
    if (published?.generation !== deps.cache.generation) {
      const files = listPublishedFiles();
      published = { generation: deps.cache.generation, files };
      // A failed lookup is not remembered: the next request asks again.
      files.catch(() => (published = undefined));
    }
    return published.files;
  }
  async function listPublishedFiles(): Promise<Set<string>> {
    const stories = await content.reader.listDocumentsByType('story');
    const online = new Set((await content.reader.listPublishedTranslations(stories.map((s) => s.id))).map((t) => t.documentId));
    const ids = stories.filter((s) => online.has(s.id) && typeof s.fields.video === 'string').map((s) => String(s.fields.video));
    const videos = await video.findVideos(ids);
    return new Set(videos.flatMap((v) => [v.original, ...v.renditions, ...(v.poster ? [v.poster] : [])].map((f) => f.file)));
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/video/:name',
    handler: async (request, reply) => {
      const { name } = request.params as { name: string };
      const file = (await publishedFiles()).has(name) ? await video.openFile(name) : undefined;
      if (!file) return site.sendError(request, reply, 'notFound');
      return sendFile(request, reply, file, { contentType: contentTypeOf(name), immutable: true });
    },
  });

  app.get('/captions/:id/:locale/:file', async (request, reply) => {
    const { id, locale, file } = request.params as { id: string; locale: string; file: string };
    const match = TRACK_FILE.exec(file);
    if (!match || !isLanguageTag(locale) || id.length > 64) return site.sendError(request, reply, 'notFound');
    const [, kind, hash] = match;
    const translation = (await content.reader.listPublishedTranslations([id])).find((t) => t.locale === locale);
    const vtt = translation?.fields[kind!];
    // Only the published text, under the name of its current content: an old name is gone.
    if (typeof vtt !== 'string' || vtt === '' || trackHash(vtt) !== hash) return site.sendError(request, reply, 'notFound', locale);
    return reply
      .type('text/vtt; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('access-control-allow-origin', '*')
      .send(vtt);
  });

  /** A published story with a video, in `locale` (or its fallback), ready for the player. */
  async function loadStory(id: string, locale: LocaleCode): Promise<{ story: LocalizedDocument; media: StoryMedia } | undefined> {
    const story = await content.reader.findById(id, locale, await readOptions());
    if (!story || story.document.type !== 'story' || typeof story.document.fields.video !== 'string') return undefined;
    const [asset] = await video.findVideos([story.document.fields.video]);
    if (!asset) return undefined;
    const translations = await content.reader.listPublishedTranslations([id]);
    return { story, media: buildStoryMedia(story.document, locale, story.translation, asset, translations) };
  }

  app.get('/embed/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const subtitle = (request.query as Record<string, unknown>).subtitle;
    const locales = deps.locales.current();
    const locale: LocaleCode = typeof subtitle === 'string' && locales.isEnabled(subtitle) ? subtitle : locales.defaultLocale;
    const key = `embed:${id}:${locale}`;
    let page = id.length <= 64 ? deps.cache.get(key) : undefined;
    if (!page) {
      const renderedAt = deps.cache.generation;
      const found = id.length <= 64 ? await loadStory(id, locale) : undefined;
      if (!found) return site.sendError(request, reply, 'notFound', locale);
      const ctx = createViewContext(deps.locales, locale, deps.assets.urls, deps.publicUrl);
      page = await preparePage(200, `<!DOCTYPE html>${renderToString(<EmbedPage ctx={ctx} story={found.story} media={found.media} />)}`);
      deps.cache.set(key, page, [`doc:${id}`, `video:${found.media.video.id}`], renderedAt);
    }
    // The one page other sites may frame.
    reply.removeHeader('x-frame-options');
    reply
      .header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *")
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache');
    return sendPage(request, reply, page);
  });

  app.get('/oembed', async (request, reply) => oembed(request, reply));

  async function oembed(request: FastifyRequest, reply: FastifyReply) {
    const query = request.query as Record<string, unknown>;
    const refuse = (status: number, error: string) => reply.code(status).header('cache-control', 'no-store').send({ error });
    if (query.format !== undefined && query.format !== 'json') return refuse(501, 'only format=json is offered');
    const url = typeof query.url === 'string' ? query.url : '';
    if (!url.startsWith(`${deps.publicUrl}/`)) return refuse(404, 'url must be a story of this site');
    const target = parsePublicUrl(url.slice(deps.publicUrl.length), deps.locales.current());
    if (target.kind !== 'page') return refuse(404, 'url must be a story of this site');
    const doc = await content.reader.findByPath(target.locale, target.path, await readOptions());
    const found = doc ? await loadStory(doc.document.id, target.locale) : undefined;
    if (!found) return refuse(404, 'url must be a story with a video');
    const maxWidth = Number(query.maxwidth);
    const ratio = found.media.width && found.media.height ? found.media.height / found.media.width : 9 / 16;
    const width = Number.isFinite(maxWidth) && maxWidth >= 200 ? Math.min(EMBED_WIDTH, Math.floor(maxWidth)) : EMBED_WIDTH;
    const height = Math.round(width * ratio);
    const src = `${deps.publicUrl}/embed/${found.story.document.id}?subtitle=${target.locale}`;
    const title = found.story.translation.title;
    const html = `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" title="${escapeAttr(title)}" loading="lazy" allowfullscreen></iframe>`;
    return reply.header('cache-control', 'public, max-age=300').send({
      version: '1.0',
      type: 'video',
      provider_name: deps.locales.translate(target.locale, 'site.name'),
      provider_url: `${deps.publicUrl}/`,
      title,
      html,
      width,
      height,
      ...(found.media.poster ? { thumbnail_url: deps.publicUrl + found.media.poster } : {}),
    });
  }
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

import { renderToString } from 'preact-render-to-string';
import { findContentType, type ContentReader, type LocalizedDocument, type LocalizedSummary, type ReadOptions, type Translation } from '../../modules/content/index.ts';
import type { StoredFile } from '../../modules/files/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';
import type { VideoAsset, VideoFile } from '../../modules/video/index.ts';
import { loadReferences } from '../site/page-model.ts';
import type { SiteAssetUrls, SiteLocales } from '../site/views/view-context.ts';
import { createViewContext, pageHref, withTextLocale } from '../site/views/view-context.ts';
import { RichText } from '../site/views/rich-text.view.tsx';
import { buildStoryMedia, videoFileUrl } from '../site/story-media.ts';

/**
 * Turns what the content reader returns into the delivery API's JSON. Everything here is read
 * through the reader, so the API shows exactly what the site shows: published translations, or a
 * declared fallback when the policy says so.
 */
export interface DeliveryContext {
  readonly publicUrl: string;
  readonly assets: SiteAssetUrls;
  readonly locales: SiteLocales;
}

export function pageUrl(ctx: DeliveryContext, locale: LocaleCode, path: string): string {
  return `${ctx.publicUrl}${pageHref(ctx.locales.current(), locale, path)}`;
}

export function toPageSummary(ctx: DeliveryContext, doc: LocalizedSummary & { readonly path: string }) {
  return {
    id: doc.document.id,
    type: doc.document.type,
    locale: doc.locale,
    translationLocale: doc.translation.locale,
    isFallback: doc.isFallback,
    path: doc.path,
    url: pageUrl(ctx, doc.locale, doc.path),
    title: doc.translation.title,
    summary: doc.translation.summary,
    updatedAt: latest(doc.document.updatedAt, doc.translation.updatedAt),
  };
}

/** The whole page: text, its HTML as the site renders it, fields, alternates and breadcrumbs. */
export async function toPage(ctx: DeliveryContext, reader: ContentReader, page: LocalizedDocument & { readonly path: string }, options: ReadOptions) {
  const { document, translation, locale } = page;
  const [refs, ancestors, alternates] = await Promise.all([
    loadReferences(reader, [translation.body], locale, options),
    reader.listAncestorChain(document),
    reader.listAlternates(document.id, options),
  ]);
  const breadcrumbs = await reader.localizeSummaries(ancestors, locale, options);
  const view = createViewContext(ctx.locales, locale, ctx.assets, ctx.publicUrl);
  // A fallback's text is in its own language, its links in the reader's (as on the site).
  const html = renderToString(<RichText ctx={page.isFallback ? withTextLocale(view, translation.locale) : view} doc={translation.body} refs={refs} />);
  const chain = view.locales.chain(locale);
  return {
    ...toPageSummary(ctx, page),
    direction: view.locales.get(translation.locale).dir,
    fallback: page.isFallback
      ? { requestedLocale: locale, shownLocale: translation.locale, chain: chain.slice(0, chain.indexOf(translation.locale) + 1) }
      : null,
    body: translation.body,
    html,
    fields: { translatable: translation.fields, shared: document.fields },
    alternates: alternates.filter((a) => a.isTranslated).map((a) => ({ locale: a.locale, path: a.path, url: pageUrl(ctx, a.locale, a.path) })),
    breadcrumbs: breadcrumbs.flatMap((b) =>
      b.path === undefined ? [] : [{ id: b.document.id, title: b.translation.title, titleLocale: b.translation.locale, path: b.path, url: pageUrl(ctx, locale, b.path) }],
    ),
  };
}

/** A story's video as the player shows it: files, poster and the published caption tracks. */
export function toStoryVideo(ctx: DeliveryContext, page: LocalizedDocument, video: VideoAsset | undefined, translations: readonly Translation[]) {
  if (!video) return null;
  const media = buildStoryMedia(page.document, page.locale, page.translation, video, translations);
  const files: readonly VideoFile[] = video.renditions.length > 0 ? video.renditions : [video.original];
  const absolute = (url: string) => `${ctx.publicUrl}${url}`;
  return {
    status: video.status,
    durationMs: video.durationMs,
    width: media.width ?? null,
    height: media.height ?? null,
    poster: media.poster === undefined ? null : absolute(media.poster),
    renditions: files
      .filter((f): f is VideoFile & { kind: 'original' | '720p' | '360p' | 'audio' } => f.kind !== 'poster')
      .map((f) => ({ kind: f.kind, url: absolute(videoFileUrl(f)), mime: f.mime, width: f.width ?? null, height: f.height ?? null, bytes: f.bytes })),
    tracks: media.tracks.map((t) => ({ kind: t.kind, locale: t.locale, url: absolute(t.src), isDefault: t.isDefault })),
  };
}

export function hasPath<T extends { readonly path: string | undefined }>(doc: T): doc is T & { readonly path: string } {
  return doc.path !== undefined;
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}

/** A publication's files, one per locale with a published translation offering one, in the site's locale order (see site/files.routes.ts). */
export async function toDownloads(
  ctx: DeliveryContext & { readonly findFiles: (ids: readonly string[]) => Promise<StoredFile[]>; readonly reader: ContentReader },
  page: LocalizedDocument,
) {
  const fileFields = findContentType(page.document.type)?.translatableFields.filter((f) => f.kind === 'file') ?? [];
  if (fileFields.length === 0) return [];
  const translations = await ctx.reader.listPublishedTranslations([page.document.id]);
  const wanted = translations.flatMap((t) => fileFields.map((f) => t.fields[f.name]).filter((v): v is string => typeof v === 'string').map((id) => ({ locale: t.locale, id })));
  const files = new Map((await ctx.findFiles(wanted.map((w) => w.id))).map((f) => [f.id, f]));
  // In the site's order of locales, whatever order the database returns them in.
  const order = ctx.locales.current().allCodes;
  wanted.sort((a, b) => order.indexOf(a.locale) - order.indexOf(b.locale));
  return wanted.flatMap(({ locale, id }) => {
    const file = files.get(id);
    return file ? [{ locale, url: `${ctx.publicUrl}/media/files/${file.file}`, mime: file.mime, bytes: file.bytes }] : [];
  });
}

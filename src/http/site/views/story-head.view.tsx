import type { PageModel } from '../page-model.ts';
import { isoDuration, videoFileUrl } from '../story-media.ts';
import { pageHref, type ViewContext } from './view-context.ts';

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Open Graph video tags, JSON-LD VideoObject and oEmbed discovery for a story with a video, so a
 * shared link shows the poster and players and search engines find the file and its transcript.
 * The page's other Open Graph tags (type, title, url, image: the poster) come from SeoHead.
 */
export function StoryHead({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { media, page } = model;
  if (!media || page.path === undefined) return null;
  const url = ctx.publicUrl + ctx.href(ctx.locale, page.path);
  const poster = media.poster ? ctx.publicUrl + media.poster : undefined;
  const file = ctx.publicUrl + videoFileUrl(media.mainFile);
  const transcript =
    media.transcript?.kind === 'cues' ? media.transcript.lines.map((l) => l.text).join(' ') : media.transcript?.paragraphs.join('\n\n');
  const data = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: page.translation.title,
    description: page.translation.summary || page.translation.title,
    inLanguage: page.translation.locale,
    thumbnailUrl: poster ? [poster] : undefined,
    uploadDate: media.video.createdAt,
    duration: media.video.durationMs ? isoDuration(media.video.durationMs) : undefined,
    contentUrl: file,
    embedUrl: `${ctx.publicUrl}/embed/${page.document.id}?subtitle=${ctx.locale}`,
    transcript,
  };
  return (
    <>
      <meta property="og:video" content={file} />
      <meta property="og:video:type" content={media.mainFile.mime} />
      {media.width ? <meta property="og:video:width" content={String(media.width)} /> : null}
      {media.height ? <meta property="og:video:height" content={String(media.height)} /> : null}
      <link rel="alternate" type="application/json+oembed" href={`${ctx.publicUrl}/oembed?format=json&url=${encodeURIComponent(url)}`} title={page.translation.title} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
    </>
  );
}

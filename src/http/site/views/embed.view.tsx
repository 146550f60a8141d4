import type { LocalizedDocument } from '../../../modules/content/index.ts';
import type { StoryMedia } from '../story-media.ts';
import { VideoPlayer } from './player.view.tsx';
import { fontStylesheetFor, pageHref, type ViewContext } from './view-context.ts';

/** The embeddable player: the video, its tracks and a link back to the story, nothing else. */
export function EmbedPage({ ctx, story, media }: { ctx: ViewContext; story: LocalizedDocument; media: StoryMedia }) {
  const href = ctx.publicUrl + ctx.href(ctx.locale, story.path ?? '');
  const fontStylesheet = fontStylesheetFor(ctx.assets, ctx.locale);
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{story.translation.title}</title>
        <link rel="stylesheet" href={ctx.assets.stylesheet} />
        {fontStylesheet ? <link rel="stylesheet" href={fontStylesheet} /> : null}
        <link rel="canonical" href={href} />
        <script src={ctx.assets.playerScript} defer />
      </head>
      <body class="embed">
        <main>
          <VideoPlayer ctx={ctx} media={media} title={story.translation.title} />
          <p class="embed__link">
            <a href={href} target="_blank" rel="noopener">{ctx.t('embed.watchOn', { title: story.translation.title })}</a>
          </p>
        </main>
      </body>
    </html>
  );
}

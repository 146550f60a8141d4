import { formatBytes, languageName } from '../format.ts';
import { clockTime, isoDuration, type StoryMedia, type TranscriptView } from '../story-media.ts';
import { langAttrs, type ViewContext } from './view-context.ts';

/**
 * The native player: poster until play, nothing downloaded before (preload="none"), never
 * autoplaying, captions in the page's language on by default, the light rendition first on small
 * screens. Browsers give it keyboard controls; the player script adds the transcript's links.
 */
export function VideoPlayer({ ctx, media, title }: { ctx: ViewContext; media: StoryMedia; title: string }) {
  return (
    <figure class="player">
      <video
        class="player__video"
        controls
        preload="none"
        playsInline
        poster={media.poster}
        width={media.width}
        height={media.height}
        aria-label={title}
        data-player=""
        data-light={media.sources.find((s) => s.media)?.src}
      >
        {media.sources.map((source) => (
          <source src={source.src} type={source.type} media={source.media} />
        ))}
        {media.tracks.map((track) => (
          <track
            kind={track.kind}
            srclang={track.locale}
            src={track.src}
            label={
              track.kind === 'captions'
                ? languageName(ctx.locale, track.locale)
                : ctx.t('story.descriptionsTrack', { language: languageName(ctx.locale, track.locale) })
            }
            default={track.isDefault}
          />
        ))}
        <p>{ctx.t('story.noVideoSupport')}</p>
      </video>
      {media.video.durationMs ? (
        <figcaption class="player__meta">{ctx.t('story.duration', { duration: clockTime(media.video.durationMs) })}</figcaption>
      ) : null}
    </figure>
  );
}

/** Download links with their sizes, captions included, for viewers who watch offline. */
export function Downloads({ ctx, media }: { ctx: ViewContext; media: StoryMedia }) {
  return (
    <section class="downloads" aria-labelledby="downloads">
      <h2 id="downloads">{ctx.t('story.downloads')}</h2>
      <ul>
        {media.downloads.map((d) => (
          <li>
            <a href={d.href} download="">
              {ctx.t(`story.download.${d.kind === 'poster' ? 'original' : d.kind}`, { size: formatBytes(ctx.locale, d.bytes) })}
            </a>
          </li>
        ))}
        {media.tracks
          .filter((t) => t.kind === 'captions')
          .map((t) => (
            <li>
              <a href={t.src} download="" hreflang={t.locale}>
                {ctx.t('story.download.captions', { language: languageName(ctx.locale, t.locale) })}
              </a>
            </li>
          ))}
      </ul>
    </section>
  );
}

/**
 * The transcript under the video: readable without script; with it, each line's time becomes a
 * button that plays from there and the line being spoken is highlighted.
 */
export function Transcript({ ctx, transcript }: { ctx: ViewContext; transcript: TranscriptView | undefined }) {
  return (
    <section class="transcript" aria-labelledby="transcript">
      <h2 id="transcript">{ctx.t('story.transcript')}</h2>
      {!transcript ? (
        <p>{ctx.t('story.noTranscript')}</p>
      ) : transcript.kind === 'edited' ? (
        <>
          <p class="transcript__note">{ctx.t('story.transcriptEdited')}</p>
          {transcript.paragraphs.map((p) => (
            <p {...langAttrs(ctx, transcript.locale, ctx.locale)}>{p}</p>
          ))}
        </>
      ) : (
        <>
          {transcript.locale !== ctx.locale ? <p>{ctx.t('story.noTranscript')}</p> : null}
          <p class="transcript__note">{ctx.t('story.transcriptNote', { language: languageName(ctx.locale, transcript.locale) })}</p>
          <ol class="transcript__lines" data-transcript="" data-seek-label={ctx.t('story.seek', { time: '{time}' })}>
            {transcript.lines.map((line) => (
              <li class="transcript__line" data-start={(line.startMs / 1000).toFixed(3)} data-end={(line.endMs / 1000).toFixed(3)}>
                <time class="transcript__time" dir="ltr" datetime={isoDuration(line.startMs)}>{clockTime(line.startMs)}</time> <span class="transcript__text" {...langAttrs(ctx, transcript.locale, ctx.locale)}>{line.text}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

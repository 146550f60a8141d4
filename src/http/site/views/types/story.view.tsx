import { countryName, formatList } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { HeroImage } from '../picture.view.tsx';
import { Downloads, Transcript, VideoPlayer } from '../player.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { ShareLinks } from '../share.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/**
 * One person's or group's story: the video with its captions and transcript (or the picture),
 * where they come from and live now, in their words, and the ways to pass it on.
 */
export function StoryView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const quote = translation.fields.pullQuote ? String(translation.fields.pullQuote) : undefined;
  const credits = translation.fields.credits ? String(translation.fields.credits) : undefined;
  const people = typeof document.fields.people === 'string' ? document.fields.people : undefined;
  const themes = Array.isArray(document.fields.themes) ? document.fields.themes.filter((t): t is string => typeof t === 'string') : [];
  const campaign = model.campaign;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const hashtag = campaign?.translation.fields.hashtag ? String(campaign.translation.fields.hashtag) : undefined;
  const { media } = model;
  const url = ctx.publicUrl + ctx.href(ctx.locale, model.page.path ?? '');
  return (
    <article class="page story">
      <header class="page__header">
        {campaign && campaign.path !== undefined ? (
          <p class="kicker" {...langAttrs(ctx, campaign.translation.locale, ctx.locale)}>
            <a href={ctx.href(ctx.linkLocale, campaign.path)}>{campaign.translation.title}</a>
          </p>
        ) : null}
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      {media ? (
        <VideoPlayer ctx={ctx} media={media} title={translation.title} />
      ) : (
        <HeroImage image={image} locale={translation.locale} fallbackAlt={String(translation.fields.imageAlt ?? '')} />
      )}
      <dl class="meta meta--inline" aria-label={ctx.t('story.facts')}>
        {people ? (
          <div class="meta__row">
            <dt>{ctx.t('story.people')}</dt>
            <dd>{people}</dd>
          </div>
        ) : null}
        <div class="meta__row">
          <dt>{ctx.t('story.origin')}</dt>
          <dd>{countryName(ctx.locale, String(document.fields.originCountry))}</dd>
        </div>
        <div class="meta__row">
          <dt>{ctx.t('story.residence')}</dt>
          <dd>{countryName(ctx.locale, String(document.fields.residenceCountry))}</dd>
        </div>
        {themes.length > 0 ? (
          <div class="meta__row">
            <dt>{ctx.t('story.themes')}</dt>
            <dd>{formatList(ctx.locale, themes.map((theme) => ctx.t(`theme.${theme}` as 'theme.work')))}</dd>
          </div>
        ) : null}
      </dl>
      {quote ? (
        <blockquote class="pull-quote">
          <p>{quote}</p>
        </blockquote>
      ) : null}
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      {media ? <Transcript ctx={ctx} transcript={media.transcript} /> : null}
      {credits ? <p class="credits">{ctx.t('story.credits', { credits })}</p> : null}
      {media ? <Downloads ctx={ctx} media={media} /> : null}
      <ShareLinks
        ctx={ctx}
        url={url}
        title={translation.title}
        hashtag={hashtag}
        embedUrl={media ? `/embed/${document.id}?subtitle=${ctx.locale}` : undefined}
      />
      <CardList ctx={ctx} docs={model.related} headingId="related" heading={ctx.t('story.related')} images={model.images} />
    </article>
  );
}

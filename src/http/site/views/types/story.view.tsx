import { countryName } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** One person's or group's story: where they come from, where they live now, in their words. */
export function StoryView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const quote = translation.fields.pullQuote ? String(translation.fields.pullQuote) : undefined;
  const credits = translation.fields.credits ? String(translation.fields.credits) : undefined;
  const campaign = model.campaign;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const hashtag = campaign?.translation.fields.hashtag ? String(campaign.translation.fields.hashtag) : undefined;
  return (
    <article class="page story">
      <header class="page__header">
        {campaign && campaign.path !== undefined ? (
          <p class="kicker" {...langAttrs(campaign.translation.locale, ctx.locale)}>
            <a href={pageHref(ctx.linkLocale, campaign.path)}>{campaign.translation.title}</a>
          </p>
        ) : null}
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <HeroImage image={image} locale={translation.locale} fallbackAlt={String(translation.fields.imageAlt ?? '')} />
      <dl class="meta meta--inline" aria-label={ctx.t('story.facts')}>
        <div class="meta__row">
          <dt>{ctx.t('story.origin')}</dt>
          <dd>{countryName(ctx.locale, String(document.fields.originCountry))}</dd>
        </div>
        <div class="meta__row">
          <dt>{ctx.t('story.residence')}</dt>
          <dd>{countryName(ctx.locale, String(document.fields.residenceCountry))}</dd>
        </div>
      </dl>
      {quote ? (
        <blockquote class="pull-quote">
          <p>{quote}</p>
        </blockquote>
      ) : null}
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      {credits ? <p class="credits">{ctx.t('story.credits', { credits })}</p> : null}
      {hashtag ? (
        <p class="hashtag" {...langAttrs(campaign!.translation.locale, ctx.locale)}>
          {hashtag}
        </p>
      ) : null}
    </article>
  );
}

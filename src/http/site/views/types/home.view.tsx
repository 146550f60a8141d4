import type { LocalizedSummary } from '../../../../modules/content/index.ts';
import { formatDate } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { Picture } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, type ViewContext } from '../view-context.ts';
import { SHARE_STORY_PATH } from './campaign.view.tsx';

/**
 * The home page: a hero with the current campaign and its call to action, the key figures, the
 * latest statements and stories, the top sections, and ways to act. All of it comes from content:
 * the home document's fields and the model's reads (see home-content.ts).
 */
export function HomeView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const home = model.home;
  const campaign = home?.campaign;
  const imageFor = (doc: LocalizedSummary) => home?.cardImages.get(doc.document.id);
  const kindFor = (doc: LocalizedSummary) =>
    doc.document.type === 'statement' ? ctx.t('home.kind.statement') : doc.document.type === 'story' ? ctx.t('home.kind.story') : undefined;
  return (
    <article class="home">
      <section class={image ? 'home-hero home-hero--image' : 'home-hero'} aria-labelledby="home-title">
        <div class="home-hero__intro">
          <h1 id="home-title">{ctx.t('site.name')}</h1>
          {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        </div>
        {image ? (
          <div class="home-hero__image">
            <Picture image={image} alt={image.alt[translation.locale] ?? ''} sizes="(min-width: 60em) 36rem, 100vw" lead />
          </div>
        ) : null}
        {campaign && campaign.path !== undefined ? (
          <div class="home-hero__campaign" {...langAttrs(ctx, campaign.translation.locale, ctx.locale)}>
            {typeof campaign.document.fields.date === 'string' ? (
              <p class="kicker">
                <time datetime={campaign.document.fields.date}>
                  {ctx.t('campaign.date', { date: formatDate(ctx.locale, campaign.document.fields.date) })}
                </time>
              </p>
            ) : null}
            <h2 class="home-hero__campaign-title">{campaign.translation.title}</h2>
            {campaign.translation.fields.themeTitle ? <p>{String(campaign.translation.fields.themeTitle)}</p> : null}
            {campaign.translation.fields.hashtag ? <p class="hashtag">{String(campaign.translation.fields.hashtag)}</p> : null}
            <p class="home-hero__cta">
              <a class="button button--on-accent" href={ctx.href(ctx.linkLocale, campaign.path)}>
                {ctx.t('home.campaignLink')}
                <span class="visually-hidden"> ({campaign.translation.title})</span>
              </a>
            </p>
          </div>
        ) : null}
      </section>
      <div class="home-figures">
        <FactList ctx={ctx} facts={model.facts} headingId="key-figures" />
      </div>
      <div class="home__intro">
        <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      </div>
      <CardList
        ctx={ctx}
        docs={home?.latest ?? []}
        headingId="latest"
        featured
        heading={ctx.t('home.latest')}
        images={model.images}
        imageFor={imageFor}
        kindFor={kindFor}
      />
      <CardList
        ctx={ctx}
        docs={home?.sections ?? []}
        headingId="sections"
        heading={ctx.t('home.sections')}
        images={model.images}
        imageFor={imageFor}
        featured
      />
      <section class="home-actions" aria-labelledby="home-actions">
        <h2 id="home-actions">{ctx.t('home.actions')}</h2>
        <ul class="home-actions__list">
          <li class="home-actions__item home-actions__item--primary">
            <p>{ctx.t('home.shareStoryText')}</p>
            <p>
              <a class="button" href={ctx.href(ctx.linkLocale, SHARE_STORY_PATH)}>{ctx.t('campaign.shareStory')}</a>
            </p>
          </li>
          {(home?.actions ?? []).map((action) => (
            <li class="home-actions__item">
              <h3 class="home-actions__title" {...langAttrs(ctx, action.translation.locale, ctx.locale)}>
                <a href={ctx.href(ctx.linkLocale, action.path ?? '')}>{action.translation.title}</a>
              </h3>
              {action.translation.summary ? (
                <p {...langAttrs(ctx, action.translation.locale, ctx.locale)}>{action.translation.summary}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

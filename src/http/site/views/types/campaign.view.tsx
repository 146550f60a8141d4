import { formatDate } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { isFiltered } from '../../story-list.ts';
import { StoryList } from '../story-list.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** Path of the story submission form in every locale. */
export const SHARE_STORY_PATH = 'share-your-story';

/** A campaign hub: the day, its theme and hashtag, key figures, the message, the stories, what to do. */
export function CampaignView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const date = String(document.fields.date ?? '');
  const theme = translation.fields.themeTitle ? String(translation.fields.themeTitle) : undefined;
  const hashtag = translation.fields.hashtag ? String(translation.fields.hashtag) : undefined;
  const { statement, storyList } = model;
  const filtered = storyList ? isFiltered(storyList.filter) || storyList.filter.page > 1 : false;
  return (
    <article class="page campaign">
      <header class="page__header campaign__header">
        {date ? (
          <p class="kicker">
            <time datetime={date}>{ctx.t('campaign.date', { date: formatDate(ctx.locale, date) })}</time>
          </p>
        ) : null}
        <h1>{translation.title}</h1>
        {theme ? <p class="campaign__theme">{theme}</p> : null}
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        {hashtag ? <p class="hashtag">{ctx.t('campaign.hashtag', { hashtag })}</p> : null}
      </header>
      <HeroImage image={typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined} locale={translation.locale} />
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      <FactList ctx={ctx} facts={model.facts} headingId="key-figures" />
      {filtered ? null : <CardList ctx={ctx} docs={model.related} headingId="featured" heading={ctx.t('campaign.featured')} images={model.images} />}
      {storyList && model.page.path !== undefined ? <StoryList ctx={ctx} list={storyList} path={model.page.path} images={model.images} /> : null}
      {statement && statement.path !== undefined ? (
        <section class="cards" aria-labelledby="statement">
          <h2 id="statement">{ctx.t('campaign.statement')}</h2>
          <div class="card card--wide">
            <h3 class="card__title" {...langAttrs(ctx, statement.translation.locale, ctx.locale)}>
              <a href={ctx.href(ctx.linkLocale, statement.path)}>{statement.translation.title}</a>
            </h3>
            {statement.translation.summary ? (
              <p class="card__summary" {...langAttrs(ctx, statement.translation.locale, ctx.locale)}>
                {statement.translation.summary}
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
      <section class="actions" aria-labelledby="actions">
        <h2 id="actions">{ctx.t('campaign.actions')}</h2>
        <div class="callout">
          <p>{ctx.t('campaign.shareStoryText', { hashtag: hashtag ?? '' })}</p>
          <p>
            <a class="button" href={ctx.href(ctx.linkLocale, SHARE_STORY_PATH)}>{ctx.t('campaign.shareStory')}</a>
          </p>
        </div>
        {model.actions.length > 0 ? (
          <ul class="actions__list">
            {model.actions.map((action) => (
              <li>
                <a href={ctx.href(ctx.linkLocale, action.path ?? '')} {...langAttrs(ctx, action.translation.locale, ctx.locale)}>
                  {action.translation.title}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}

import { formatDate } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** A campaign hub: the day, its theme and hashtag, key figures, the message and the stories. */
export function CampaignView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const date = String(document.fields.date ?? '');
  const theme = translation.fields.themeTitle ? String(translation.fields.themeTitle) : undefined;
  const hashtag = translation.fields.hashtag ? String(translation.fields.hashtag) : undefined;
  const { statement } = model;
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
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      <FactList ctx={ctx} facts={model.facts} headingId="key-figures" />
      <CardList ctx={ctx} docs={model.stories} headingId="stories" heading={ctx.t('campaign.stories')} images={model.images} />
      {statement && statement.path !== undefined ? (
        <section class="cards" aria-labelledby="statement">
          <h2 id="statement">{ctx.t('campaign.statement')}</h2>
          <div class="card card--wide" {...langAttrs(statement.translation.locale, ctx.locale)}>
            <h3 class="card__title">
              <a href={pageHref(ctx.linkLocale, statement.path)}>{statement.translation.title}</a>
            </h3>
            {statement.translation.summary ? <p class="card__summary">{statement.translation.summary}</p> : null}
          </div>
        </section>
      ) : null}
    </article>
  );
}

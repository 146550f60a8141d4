import { formatDate } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** A statement or news item, signed with the speaker's role as it was on the day. */
export function StatementView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const deliveredAt = String(document.fields.deliveredAt ?? '');
  const role = translation.fields.speakerRole ? String(translation.fields.speakerRole) : undefined;
  const place = translation.fields.place ? String(translation.fields.place) : undefined;
  return (
    <article class="page statement">
      <header class="page__header">
        {model.campaign && model.campaign.path !== undefined ? (
          <p class="kicker" {...langAttrs(ctx, model.campaign.translation.locale, ctx.locale)}>
            <a href={ctx.href(ctx.linkLocale, model.campaign.path)}>{model.campaign.translation.title}</a>
          </p>
        ) : null}
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        <p class="byline">
          {model.speaker ? (
            <span class="byline__speaker">
              {role
                ? ctx.t('statement.by', { name: model.speaker.translation.title, role })
                : model.speaker.translation.title}
            </span>
          ) : null}
          {deliveredAt ? (
            <span class="byline__date">
              {ctx.t('statement.delivered', { date: formatDate(ctx.locale, deliveredAt) })}
            </span>
          ) : null}
          {place ? <span class="byline__place">{ctx.t('statement.place', { place })}</span> : null}
        </p>
      </header>
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
    </article>
  );
}

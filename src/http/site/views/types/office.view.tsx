import type { PageModel } from '../../page-model.ts';
import { OfficeChart } from '../org-chart.view.tsx';
import { HeadRow } from '../portrait.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** An organisational unit: who leads it, where it sits in the chart, what it does. */
export function OfficeView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation } = model.page;
  const { head, parentOffice } = model;
  return (
    <article class="page office">
      <header class="page__header">
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <dl class="meta">
        {head ? <HeadRow ctx={ctx} label={ctx.t('office.head')} head={head} images={model.images} /> : null}
        {parentOffice && parentOffice.path !== undefined ? (
          <div class="meta__row">
            <dt>{ctx.t('office.reportsTo')}</dt>
            <dd {...langAttrs(ctx, parentOffice.translation.locale, ctx.locale)}>
              <a href={ctx.href(ctx.linkLocale, parentOffice.path)}>{parentOffice.translation.title}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      <OfficeChart ctx={ctx} nodes={model.offices} images={model.images} headingKey="office.units" />
    </article>
  );
}

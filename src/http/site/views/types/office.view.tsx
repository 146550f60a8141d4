import type { PageModel } from '../../page-model.ts';
import { RichText } from '../rich-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';
import { OfficeChart } from './page.view.tsx';

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
        {head ? (
          <div class="meta__row">
            <dt>{ctx.t('office.head')}</dt>
            <dd {...langAttrs(ctx, head.translation.locale, ctx.locale)}>
              <span class="person__name">{head.translation.title}</span>
              {head.translation.fields.role ? <span class="person__role">{String(head.translation.fields.role)}</span> : null}
            </dd>
          </div>
        ) : null}
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
      <OfficeChart ctx={ctx} nodes={model.offices} headingKey="office.units" />
    </article>
  );
}

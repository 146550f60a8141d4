import { formatDate, formatFactValue } from '../format.ts';
import type { FactView } from '../page-model.ts';
import { langAttrs, type ViewContext } from './view-context.ts';

/** Key figures, each with its value in the reader's number format, its date and its source. */
export function FactList({ ctx, facts, headingId }: { ctx: ViewContext; facts: readonly FactView[]; headingId: string }) {
  if (facts.length === 0) return null;
  return (
    <section class="facts" aria-labelledby={headingId}>
      <h2 id={headingId}>{ctx.t('facts.heading')}</h2>
      <ul class="facts__list">
        {facts.map((fact) => (
          <li class="fact">
            <p class="fact__value">{formatFactValue(ctx.locale, fact.value, fact.unit)}</p>
            <p class="fact__label" {...langAttrs(ctx, fact.labelLocale, ctx.locale)}>
              {fact.label}
            </p>
            <p class="fact__source">
              <a href={fact.sourceUrl}>
                {ctx.t('facts.source', { source: fact.source, date: formatDate(ctx.locale, fact.asOf) })}
              </a>
            </p>
            {fact.dataset ? (
              <p class="fact__dataset">
                <a href={ctx.href(ctx.linkLocale, fact.dataset.path)} {...langAttrs(ctx, fact.dataset.locale, ctx.locale)}>
                  {ctx.t('facts.dataset')}
                  <span class="visually-hidden"> ({fact.dataset.title})</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

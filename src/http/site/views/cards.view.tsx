import type { LocalizedDocument } from '../../../modules/content/index.ts';
import { langAttrs, pageHref, type ViewContext } from './view-context.ts';

/** A list of links to other pages, each with its summary; used for sections, stories, children. */
export function CardList({
  ctx,
  docs,
  headingId,
  heading,
  linkLabel,
}: {
  ctx: ViewContext;
  docs: readonly LocalizedDocument[];
  headingId: string;
  heading: string;
  linkLabel?: string;
}) {
  const visible = docs.filter((d) => d.path !== undefined);
  if (visible.length === 0) return null;
  return (
    <section class="cards" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul class="cards__list">
        {visible.map((doc) => (
          <li class="card" {...langAttrs(doc.translation.locale, ctx.locale)}>
            <h3 class="card__title">
              <a href={pageHref(ctx.linkLocale, doc.path ?? '')}>{doc.translation.title}</a>
            </h3>
            {doc.translation.summary ? <p class="card__summary">{doc.translation.summary}</p> : null}
            {linkLabel ? <p class="card__more" aria-hidden="true">{linkLabel}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

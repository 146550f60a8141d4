import type { LocalizedSummary } from '../../../modules/content/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { Picture } from './picture.view.tsx';
import { langAttrs, pageHref, type ViewContext } from './view-context.ts';

/** A list of links to other pages, each with its summary; used for sections, stories, children. */
export function CardList({
  ctx,
  docs,
  headingId,
  heading,
  linkLabel,
  images,
}: {
  ctx: ViewContext;
  docs: readonly LocalizedSummary[];
  headingId: string;
  heading: string;
  linkLabel?: string;
  /** Images of the cards' documents; a card image is decorative, its title says what it is. */
  images?: ReadonlyMap<string, ImageAsset>;
}) {
  const visible = docs.filter((d) => d.path !== undefined);
  if (visible.length === 0) return null;
  return (
    <section class="cards" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul class="cards__list">
        {visible.map((doc) => (
          <li class="card">
            {typeof doc.document.fields.image === 'string' && images?.get(doc.document.fields.image) ? (
              <div class="card__image">
                <Picture
                  image={images.get(doc.document.fields.image)!}
                  alt=""
                  sizes="(min-width: 60em) 22rem, (min-width: 36em) 45vw, 100vw"
                />
              </div>
            ) : null}
            <h3 class="card__title" {...langAttrs(ctx, doc.translation.locale, ctx.locale)}>
              <a href={ctx.href(ctx.linkLocale, doc.path ?? '')}>{doc.translation.title}</a>
            </h3>
            {doc.translation.summary ? (
              <p class="card__summary" {...langAttrs(ctx, doc.translation.locale, ctx.locale)}>
                {doc.translation.summary}
              </p>
            ) : null}
            {linkLabel ? <p class="card__more" aria-hidden="true">{linkLabel}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

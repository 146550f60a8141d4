import type { LocalizedSummary } from '../../../modules/content/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { Picture } from './picture.view.tsx';
import { langAttrs, type ViewContext } from './view-context.ts';

/** A list of links to other pages, each with its summary; used for sections, stories, children. */
export function CardList({
  ctx,
  docs,
  headingId,
  heading,
  linkLabel,
  images,
  imageFor = (doc) => (typeof doc.document.fields.image === 'string' ? doc.document.fields.image : undefined),
  kindFor,
  featured = false,
}: {
  ctx: ViewContext;
  docs: readonly LocalizedSummary[];
  headingId: string;
  heading: string;
  linkLabel?: string;
  /** Images of the cards' documents; a card image is decorative, its title says what it is. */
  images?: ReadonlyMap<string, ImageAsset>;
  /** Which image a card shows, by image id (its document's own by default). */
  imageFor?: (doc: LocalizedSummary) => string | undefined;
  /** A short word above the title saying what the card links to ("Statement"). */
  kindFor?: (doc: LocalizedSummary) => string | undefined;
  /** The first card spans two columns on wide screens, so five cards fill two rows of three. */
  featured?: boolean;
}) {
  const visible = docs.filter((d) => d.path !== undefined);
  if (visible.length === 0) return null;
  return (
    <section class="cards" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul class={featured ? 'cards__list cards__list--featured' : 'cards__list'}>
        {visible.map((doc, index) => {
          const imageId = imageFor(doc);
          const image = imageId ? images?.get(imageId) : undefined;
          const kind = kindFor?.(doc);
          return (
            <li class={image ? 'card card--image' : 'card'}>
              {image ? (
                <div class="card__image">
                  <Picture
                    image={image}
                    alt=""
                    sizes={
                      featured && index === 0
                        ? '(min-width: 60em) 44rem, 100vw'
                        : '(min-width: 60em) 22rem, (min-width: 36em) 45vw, 100vw'
                    }
                  />
                </div>
              ) : null}
              {kind ? <p class="card__kind">{kind}</p> : null}
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
          );
        })}
      </ul>
    </section>
  );
}

import type { LocalizedDocument } from '../../../modules/content/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { Picture } from './picture.view.tsx';
import { langAttrs, type ViewContext } from './view-context.ts';

/**
 * A person's portrait, cropped square in a round frame; a person without one (or whose image is gone)
 * gets their initials in a circle drawn in CSS, never a stock photo.
 *
 * Both are hidden from assistive technology (alt="" and aria-hidden): every place that shows a portrait
 * writes the person's name as text right beside it, so an alt text would only make a screen reader say
 * the name twice (WAI images tutorial, "decorative images": an image next to text that says the same).
 * The descriptions stored on the image, in each locale, serve where a portrait stands alone.
 */
export function Portrait({
  person,
  images,
  sizes,
  eager = false,
  class: className,
}: {
  person: LocalizedDocument;
  images: ReadonlyMap<string, ImageAsset>;
  /** The frame's rendered width, for the browser's choice among the renditions (e.g. "4rem"). */
  sizes: string;
  eager?: boolean;
  class: string;
}) {
  const id = person.document.fields.portrait;
  const image = typeof id === 'string' ? images.get(id) : undefined;
  if (!image) {
    return (
      <span class={`${className} ${className}--initials`} aria-hidden="true">
        {initialsOf(person.translation.title)}
      </span>
    );
  }
  return (
    <span class={className}>
      <Picture image={image} alt="" sizes={sizes} eager={eager} />
    </span>
  );
}

export function initialsOf(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  const firstLetter = (word: string) => [...new Intl.Segmenter().segment(word)][0]?.segment ?? '';
  // Han names are written without spaces: their first character stands for the whole name.
  if (words.length === 1 || /^\p{Script=Han}/u.test(name)) return firstLetter(words[0] ?? '');
  // Arabic letters would join into a word; a zero-width non-joiner keeps them apart as initials.
  const joiner = /^\p{Script=Arabic}/u.test(name) ? '\u200c' : '';
  return firstLetter(words[0]!) + joiner + firstLetter(words[words.length - 1]!);
}

/**
 * A row of a page's facts naming the person who leads it (an office, a country office): the portrait,
 * the name and the role. Near the top of the page, so the portrait is not lazy.
 */
export function HeadRow({ ctx, label, head, images }: { ctx: ViewContext; label: string; head: LocalizedDocument; images: ReadonlyMap<string, ImageAsset> }) {
  return (
    <div class="meta__row">
      <dt>{label}</dt>
      <dd class="person" {...langAttrs(ctx, head.translation.locale, ctx.locale)}>
        <Portrait person={head} images={images} sizes="5rem" eager class="person__portrait" />
        <span class="person__text">
          <span class="person__name">{head.translation.title}</span>
          {head.translation.fields.role ? <span class="person__role">{String(head.translation.fields.role)}</span> : null}
        </span>
      </dd>
    </div>
  );
}

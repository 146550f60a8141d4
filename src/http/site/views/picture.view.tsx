import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { ImageAsset, ImageFormat } from '../../../modules/media/index.ts';
import { focusStep } from './focus-step.ts';

/**
 * A responsive image: AVIF, then WebP, then JPEG, each at several widths; width and height are
 * given so the browser reserves the space before the bytes arrive.
 */
export function Picture({
  image,
  alt,
  sizes,
  eager = false,
  lead = false,
}: {
  image: ImageAsset;
  alt: string;
  sizes: string;
  /** Loaded at once rather than when scrolled near: it is in the first screen. */
  eager?: boolean;
  /** The picture a page leads with, likely its largest paint: fetched before other images. */
  lead?: boolean;
}) {
  const srcset = (format: ImageFormat) =>
    image.variants
      .filter((v) => v.format === format)
      .sort((a, b) => a.width - b.width)
      .map((v) => `/media/${v.file} ${v.width}w`)
      .join(', ');
  const jpegs = image.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const fallback = jpegs.find((v) => v.width >= 800) ?? jpegs[jpegs.length - 1];
  if (!fallback) return null;
  return (
    <picture>
      <source type="image/avif" srcset={srcset('avif')} sizes={sizes} />
      <source type="image/webp" srcset={srcset('webp')} sizes={sizes} />
      <img
        src={`/media/${fallback.file}`}
        srcset={srcset('jpeg')}
        sizes={sizes}
        width={fallback.width}
        height={fallback.height}
        alt={alt}
        class={focusClass(image)}
        loading={eager || lead ? undefined : 'lazy'}
        fetchpriority={lead ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/** The image a page leads with, described in the language of the text around it. */
export function HeroImage({ image, locale, fallbackAlt = '' }: { image: ImageAsset | undefined; locale: LocaleCode; fallbackAlt?: string }) {
  if (!image) return null;
  return (
    <figure class="story__image">
      <Picture image={image} alt={image.alt[locale] ?? fallbackAlt} sizes="(min-width: 54rem) 50rem, 100vw" lead />
    </figure>
  );
}

/**
 * Where a crop centres: the focal point rounded to quarters, as two classes the stylesheet turns
 * into object-position (the Content-Security-Policy allows no inline style).
 */
export function focusClass(image: Pick<ImageAsset, 'focalPoint'>): string {
  return `fx-${focusStep(image.focalPoint.x)} fy-${focusStep(image.focalPoint.y)}`;
}

import type { ImageAsset, ImageFormat } from '../../../modules/media/index.ts';

/**
 * A responsive image: AVIF, then WebP, then JPEG, each at several widths; width and height are
 * given so the browser reserves the space before the bytes arrive.
 */
export function Picture({ image, alt, sizes, eager = false }: { image: ImageAsset; alt: string; sizes: string; eager?: boolean }) {
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
        loading={eager ? undefined : 'lazy'}
        decoding="async"
      />
    </picture>
  );
}

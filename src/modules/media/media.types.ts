export type ImageFormat = 'avif' | 'webp' | 'jpeg';

/** One stored rendition of an image: a file in the media folder, named by its content. */
export interface ImageVariant {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly file: string;
  readonly bytes: number;
}

/** An image with its responsive variants; its per-locale alt text lives with the content using it. */
export interface ImageAsset {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly variants: readonly ImageVariant[];
  readonly createdAt: string;
}

/** The image work media needs, so sharp stays behind one small port. */
export interface ImageProcessor {
  /** Pixel size after applying the orientation the file declares. @throws on a file that is not an image */
  measure(input: Buffer): Promise<{ width: number; height: number }>;
  /** One rendition at `width`, without metadata (EXIF, GPS). */
  encode(input: Buffer, width: number, format: ImageFormat): Promise<Buffer>;
}

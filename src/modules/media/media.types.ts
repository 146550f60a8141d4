import type { LocaleCode } from '../locales/index.ts';

export type ImageFormat = 'avif' | 'webp' | 'jpeg';

/** What the first bytes of an uploaded file say it is; only these are accepted. */
export type SourceType = 'jpeg' | 'png' | 'webp' | 'avif' | 'heif' | 'gif';

/** One stored rendition of an image: a file in the media folder, named by its content. */
export interface ImageVariant {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly file: string;
  readonly bytes: number;
}

/** Where the subject of the picture is, as fractions of its width and height (0–1); crops keep it in view. */
export interface FocalPoint {
  readonly x: number;
  readonly y: number;
}

/** Alternative text per locale; a locale without an entry has none yet. */
export type AltTexts = Readonly<Partial<Record<LocaleCode, string>>>;

/** An image with its responsive variants, its alt text per locale and its focal point. */
export interface ImageAsset {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly variants: readonly ImageVariant[];
  readonly createdAt: string;
  /** The uploader's file name, cleaned for display only: never a path, never used to store anything. */
  readonly displayName: string;
  /** Sniffed type and size of the uploaded file (not kept); null for images made by the application. */
  readonly sourceType: SourceType | null;
  readonly sourceBytes: number | null;
  readonly focalPoint: FocalPoint;
  readonly alt: AltTexts;
}

/** Details an editor changes after upload; a locale given an empty text loses its alt text. */
export interface ImageDetailsInput {
  readonly focalPoint?: FocalPoint;
  readonly alt?: AltTexts;
}

export interface MediaLimits {
  /** Largest upload accepted, in bytes. */
  readonly maxUploadBytes: number;
  /** Largest image accepted, in pixels (width × height), checked before any pixel is decoded. */
  readonly maxPixels: number;
}

/** A file the processor reads: bytes in memory, or the path of a file on disk. */
export type ImageInput = Buffer | string;

/** The image work media needs, so sharp stays behind one small port. */
export interface ImageProcessor {
  /** Pixel size after applying the orientation the file declares. @throws on a file that is not an image */
  measure(input: ImageInput): Promise<{ width: number; height: number }>;
  /** Decodes every pixel once. @throws on a truncated or corrupt file */
  verify(input: ImageInput): Promise<void>;
  /** One rendition at `width`, without metadata (EXIF, GPS). */
  encode(input: ImageInput, width: number, format: ImageFormat): Promise<Buffer>;
}

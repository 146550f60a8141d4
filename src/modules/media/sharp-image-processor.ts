import type { Sharp } from 'sharp';
import type { ImageFormat, ImageProcessor } from './media.types.ts';

// Limits keep a hostile file from exhausting memory: 40 megapixels is a large camera photo.
// The media module refuses larger images before decoding; this is the backstop.
const MAX_PIXELS = 40_000_000;

// AVIF effort 1: about 4× faster than the default for files a few percent larger.
const ENCODERS: Record<ImageFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 1 }),
  webp: (image) => image.webp({ quality: 72 }),
  jpeg: (image) => image.jpeg({ quality: 78, mozjpeg: true, progressive: true }),
};

// Loaded on first use: most starts serve pages without touching an image.
const loadSharp = async () => (await import('sharp')).default;

export const sharpImageProcessor: ImageProcessor = {
  async measure(input) {
    const sharp = await loadSharp();
    // Reading the header decodes no pixel, so the size is known even past the limit and the
    // module can say why it refuses.
    const { width = 0, height = 0, orientation = 1 } = await sharp(input, { limitInputPixels: false }).metadata();
    // EXIF orientations 5–8 turn the picture a quarter: width and height swap.
    return orientation >= 5 ? { width: height, height: width } : { width, height };
  },

  async verify(input) {
    const sharp = await loadSharp();
    // 'error' also fails on truncated data, which libvips would otherwise fill with grey.
    await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).stats();
  },

  async encode(input, width, format) {
    const sharp = await loadSharp();
    const image = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    // sharp writes no EXIF/GPS unless asked (withMetadata), so renditions carry none.
    return ENCODERS[format](image.resize({ width, withoutEnlargement: true })).toBuffer();
  },
};

/** @module media — images and their responsive variants, stored as files named by their content. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import { createMediaRepository } from './media.repository.ts';
import type { ImageAsset, ImageFormat, ImageProcessor, ImageVariant } from './media.types.ts';

export type { ImageAsset, ImageFormat, ImageProcessor, ImageVariant };
export { sharpImageProcessor } from './sharp-image-processor.ts';

/** Widths that cover a phone at 1× up to a wide screen at 2× for a column of about 48rem. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;
const FORMATS: readonly ImageFormat[] = ['avif', 'webp', 'jpeg'];
const EXTENSIONS: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** Media file names are all we ever serve from the media folder: no path can be smuggled in. */
export const MEDIA_FILE_PATTERN = /^[a-f0-9]{20}-\d{1,5}\.(avif|webp|jpg)$/;

export function createMediaModule({ db, clock, mediaDir, processor }: { db: Db; clock: Clock; mediaDir: string; processor: ImageProcessor }) {
  const repo = createMediaRepository(db);
  return {
    /**
     * Stores an image's renditions in the media folder and records the asset. Files are named by
     * the source's hash, so the same image is encoded once however often it is stored.
     */
    async createImage(input: Buffer): Promise<ImageAsset> {
      const hash = createHash('sha256').update(input).digest('hex').slice(0, 20);
      const size = await processor.measure(input);
      const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, size.width)))];
      await fs.mkdir(mediaDir, { recursive: true });
      const jobs = widths.flatMap((width) =>
        FORMATS.map(async (format): Promise<ImageVariant> => {
          const file = `${hash}-${width}.${EXTENSIONS[format]}`;
          const target = path.join(mediaDir, file);
          const bytes = await fs.stat(target).then(
            (s) => s.size,
            async () => {
              const data = await processor.encode(input, width, format);
              // Write beside, then rename: a reader never sees half a file.
              await fs.writeFile(`${target}.part`, data);
              await fs.rename(`${target}.part`, target);
              return data.length;
            },
          );
          return { format, width, height: Math.round((width * size.height) / size.width), file, bytes };
        }),
      );
      const asset: ImageAsset = {
        id: newId(),
        width: size.width,
        height: size.height,
        variants: await Promise.all(jobs),
        createdAt: clock.now().toISOString(),
      };
      await repo.insert(asset);
      return asset;
    },

    async findImages(ids: readonly string[]): Promise<ImageAsset[]> {
      return repo.findMany(ids);
    },

    /** Absolute path of a stored media file, or undefined for any name we did not write. */
    resolveFile(name: string): string | undefined {
      return MEDIA_FILE_PATTERN.test(name) ? path.join(mediaDir, name) : undefined;
    },
  };
}

export type MediaModule = ReturnType<typeof createMediaModule>;

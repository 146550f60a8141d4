/** @module media — images: uploads checked by their bytes, responsive variants named by content, alt text per locale, focal point. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { createLocalFileStore, type FileStore, type OpenedObject } from '../../platform/file-store/index.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSet, type LocaleSource } from '../locales/index.ts';
import { imageNotFound, invalidDetails, tooManyPixels, unreadableImage } from './media.errors.ts';
import { createMediaRepository } from './media.repository.ts';
import { receiveUpload, sweepIncoming, toDisplayName } from './media.upload.ts';
import type { AltTexts, FocalPoint, ImageAsset, ImageDetailsInput, ImageFormat, ImageInput, ImageProcessor, ImageVariant, MediaLimits, SourceType } from './media.types.ts';
import type { Schema } from '../../platform/db/schema.ts';

export type { AltTexts, FocalPoint, ImageAsset, ImageDetailsInput, ImageFormat, ImageProcessor, ImageVariant, MediaLimits, SourceType };
export { sharpImageProcessor } from './sharp-image-processor.ts';
export { altTextPublishCheck } from './alt-text-check.ts';
export { sniffImageType } from './media.sniff.ts';
export { receiveSniffedUpload, sweepIncoming, toDisplayName, type ReceivedUpload, type UploadSniffer } from './media.upload.ts';
export * from './media.errors.ts';

/** Widths that cover a phone at 1× up to a wide screen at 2× for a column of about 48rem. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;
const FORMATS: readonly ImageFormat[] = ['avif', 'webp', 'jpeg'];
const EXTENSIONS: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
const MIME: Record<ImageFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };
export const DEFAULT_MEDIA_LIMITS: MediaLimits = { maxUploadBytes: 20 * 1024 * 1024, maxPixels: 40_000_000 };
export const ALT_TEXT_MAX = 500;
const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/**
 * The shapes the site crops images to around their focal point (`object-fit: cover`): wide for
 * cards and page heads, square for portraits. Renditions keep the image's own ratio; the crop is
 * the browser's, so moving the focal point re-crops every page without re-encoding anything.
 */
export const CROP_RATIOS = [
  { id: 'wide', width: 16, height: 9 },
  { id: 'square', width: 1, height: 1 },
] as const;
export type CropRatio = (typeof CROP_RATIOS)[number];

/** Media file names are all we ever serve from the media folder: no path can be smuggled in. */
export const MEDIA_FILE_PATTERN = /^[a-f0-9]{20}-\d{1,5}\.(avif|webp|jpg)$/;

export function createMediaModule({
  db,
  clock,
  mediaDir,
  store = createLocalFileStore(mediaDir),
  processor,
  limits = DEFAULT_MEDIA_LIMITS,
  audit,
  onChange,
  locales = INITIAL_LOCALE_SOURCE,
}: {
  db: Db;
  clock: Clock;
  /** Uploads are checked in a folder of it; the renditions go to `store` (by default, this folder). */
  mediaDir: string;
  store?: FileStore;
  processor: ImageProcessor;
  audit: AuditModule;
  limits?: MediaLimits;
  /** Hears of images whose alt text or focal point changed: pages showing them are stale. */
  onChange?: (imageIds: readonly string[]) => unknown;
  /** The configured locales alt text may be written in; a module tested on its own gets the initial four. */
  locales?: LocaleSource;
}) {
  const repo = createMediaRepository(db);
  // Uploads land here while they are checked; a dot folder no media name can reach.
  const incomingDir = path.join(mediaDir, '.incoming');

  /** Encodes every rendition (skipping those already stored); the caller records the asset. */
  async function encodeImage(input: ImageInput, hash: string, source: Omit<ImageAsset, 'id' | 'width' | 'height' | 'variants' | 'createdAt'>) {
    const size = await processor.measure(input).catch((error: unknown) => Promise.reject(unreadableImage(error)));
    if (size.width < 1 || size.height < 1) throw unreadableImage(new Error('no pixels'));
    if (size.width * size.height > limits.maxPixels) throw tooManyPixels(size.width, size.height, limits.maxPixels);
    await processor.verify(input).catch((error: unknown) => Promise.reject(unreadableImage(error)));
    const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, size.width)))];
    const written: string[] = [];
    const jobs = widths.flatMap((width) =>
      FORMATS.map(async (format): Promise<ImageVariant> => {
        const file = `${hash.slice(0, 20)}-${width}.${EXTENSIONS[format]}`;
        // The same picture stored again (or by another instance) reuses its renditions.
        const existing = await store.stat(file);
        let bytes = existing?.size;
        if (bytes === undefined) {
          const data = await processor.encode(input, width, format);
          if (await store.putBytes(file, data, MIME[format])) written.push(file);
          bytes = data.length;
        }
        return { format, width, height: Math.round((width * size.height) / size.width), file, bytes };
      }),
    );
    const settled = await Promise.allSettled(jobs);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
      await Promise.all(written.map((file) => store.delete(file)));
      throw unreadableImage(failed.reason);
    }
    const asset: ImageAsset = {
      id: newId(),
      width: size.width,
      height: size.height,
      variants: settled.map((s) => (s as PromiseFulfilledResult<ImageVariant>).value),
      createdAt: clock.now().toISOString(),
      ...source,
    };
    return asset;
  }

  /** The asset's rows; in the caller's transaction when `trx` is one. */
  async function insertAsset(trx: Db, asset: ImageAsset): Promise<void> {
    const r = createMediaRepository(trx);
    await r.insert(asset);
    if (Object.keys(asset.alt).length > 0) await r.updateDetails(asset.id, { alt: asset.alt }, asset.createdAt);
  }

  return {
    limits,

    /**
     * Stores an image the application itself provides (the demo's drawings), trusted as to type.
     * Files are named by the source's hash, so the same image is encoded once however often it is stored.
     * @throws MEDIA_UNREADABLE_IMAGE, MEDIA_TOO_MANY_PIXELS
     */
    async createImage(input: Buffer, options: { displayName?: string; alt?: AltTexts } = {}): Promise<ImageAsset> {
      const hash = createHash('sha256').update(input).digest('hex');
      const alt = cleanAlt(options.alt ?? {}, [], locales.current());
      const asset = await encodeImage(input, hash, { displayName: toDisplayName(options.displayName), sourceType: null, sourceBytes: null, focalPoint: CENTRE, alt });
      await withUnitOfWork(db, undefined, ({ trx }) => insertAsset(trx, asset));
      return asset;
    },

    /**
     * Stores an uploaded image: streamed to a private temporary file, its type sniffed from its
     * first bytes (JPEG, PNG, WebP, AVIF/HEIF, GIF), its size and pixel count limited, fully
     * decoded once; only metadata-free renditions are kept, never the original file. The files are
     * made first; the asset's row and its `media.uploaded` audit entry then commit together.
     * @throws POLICY_FORBIDDEN (`content.edit`), MEDIA_UPLOAD_EMPTY, MEDIA_UPLOAD_TOO_LARGE, MEDIA_UNSUPPORTED_TYPE, MEDIA_TOO_MANY_PIXELS, MEDIA_UNREADABLE_IMAGE
     */
    async createImageFromUpload(
      source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      { actor, fileName, unit }: { actor: Actor; fileName?: string; unit?: UnitOfWork },
    ): Promise<ImageAsset> {
      // Refused before a byte is read: the caller discards the rest of the request.
      authorize(actor, 'content.edit');
      // File times are the system's, whatever clock the module was given.
      await sweepIncoming(incomingDir, new Date());
      const upload = await receiveUpload(source, { incomingDir, maxBytes: limits.maxUploadBytes });
      try {
        const meta = { displayName: toDisplayName(fileName), sourceType: upload.type, sourceBytes: upload.bytes, focalPoint: CENTRE, alt: {} };
        const asset = await encodeImage(upload.path, upload.hash, meta);
        await withUnitOfWork(db, unit, async ({ trx }) => {
          await insertAsset(trx, asset);
          await audit.record({ actorId: actor.id, action: 'media.uploaded', details: { imageId: asset.id, type: asset.sourceType, bytes: asset.sourceBytes } }, trx);
        });
        return asset;
      } finally {
        await fs.rm(upload.path, { force: true });
      }
    },

    async findImages(ids: readonly string[]): Promise<ImageAsset[]> {
      return repo.findMany(ids);
    },

    /** @throws MEDIA_IMAGE_NOT_FOUND */
    async getImage(id: string): Promise<ImageAsset> {
      const [image] = await repo.findMany([id]);
      if (!image) throw imageNotFound(id);
      return image;
    },

    /** The library, newest first. */
    async listImages(page: { limit: number; offset: number }): Promise<{ rows: ImageAsset[]; total: number }> {
      return repo.list({ limit: Math.min(Math.max(1, page.limit), 200), offset: Math.max(0, page.offset) });
    },

    /**
     * Changes the focal point and the alt texts given (an empty text removes that locale's).
     * Access is decided on what actually changes, so a form may send back every field as shown:
     * moving the focal point needs `content.edit` (it crops the image in every locale); each alt
     * text changed needs `translation.edit` in its locale, so editors describe in every locale and
     * translators (and tokens limited to locales) in their own. The change and its `media.described`
     * entry (the locales changed) commit together; a save that changes nothing writes nothing.
     * @throws POLICY_FORBIDDEN, MEDIA_INVALID_DETAILS (details name `focalPoint.x`, `alt.fr`…), MEDIA_IMAGE_NOT_FOUND
     */
    async updateImageDetails(input: ImageDetailsInput & { id: string; actor: Actor; unit?: UnitOfWork }): Promise<ImageAsset> {
      const { id, actor } = input;
      // Nobody without some right to describe gets further (reviewers, read-only tokens).
      authorize(actor, 'translation.edit');
      const problems: FieldProblem[] = [];
      const alt = cleanAlt(input.alt ?? {}, problems, locales.current());
      for (const axis of ['x', 'y'] as const) {
        const value = input.focalPoint?.[axis];
        if (input.focalPoint && !(typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1)) {
          problems.push({ path: `focalPoint.${axis}`, message: 'must be a number from 0 to 1' });
        }
      }
      if (problems.length > 0) throw invalidDetails(problems);
      return withUnitOfWork(db, input.unit, async ({ trx, afterCommit }) => {
        const r = createMediaRepository(trx);
        const [current] = await r.findMany([id]);
        if (!current) throw imageNotFound(id);
        const changedAlt = Object.fromEntries(Object.entries(alt).filter(([locale, text]) => (current.alt[locale as LocaleCode] ?? '') !== text)) as typeof alt;
        const focalPoint =
          input.focalPoint && (input.focalPoint.x !== current.focalPoint.x || input.focalPoint.y !== current.focalPoint.y) ? input.focalPoint : undefined;
        if (focalPoint) authorize(actor, 'content.edit');
        for (const locale of Object.keys(changedAlt) as LocaleCode[]) authorize(actor, 'translation.edit', { locale });
        // A form saved as it was shown changes nothing and records nothing.
        if (!focalPoint && Object.keys(changedAlt).length === 0) return current;
        await r.updateDetails(id, { focalPoint, alt: changedAlt }, clock.now().toISOString());
        await audit.record({ actorId: actor.id, action: 'media.described', details: { imageId: id, locales: Object.keys(changedAlt), ...(focalPoint ? { focalPoint } : {}) } }, trx);
        afterCommit(() => onChange?.([id]));
        return (await r.findMany([id]))[0]!;
      });
    },

    /**
     * Which of these images have no alt text in `locale`, in the order given, without repeats:
     * what a publish check reports before a page showing them goes live. An unknown id counts
     * as missing, since nothing describes it.
     */
    async findMissingAlt(imageIds: readonly string[], locale: LocaleCode): Promise<string[]> {
      const described = await repo.idsWithAlt(imageIds, locale);
      return [...new Set(imageIds)].filter((id) => !described.has(id));
    },

    /** A stored rendition to describe and stream, or undefined for a missing one or any name we did not write. */
    async openFile(name: string): Promise<OpenedObject | undefined> {
      return MEDIA_FILE_PATTERN.test(name) ? store.open(name) : undefined;
    },

    /**
     * Every image's size, variants and focal point, and every alt text, as raw rows: what the static
     * export hashes to tell whether a page showing an image changed (export/site-versions.ts).
     */
    listVersionRows() {
      return repo.listVersionRows();
    },
  };
}

export type MediaModule = ReturnType<typeof createMediaModule>;

/** Trims each text, drops control characters, checks the locale and the length. */
function cleanAlt(alt: AltTexts, problems: FieldProblem[], configured: LocaleSet): Partial<Record<LocaleCode, string>> {
  const out: Partial<Record<LocaleCode, string>> = {};
  for (const [locale, raw] of Object.entries(alt)) {
    if (!configured.has(locale)) {
      problems.push({ path: `alt.${locale.slice(0, 10)}`, message: 'is not a locale of this site' });
      continue;
    }
    const text = String(raw ?? '').normalize('NFC').replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (Array.from(text).length > ALT_TEXT_MAX) problems.push({ path: `alt.${locale}`, message: `must have at most ${ALT_TEXT_MAX} characters` });
    out[locale] = text;
  }
  return out;
}

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['mediaAssets', 'mediaAltTexts'] as const satisfies readonly (keyof Schema)[];

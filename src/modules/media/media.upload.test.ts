import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM } from '../accounts/index.ts';
import { createAuditModule } from '../audit/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createMediaModule, sharpImageProcessor, type MediaModule } from './index.ts';

/** Chunks of `size` bytes, as a network upload arrives. */
const streamOf = (bytes: Buffer, size = 1000) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

/** Whether a TIFF/EXIF block holds a pointer to a GPS directory (tag 0x8825), in either byte order. */
const hasGpsPointer = (exif: Buffer) => {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') + 6);
  return tiff.includes(tiff.subarray(0, 2).toString() === 'II' ? Buffer.from([0x25, 0x88]) : Buffer.from([0x88, 0x25]));
};

describeEachDatabase('media uploads', (dialect) => {
  let database: Database;
  let media: MediaModule;
  let dir: string;
  const files = () => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => !fs.statSync(path.join(dir, f)).isDirectory());

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-upload-test-'));
    media = createMediaModule({
      db: database.db,
      clock: systemClock,
      audit: createAuditModule({ db: database.db, clock: systemClock }),
      mediaDir: dir,
      processor: sharpImageProcessor,
      limits: { maxUploadBytes: 200_000, maxPixels: 4_000_000 },
    });
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('removes EXIF and GPS: a geotagged JPEG comes out with no metadata, and the original is not kept', async () => {
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7bd5' } })
      .jpeg()
      .withExif({
        IFD0: { Artist: 'Camera owner' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '46/1 12/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '6/1 8/1 0/1', GPSMapDatum: 'WGS-84-SECRET' },
      })
      .toBuffer();
    expect(hasGpsPointer((await sharp(photo).metadata()).exif!)).toBe(true);

    const asset = await media.createImageFromUpload(streamOf(photo), { actor: SYSTEM, fileName: '../../IMG_0001.JPG' });
    expect(asset).toMatchObject({ width: 900, height: 600, displayName: 'IMG_0001.JPG', sourceType: 'jpeg', sourceBytes: photo.length });
    for (const variant of asset.variants) {
      const bytes = fs.readFileSync(path.join(dir, variant.file));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, variant.file).toBeUndefined();
      expect(meta.xmp, variant.file).toBeUndefined();
      expect(bytes.includes('WGS-84-SECRET'), variant.file).toBe(false);
      expect(bytes.includes('Camera owner'), variant.file).toBe(false);
    }
    // Only renditions remain: the uploaded file, with its GPS block, is gone from the disk.
    expect(files().sort()).toEqual(asset.variants.map((v) => v.file).sort());
  });

  it('sniffs the type from the bytes: an SVG is refused whatever its name, and nothing is written', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(media.createImageFromUpload(streamOf(svg, 7), { actor: SYSTEM, fileName: 'photo.jpg' })).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    expect(files()).toEqual([]);
  });

  it('refuses an empty file, a file over the size limit and an image over the pixel limit', async () => {
    await expect(media.createImageFromUpload(streamOf(Buffer.alloc(0)), { actor: SYSTEM })).rejects.toMatchObject({ code: 'MEDIA_UPLOAD_EMPTY' });
    const noisy = await sharp(randomBytes(400 * 400 * 3), { raw: { width: 400, height: 400, channels: 3 } }).png().toBuffer();
    expect(noisy.length).toBeGreaterThan(200_000);
    await expect(media.createImageFromUpload(streamOf(noisy), { actor: SYSTEM })).rejects.toMatchObject({ code: 'MEDIA_UPLOAD_TOO_LARGE' });
    const huge = await sharp({ create: { width: 2500, height: 2000, channels: 3, background: '#000' } }).png().toBuffer();
    await expect(media.createImageFromUpload(streamOf(huge), { actor: SYSTEM })).rejects.toMatchObject({ code: 'MEDIA_TOO_MANY_PIXELS' });
    expect(files()).toEqual([]);
  });

  it('refuses a truncated image and leaves no rendition behind', async () => {
    const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#d5573a' } }).jpeg().toBuffer();
    for (const cut of [photo.subarray(0, Math.floor(photo.length * 0.6)), photo.subarray(0, 100)]) {
      await expect(media.createImageFromUpload(streamOf(cut), { actor: SYSTEM })).rejects.toMatchObject({ code: 'MEDIA_UNREADABLE_IMAGE' });
    }
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#000' } }).png().toBuffer();
    const corrupt = Buffer.from(png);
    corrupt.fill(0x41, 60, 200);
    await expect(media.createImageFromUpload(streamOf(corrupt), { actor: SYSTEM })).rejects.toMatchObject({ code: 'MEDIA_UNREADABLE_IMAGE' });
    expect(files()).toEqual([]);
  });

  it('accepts PNG, WebP, AVIF and GIF and never enlarges a small one', async () => {
    const base = sharp({ create: { width: 300, height: 200, channels: 3, background: '#3ad57b' } });
    for (const [type, bytes] of [
      ['png', await base.clone().png().toBuffer()],
      ['webp', await base.clone().webp().toBuffer()],
      ['avif', await base.clone().avif().toBuffer()],
      ['gif', await base.clone().gif().toBuffer()],
    ] as const) {
      const asset = await media.createImageFromUpload(streamOf(bytes), { actor: SYSTEM });
      expect(asset.sourceType).toBe(type);
      expect(asset.variants.map((v) => v.width)).toEqual([300, 300, 300]);
    }
    expect(fs.readdirSync(path.join(dir, '.incoming'))).toEqual([]);
  });

  it('clears what an interrupted upload left in .incoming after an hour, and only that', async () => {
    const incoming = path.join(dir, '.incoming');
    fs.mkdirSync(incoming, { recursive: true });
    fs.writeFileSync(path.join(incoming, 'stale.upload'), 'x');
    fs.writeFileSync(path.join(incoming, 'recent.upload'), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.join(incoming, 'stale.upload'), twoHoursAgo, twoHoursAgo);
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer();
    await media.createImageFromUpload(streamOf(png), { actor: SYSTEM });
    expect(fs.readdirSync(incoming)).toEqual(['recent.upload']);
  });

  it('keeps alt text per locale and a focal point, and says which images lack alt text in a locale', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } }).png().toBuffer();
    const a = await media.createImageFromUpload(streamOf(png), { actor: SYSTEM });
    const b = await media.createImageFromUpload(streamOf(png), { actor: SYSTEM });
    expect(a.focalPoint).toEqual({ x: 0.5, y: 0.5 });
    const updated = await media.updateImageDetails({ id: a.id, actor: SYSTEM, focalPoint: { x: 0.25, y: 1 }, alt: { fr: '  Un  coiffeur\u0000 ', en: 'A barber', ar: '' } });
    expect(updated.focalPoint).toEqual({ x: 0.25, y: 1 });
    expect(updated.alt).toEqual({ fr: 'Un coiffeur', en: 'A barber' });
    await media.updateImageDetails({ id: a.id, actor: SYSTEM, alt: { en: '' } });
    expect((await media.getImage(a.id)).alt).toEqual({ fr: 'Un coiffeur' });

    expect(await media.findMissingAlt([a.id, b.id, a.id, 'unknown'], 'fr')).toEqual([b.id, 'unknown']);
    expect(await media.findMissingAlt([a.id, b.id], 'en')).toEqual([a.id, b.id]);
    expect(await media.findMissingAlt([], 'es')).toEqual([]);

    await expect(media.updateImageDetails({ id: a.id, actor: SYSTEM, focalPoint: { x: 1.5, y: Number.NaN } })).rejects.toMatchObject({
      code: 'MEDIA_INVALID_DETAILS',
      details: [{ path: 'focalPoint.x' }, { path: 'focalPoint.y' }],
    });
    await expect(media.updateImageDetails({ id: a.id, actor: SYSTEM, alt: { fr: 'x'.repeat(501) } })).rejects.toMatchObject({ code: 'MEDIA_INVALID_DETAILS' });
    await expect(media.updateImageDetails({ id: 'nope', actor: SYSTEM, alt: { fr: 'x' } })).rejects.toMatchObject({ code: 'MEDIA_IMAGE_NOT_FOUND' });
    const page = await media.listImages({ limit: 1, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
  });
});

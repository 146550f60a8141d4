import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readOpened } from '../../../test/helpers/test-media.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createMediaModule, sharpImageProcessor, type MediaModule } from './index.ts';

describeEachDatabase('media', (dialect) => {
  let database: Database;
  let media: MediaModule;
  let dir: string;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-media-test-'));
    media = createMediaModule({ db: database.db, clock: systemClock, audit: createAuditModule({ db: database.db, clock: systemClock }), mediaDir: dir, processor: sharpImageProcessor });
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const photo = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Someone', Artist: 'Camera owner' } })
      .toBuffer();

  it('makes AVIF, WebP and JPEG variants without metadata, never wider than the original', async () => {
    const input = await photo(1000, 500);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const asset = await media.createImage(input);
    expect(asset).toMatchObject({ width: 1000, height: 500 });
    expect(new Set(asset.variants.map((v) => v.format))).toEqual(new Set(['avif', 'webp', 'jpeg']));
    expect(Math.max(...asset.variants.map((v) => v.width))).toBe(1000);
    for (const variant of asset.variants) {
      const file = path.join(dir, variant.file);
      const meta = await sharp(file).metadata();
      expect(meta.exif, variant.file).toBeUndefined();
      expect(meta.width).toBe(variant.width);
      expect(fs.statSync(file).size).toBe(variant.bytes);
    }
    expect((await media.findImages([asset.id]))[0]?.variants).toEqual(asset.variants);
  });

  it('refuses a file that is not an image, and writes nothing', async () => {
    await expect(media.createImage(Buffer.from('<svg onload="alert(1)"/>not really'))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('opens only names it could have written, never a path outside the media folder', async () => {
    fs.writeFileSync(path.join(dir, '0123456789abcdef0123-800.jpg'), 'jpeg bytes');
    expect((await readOpened(await media.openFile('0123456789abcdef0123-800.jpg')))?.toString()).toBe('jpeg bytes');
    expect(await media.openFile('0123456789abcdef0123-400.jpg')).toBeUndefined();
    for (const name of ['../../etc/passwd', '..%2f..%2fetc', '0123456789abcdef0123-800.jpg/../../x', 'a.svg', '', '.']) {
      expect(await media.openFile(name), name).toBeUndefined();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM, type Actor, type Role, type TokenActor } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createMediaModule, sharpImageProcessor, type MediaModule } from './index.ts';

const person = (role: Role, locales: LocaleCode[] = []): Actor => ({ kind: 'user', id: `u-${role}`, role, locales });
const token = (scopes: TokenActor['scopes'], locales: TokenActor['locales'] = null): TokenActor => ({ kind: 'token', id: 'token:t1', tokenId: 't1', scopes, locales });

describeEachDatabase('media operations', (dialect) => {
  let database: Database;
  let media: MediaModule;
  let audit: AuditModule;
  let dir: string;
  let png: Buffer;
  const actions = async () => (await audit.list()).entries.map((e) => `${e.actorId} ${e.action}`);

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-media-ops-'));
    audit = createAuditModule({ db: database.db, clock: systemClock });
    media = createMediaModule({ db: database.db, clock: systemClock, audit, mediaDir: dir, processor: sharpImageProcessor });
    png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#2a6' } }).png().toBuffer();
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an upload by a translator, a reviewer or a read-only token, writing nothing', async () => {
    for (const actor of [person('translator', ['fr']), person('reviewer'), token(['read', 'publish'])]) {
      await expect(media.createImageFromUpload([png], { actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    }
    expect((await media.listImages({ limit: 10, offset: 0 })).total).toBe(0);
    expect(await actions()).toEqual([]);
  });

  it('stores an editor’s upload with exactly one media.uploaded entry', async () => {
    const image = await media.createImageFromUpload([png], { actor: person('editor'), fileName: 'leaf.png' });
    expect((await media.listImages({ limit: 10, offset: 0 })).rows.map((i) => i.id)).toEqual([image.id]);
    const { entries } = await audit.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: 'u-editor', action: 'media.uploaded', details: { imageId: image.id, type: 'png', bytes: png.length } });
  });

  it('lets a translator describe in their own locales only, and never move the focal point', async () => {
    const image = await media.createImageFromUpload([png], { actor: SYSTEM });
    const translator = person('translator', ['ar']);
    const before = await actions();

    await expect(media.updateImageDetails({ id: image.id, actor: translator, alt: { ar: 'ورقة', fr: 'Une feuille' } })).rejects.toMatchObject({
      code: 'POLICY_FORBIDDEN',
      details: [{ reason: 'fr' }],
    });
    await expect(media.updateImageDetails({ id: image.id, actor: translator, focalPoint: { x: 0.1, y: 0.2 } })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(media.updateImageDetails({ id: image.id, actor: person('reviewer'), alt: { fr: 'Une feuille' } })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(media.updateImageDetails({ id: image.id, actor: token(['write'], ['en']), alt: { fr: 'Une feuille' } })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    expect((await media.getImage(image.id)).alt).toEqual({});
    expect(await actions()).toEqual(before);

    // The form sends back what it shows: unchanged texts and focal point need no permission.
    const described = await media.updateImageDetails({ id: image.id, actor: translator, alt: { ar: 'ورقة', fr: '' }, focalPoint: { x: 0.5, y: 0.5 } });
    expect(described.alt).toEqual({ ar: 'ورقة' });
    const entries = (await audit.list({ action: 'media.described' })).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: 'u-translator', details: { imageId: image.id, locales: ['ar'] } });
    // Saving the same form again changes nothing and records nothing.
    await media.updateImageDetails({ id: image.id, actor: translator, alt: { ar: 'ورقة', fr: '' }, focalPoint: { x: 0.5, y: 0.5 } });
    expect((await audit.list({ action: 'media.described' })).total).toBe(1);
  });

  it('lets an editor describe every locale and move the focal point, in one entry', async () => {
    const image = await media.createImageFromUpload([png], { actor: SYSTEM });
    const updated = await media.updateImageDetails({ id: image.id, actor: person('editor'), alt: { fr: 'Une feuille', es: 'Una hoja' }, focalPoint: { x: 0.25, y: 1 } });
    expect(updated).toMatchObject({ alt: { fr: 'Une feuille', es: 'Una hoja' }, focalPoint: { x: 0.25, y: 1 } });
    const entries = (await audit.list({ action: 'media.described' })).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toEqual({ imageId: image.id, locales: ['fr', 'es'], focalPoint: { x: 0.25, y: 1 } });
  });
});

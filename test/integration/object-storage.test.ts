import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { createS3FileStore, type FileStore } from '../../src/platform/file-store/index.ts';
import { manifestOf, mediaHashes, readArchive, runCliAsync } from '../helpers/backup-archive.ts';
import { openDataSite, type DataSite } from '../helpers/data-site.ts';
import { startLocalS3, type LocalS3 } from '../helpers/s3-server.ts';
import { createScratchDatabase, dropScratchDatabase } from '../helpers/scratch-database.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';
import { readOpened } from '../helpers/test-media.ts';

// Media in a bucket of s3rver, a real S3-compatible server on loopback, reached through the AWS SDK.
let s3: LocalS3;
let root: string;
let source: DataSite;
const opened: DataSite[] = [];
const stores: FileStore[] = [];

function bucket(name: string): FileStore {
  const store = createS3FileStore(s3.options(name));
  stores.push(store);
  return store;
}

/** Every object of a store with the SHA-256 of its bytes, in key order: comparable with `mediaHashes` of a folder. */
async function storeHashes(store: FileStore): Promise<Map<string, string>> {
  const keys: string[] = [];
  for await (const { key } of store.list()) keys.push(key);
  const out = new Map<string, string>();
  for (const key of keys.sort()) out.set(key, createHash('sha256').update((await readOpened(await store.open(key)))!).digest('hex'));
  return out;
}

beforeAll(async () => {
  s3 = await startLocalS3(['moved', 'demo-on-s3', 'restored', 'partly', 'shared']);
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'ensemble-s3-test-'));
  source = await openDataSite(path.join(root, 'source'), { demo: true });
  opened.push(source);
}, 600_000);

afterAll(async () => {
  for (const site of opened) await site.close().catch(() => undefined);
  for (const store of stores) await store.close();
  await s3?.close();
  if (root) await fsp.rm(root, { recursive: true, force: true });
}, 60_000);

describe('media in S3-compatible object storage', () => {
  it('`media move --to s3` copies every file of a site into the bucket, and an interrupted move carries on', async () => {
    const cli = { dataDir: source.dataDir, env: s3.env('moved') };
    const first = await runCliAsync(cli, 'media', 'move', '--to', 's3');
    expect(first.status, first.stderr).toBe(0);
    const local = await mediaHashes(source.mediaDir);
    expect(local.size).toBeGreaterThan(20);
    expect(first.stdout).toContain(`Copied ${local.size} files`);
    const moved = bucket('moved');
    expect(await storeHashes(moved)).toEqual(local);

    // As if the first run had stopped before these three.
    const lost = [...local.keys()].filter((_, i) => i % 10 === 3).slice(0, 3);
    for (const key of lost) await moved.delete(key);
    const again = await runCliAsync(cli, 'media', 'move', '--to', 's3');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Copied ${lost.length} files`);
    expect(again.stdout).toContain(`${local.size - lost.length} were there already`);
    expect(await storeHashes(moved)).toEqual(local);
  }, 180_000);

  it('a site whose media are in the bucket serves the same pages and files, with byte ranges, without a media folder', async () => {
    // The same database, a fresh data folder: whatever it serves comes from the bucket.
    const onBucket = await openDataSite(path.join(root, 'on-bucket'), { databaseUrl: `file:${path.join(source.dataDir, 'ensemble.sqlite')}`, fileStore: bucket('moved') });
    opened.push(onBucket);
    const home = await source.app.inject({ url: '/fr/' });
    expect((await onBucket.app.inject({ url: '/fr/' })).body).toBe(home.body);
    const image = /\/media\/([a-f0-9]{20}-\d+\.(?:avif|webp|jpg))/.exec(home.body)![0];
    const fromFolder = await source.app.inject({ url: image });
    const fromBucket = await onBucket.app.inject({ url: image });
    expect(fromBucket.statusCode).toBe(200);
    expect(fromBucket.rawPayload.equals(fromFolder.rawPayload)).toBe(true);
    expect(fromBucket.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const range = await onBucket.app.inject({ url: image, headers: { range: 'bytes=10-19' } });
    expect(range.statusCode).toBe(206);
    expect(range.headers['content-range']).toBe(`bytes 10-19/${fromFolder.rawPayload.length}`);
    expect(range.rawPayload.equals(fromFolder.rawPayload.subarray(10, 20))).toBe(true);
    expect((await onBucket.app.inject({ url: '/media/0123456789abcdef0123-400.jpg' })).statusCode).toBe(404);
    expect(fs.existsSync(path.join(onBucket.dataDir, 'media', image.slice('/media/'.length)))).toBe(false);
  }, 120_000);

  it('uploads images and transcodes videos straight into the bucket', async () => {
    const store = bucket('demo-on-s3');
    const site = await openDataSite(path.join(root, 'demo-on-s3'), { demo: true, fileStore: store });
    opened.push(site);
    const keys = new Set((await storeHashes(store)).keys());
    const [image] = (await site.media.listImages({ limit: 1, offset: 0 })).rows;
    for (const variant of image!.variants) expect(keys.has(variant.file), variant.file).toBe(true);
    // Only uploads in progress may touch the folder.
    expect(await mediaHashes(site.mediaDir)).toEqual(new Map());

    const clip = path.join(root, 'clip.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x180:rate=25', '-f', 'lavfi', '-i', 'sine=duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip]);
    const stored = await site.video.createVideoFromFile(clip);
    expect(await site.video.createWorker().runOnce()).toBe('done');
    const video = await site.video.getVideo(stored.id);
    expect(video.status).toBe('ready');
    expect(video.renditions.map((r) => r.kind)).toEqual(['720p', '360p', 'audio']);
    for (const file of [video.original, ...video.renditions, video.poster!]) {
      const object = await store.stat(`video/${file.file}`);
      expect(object?.size, file.file).toBe(file.bytes);
    }
    const rendition = await site.video.openFile(video.renditions[0]!.file);
    const head = await readOpened({ stream: () => rendition!.stream({ start: 0, end: 11 }) });
    // An MP4 starts with its `ftyp` box.
    expect(head!.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(await mediaHashes(site.mediaDir)).toEqual(new Map());
  }, 300_000);

  it('backs up a site from its bucket and restores it into another, completing a partial restore and refusing foreign files', async () => {
    const archive = path.join(root, 'from-bucket.tar.gz');
    const sqlite = `file:${path.join(source.dataDir, 'ensemble.sqlite')}`;
    const backup = await runCliAsync({ dataDir: path.join(root, 'on-bucket'), databaseUrl: sqlite, env: s3.env('moved') }, 'backup', archive);
    expect(backup.status, backup.stderr).toBe(0);
    const manifest = manifestOf(await readArchive(archive));
    const local = await mediaHashes(source.mediaDir);
    expect(new Map(manifest.files.map((f) => [f.path, f.sha256]))).toEqual(local);

    const restoredDir = path.join(root, 'restored');
    const restore = await runCliAsync({ dataDir: restoredDir, env: s3.env('restored') }, 'restore', archive);
    expect(restore.status, restore.stderr).toBe(0);
    expect(await storeHashes(bucket('restored'))).toEqual(local);
    expect(await mediaHashes(path.join(restoredDir, 'media'))).toEqual(new Map());

    // A bucket holding part of this archive (a restore that stopped halfway) is completed.
    const partly = bucket('partly');
    const some = [...local.keys()].slice(0, 5);
    for (const key of some) await partly.putBytes(key, (await readOpened(await bucket('restored').open(key)))!, 'application/octet-stream');
    const resumed = await runCliAsync({ dataDir: path.join(root, 'resumed'), env: s3.env('partly') }, 'restore', archive);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(await storeHashes(bucket('partly'))).toEqual(local);

    // One holding anything else is refused, and nothing is written.
    await partly.putBytes('foreign-0123.jpg', Buffer.from('not from the archive'), 'image/jpeg');
    const refused = await runCliAsync({ dataDir: path.join(root, 'restored-again'), env: s3.env('partly') }, 'restore', archive);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/bucket s3:\/\/partly\/ .*already holds files that are not this archive's \(foreign-0123\.jpg\)/);
    expect(fs.existsSync(path.join(root, 'restored-again', 'ensemble.sqlite'))).toBe(false);
  }, 300_000);

  it.runIf(process.env.TEST_DATABASE_URL)('two instances sharing one PostgreSQL database and one bucket: an image uploaded through one is served by the other', async () => {
    const databaseUrl = await createScratchDatabase('shared_bucket');
    const servers: ServerProcess[] = [];
    let admin: DataSite | undefined;
    try {
      // One after the other: the first loads the demo (its pictures into the bucket), the second finds it there.
      for (let i = 0; i < 2; i++) servers.push(await startServer({ databaseUrl, timeoutMs: 120_000, env: s3.env('shared') }));
      const [one, two] = servers as [ServerProcess, ServerProcess];
      for (const server of servers) {
        const ready = (await (await fetch(`${server.baseUrl}/readyz`)).json()) as { checks: { media: { ok: boolean; detail: { store: string } } } };
        expect(ready.checks.media).toMatchObject({ ok: true, detail: { store: 's3' } });
      }
      admin = await openDataSite(path.join(root, 'token-maker'), { databaseUrl, fileStore: bucket('shared') });
      const { secret } = await admin.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'shared bucket test', scopes: ['read', 'write'] });
      const png = execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=900x600', '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-']);
      const uploaded = await fetch(`${one.baseUrl}/api/v1/media?name=partage.png`, { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'image/png' }, body: png });
      expect(uploaded.status).toBe(201);
      const { variants } = (await uploaded.json()) as { variants: { url: string; bytes: number }[] };
      expect(variants.length).toBeGreaterThan(3);
      for (const variant of variants) {
        const served = await fetch(`${two.baseUrl}${variant.url}`);
        expect(served.status, variant.url).toBe(200);
        expect((await served.arrayBuffer()).byteLength).toBe(variant.bytes);
        expect(fs.existsSync(path.join(two.dataDir, 'media', variant.url.slice('/media/'.length)))).toBe(false);
      }
      const ranged = await fetch(`${two.baseUrl}${variants[0]!.url}`, { headers: { range: 'bytes=0-99' } });
      expect(ranged.status).toBe(206);
      expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    } finally {
      // Closed before the database is dropped under them.
      await admin?.close();
      for (const server of servers) await server.stop();
      await dropScratchDatabase(databaseUrl);
    }
  }, 420_000);
});

// Times the demo site's media in a folder and in a bucket of s3rver (an S3-compatible server on
// loopback, so the network is this machine's): `media move` into the bucket and again with nothing
// left to copy, and serving the home page's pictures from each store, whole and as byte ranges.
//   node --import tsx scripts/media-store-times.ts [--requests N]
// s3rver is not a production object store: the bucket figures say what Ensemble adds around a
// store (a HEAD and a GET per file), not how fast S3, MinIO or R2 answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalS3 } from '../test/helpers/s3-server.ts';
import { openDataSite, type DataSite } from '../test/helpers/data-site.ts';
import { copyStore, createLocalFileStore, createS3FileStore } from '../src/platform/file-store/index.ts';

const args = process.argv.slice(2);
const requests = Number(args[args.indexOf('--requests') + 1] || 300);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-media-store-times-'));
const s3 = await startLocalS3(['times']);
const sites: DataSite[] = [];
const ms = (from: number) => performance.now() - from;
const print = (label: string, value: string) => process.stdout.write(`| ${label} | ${value} |\n`);

try {
  const folderSite = await openDataSite(path.join(work, 'site'), { demo: true });
  sites.push(folderSite);
  const folder = createLocalFileStore(folderSite.mediaDir);
  const bucket = createS3FileStore(s3.options('times'));
  process.stdout.write('| step | figure |\n|---|---|\n');

  let started = performance.now();
  const moved = await copyStore(folder, bucket);
  print(`media move --to s3 (${moved.copied} files, ${(moved.bytes / 1024 / 1024).toFixed(1)} MB)`, `${(ms(started) / 1000).toFixed(2)} s`);
  started = performance.now();
  const again = await copyStore(folder, bucket);
  print(`media move again (${again.present} already there, ${again.copied} copied)`, `${(ms(started) / 1000).toFixed(2)} s`);

  const bucketSite = await openDataSite(path.join(work, 'on-bucket'), { databaseUrl: `file:${path.join(folderSite.dataDir, 'ensemble.sqlite')}`, fileStore: bucket });
  sites.push(bucketSite);
  const home = (await folderSite.app.inject({ url: '/fr/' })).body;
  const urls = [...new Set([...home.matchAll(/\/media\/[a-f0-9]{20}-\d+\.(?:avif|webp|jpg)/g)].map((m) => m[0]))];
  for (const [label, headers] of [['whole file', {}], ['range 0-1023', { range: 'bytes=0-1023' }]] as const) {
    const perRequest: Record<string, number> = {};
    for (const [name, site] of [['folder', folderSite], ['bucket', bucketSite]] as const) {
      // One warm-up pass, then the timed ones.
      for (const url of urls) await site.app.inject({ url, headers });
      started = performance.now();
      for (let i = 0; i < requests; i++) {
        const answer = await site.app.inject({ url: urls[i % urls.length]!, headers });
        if (answer.statusCode !== (label === 'whole file' ? 200 : 206)) throw new Error(`${name} ${answer.statusCode}`);
      }
      perRequest[name] = ms(started) / requests;
    }
    print(`serve a picture, ${label}, folder (${requests} requests over ${urls.length} files)`, `${perRequest.folder!.toFixed(2)} ms each`);
    print(`serve a picture, ${label}, bucket`, `${perRequest.bucket!.toFixed(2)} ms each (${(perRequest.bucket! / perRequest.folder!).toFixed(1)}× the folder)`);
  }
} finally {
  for (const site of sites) await site.close();
  await s3.close();
  fs.rmSync(work, { recursive: true, force: true });
}

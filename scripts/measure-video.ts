// Times the video worker on this machine: renders a demo clip (default 60 s, 640×360), stores it
// on an in-memory database and transcodes it; prints seconds per minute of video and each file's
// size. Usage: node --import tsx scripts/measure-video.ts [seconds | path/to/a/video/file]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.ts';
import { createAuditModule } from '../src/modules/audit/index.ts';
import { createVideoModule, renderDemoClip } from '../src/modules/video/index.ts';

const given = process.argv[2] && fs.existsSync(process.argv[2]) ? path.resolve(process.argv[2]) : undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-measure-video-'));
const database = openDatabase({ url: ':memory:' });
try {
  await migrateToLatest(database.db);
  let clip = given ?? path.join(dir, 'demo.mp4');
  let started = performance.now();
  if (!given) {
    const length = Number(process.argv[2] ?? 60);
    await renderDemoClip(clip, { seconds: length, label: 'Ensemble — mesure', hue: 200, frequency: 330 });
    console.log(`rendered a ${length}-s demo clip in ${((performance.now() - started) / 1000).toFixed(1)} s (${fs.statSync(clip).size} bytes)`);
  }

  const video = createVideoModule({ db: database.db, clock: systemClock, audit: createAuditModule({ db: database.db, clock: systemClock }), mediaDir: path.join(dir, 'media') });
  started = performance.now();
  const stored = await video.createVideoFromFile(clip, { displayName: path.basename(clip) });
  const seconds = (stored.durationMs ?? 0) / 1000;
  console.log(`stored and probed in ${((performance.now() - started) / 1000).toFixed(2)} s`);

  started = performance.now();
  const outcome = await video.createWorker().runOnce();
  const elapsed = (performance.now() - started) / 1000;
  const done = await video.getVideo(stored.id);
  if (outcome !== 'done') throw new Error(`the job ended ${outcome}: ${done.error}`);
  console.log(`transcoded in ${elapsed.toFixed(1)} s: ${((elapsed * 60) / seconds).toFixed(1)} s per minute of video`);
  for (const file of [done.original, ...done.renditions, ...(done.poster ? [done.poster] : [])]) {
    const size = file.width ? `${file.width}×${file.height}` : '';
    console.log(`  ${file.kind.padEnd(8)} ${String(file.bytes).padStart(10)} bytes  ${size.padEnd(9)} ${file.bitrateKbps ?? '-'} kbit/s`);
  }
  // What a visitor on the light path fetches for the video itself: the poster, then the 360p file
  // once they press play (preload="none" fetches nothing before). The page and captions come on top.
  const light = done.renditions.find((r) => r.kind === '360p');
  const full = done.renditions.find((r) => r.kind === '720p');
  if (light && full) {
    const lightBytes = (done.poster?.bytes ?? 0) + light.bytes;
    console.log(`light path (poster + 360p): ${lightBytes} bytes, ${(lightBytes / ((done.poster?.bytes ?? 0) + full.bytes)).toFixed(2)}× the 720p path`);
  }
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readOpened } from '../../../test/helpers/test-media.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { SYSTEM, type Actor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { manualClock, systemClock, type Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createVideoModule, isVideoUploadError, type VideoModule } from './index.ts';
import { createVideoRepository } from './video.repository.ts';

// Real ffmpeg on tiny inputs made once: 2-s 320×180 clips in each container, and 6 s of noise at
// 640×360 so the low rendition's bit-rate cap has something to hold back.
let clips: string;
const clip = (name: string) => fs.readFileSync(path.join(clips, name));
const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
const lavfi = (seconds: number, size: string, extra = '') => [
  '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25:duration=${seconds}${extra}`,
  '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`,
];
type Probe = { format: { duration: string; bit_rate: string }; streams: { codec_type: string; codec_name: string; width?: number; height?: number; bit_rate?: string; channels?: number }[] };
const probe = (file: string): Probe =>
  JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration,bit_rate:stream=codec_type,codec_name,width,height,bit_rate,channels', '-of', 'json', file]).toString()) as Probe;
/** Chunks as a network upload delivers them. */
const streamOf = (bytes: Buffer, size = 16_384) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

beforeAll(() => {
  clips = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-video-clips-'));
  const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac'];
  ffmpeg(...lavfi(2, '320x180'), ...x264, path.join(clips, 'clip.mp4'));
  ffmpeg('-i', path.join(clips, 'clip.mp4'), '-c', 'copy', '-movflags', '+faststart', path.join(clips, 'faststart.mp4'));
  ffmpeg('-i', path.join(clips, 'clip.mp4'), '-c', 'copy', '-f', 'mov', path.join(clips, 'clip.mov'));
  ffmpeg(...lavfi(2, '320x180'), '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k', '-c:a', 'libopus', path.join(clips, 'clip.webm'));
  ffmpeg(...lavfi(6, '640x360'), '-vf', 'noise=alls=40:allf=t', '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '20', '-pix_fmt', 'yuv420p', '-c:a', 'aac', path.join(clips, 'noisy.mp4'));
  ffmpeg('-f', 'lavfi', '-i', 'color=c=red:size=64x64', '-frames:v', '1', path.join(clips, 'red.png'));
  ffmpeg('-f', 'lavfi', '-i', 'sine=duration=1', '-c:a', 'aac', '-f', 'mp4', path.join(clips, 'sound.mp4'));
  // Stands in for ffmpeg: answers -version, fails every job.
  fs.writeFileSync(path.join(clips, 'broken-ffmpeg'), '#!/bin/sh\nif [ "$1" = "-version" ]; then echo "ffmpeg version fake"; exit 0; fi\necho "Conversion failed: the fake encoder broke" >&2\nexit 1\n', { mode: 0o755 });
});
afterAll(() => {
  fs.rmSync(clips, { recursive: true, force: true });
});

function setUp(dialect: 'sqlite' | 'postgres', options: { clock?: Clock; ffmpegPath?: string; ffprobePath?: string; maxUploadBytes?: number } = {}) {
  const state = {} as { database: Database; video: VideoModule; audit: AuditModule; dir: string; files(): string[] };
  beforeEach(async () => {
    state.database = await openTestDatabase(dialect);
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-video-test-'));
    state.audit = createAuditModule({ db: state.database.db, clock: systemClock });
    state.video = createVideoModule({ db: state.database.db, clock: options.clock ?? systemClock, audit: state.audit, mediaDir: state.dir, ...options });
  });
  afterEach(async () => {
    await state.database.close();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  state.files = () => fs.readdirSync(state.dir, { recursive: true }).map(String).filter((f) => !fs.statSync(path.join(state.dir, f)).isDirectory());
  return state;
}

describeEachDatabase('video uploads', (dialect) => {
  const t = setUp(dialect, { maxUploadBytes: 400_000 });

  it('accepts MP4, MOV and WebM, keeps the original under its content name and queues a job', async () => {
    for (const [name, type] of [['clip.mp4', 'mp4'], ['clip.mov', 'mov'], ['clip.webm', 'webm']] as const) {
      const video = await t.video.createVideoFromUpload(streamOf(clip(name)), { actor: SYSTEM, fileName: `C:\\Users\\me\\${name}` });
      expect(video).toMatchObject({ displayName: name, status: 'queued', width: 320, height: 180, attempts: 0, progress: 0, poster: null, renditions: [] });
      expect(video.durationMs).toBeGreaterThan(1900);
      expect(video.durationMs).toBeLessThan(2100);
      expect(video.original.file).toMatch(new RegExp(`^[0-9a-f]{20}-original\\.${type}$`));
      expect(video.original.bytes).toBe(clip(name).length);
      expect((await readOpened(await t.video.openFile(video.original.file)))?.equals(clip(name))).toBe(true);
    }
    expect(t.files().filter((f) => f.includes('.incoming'))).toEqual([]);
    const { rows, total } = await t.video.listVideos({ limit: 2, offset: 0 });
    expect(total).toBe(3);
    expect(rows).toHaveLength(2);
    expect(await t.video.findVideos([rows[0]!.id, 'unknown'])).toHaveLength(1);
  });

  it('refuses what is not a whole video, with a stable code, leaving nothing on disk', async () => {
    const mp4 = clip('clip.mp4');
    const cases: [string, Buffer, string][] = [
      ['a PNG', clip('red.png'), 'VIDEO_UNSUPPORTED_TYPE'],
      ['HTML renamed .mp4', Buffer.from('<!doctype html><title>x</title><script>alert(1)</script>'.repeat(4)), 'VIDEO_UNSUPPORTED_TYPE'],
      ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'), 'VIDEO_UNSUPPORTED_TYPE'],
      ['an empty file', Buffer.alloc(0), 'VIDEO_UPLOAD_EMPTY'],
      ['a file over the limit', Buffer.concat([mp4, mp4, mp4]), 'VIDEO_UPLOAD_TOO_LARGE'],
      ['an MP4 cut before its index', mp4.subarray(0, Math.floor(mp4.length * 0.6)), 'VIDEO_TRUNCATED'],
      ['an MP4 with its index in front, cut', clip('faststart.mp4').subarray(0, Math.floor(mp4.length * 0.6)), 'VIDEO_TRUNCATED'],
      ['a WebM cut half-way', clip('clip.webm').subarray(0, Math.floor(clip('clip.webm').length / 2)), 'VIDEO_TRUNCATED'],
      // No index at all: to ffprobe the same as a recording that stopped before writing it.
      ['an MP4 header followed by rubbish', Buffer.concat([mp4.subarray(0, 40), Buffer.alloc(5000, 7)]), 'VIDEO_TRUNCATED'],
      ['an MP4 with sound only', clip('sound.mp4'), 'VIDEO_UNREADABLE'],
    ];
    for (const [what, bytes, code] of cases) {
      const error = await t.video.createVideoFromUpload(streamOf(bytes), { actor: SYSTEM, fileName: 'story.mp4' }).catch((e: unknown) => e);
      expect(isVideoUploadError(error), what).toBe(true);
      expect((error as { code: string }).code, what).toBe(code);
    }
    expect(t.files()).toEqual([]);
    expect((await t.video.listVideos({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('stores the same video twice over one original file', async () => {
    const first = await t.video.createVideoFromUpload([clip('clip.mp4')], { actor: SYSTEM });
    const second = await t.video.createVideoFromUpload([clip('clip.mp4')], { actor: SYSTEM, fileName: '   ' });
    expect(second.id).not.toBe(first.id);
    expect(second.displayName).toBe('video');
    expect(second.original.file).toBe(first.original.file);
    expect(t.files()).toHaveLength(1);
  });

  it('throws VIDEO_NOT_FOUND for an unknown id and resolves only its own file names', async () => {
    await expect(t.video.getVideo('nope')).rejects.toMatchObject({ code: 'VIDEO_NOT_FOUND' });
    await expect(t.video.retry({ id: 'nope', actor: SYSTEM })).rejects.toMatchObject({ code: 'VIDEO_NOT_FOUND' });
    expect(await t.video.openFile('../../etc/passwd')).toBeUndefined();
    expect(await t.video.openFile('0123456789abcdef0123-360.mp4')).toBeUndefined();
    fs.mkdirSync(path.join(t.dir, 'video'), { recursive: true });
    fs.writeFileSync(path.join(t.dir, 'video', '0123456789abcdef0123-360.mp4'), 'mp4');
    expect((await readOpened(await t.video.openFile('0123456789abcdef0123-360.mp4')))?.toString()).toBe('mp4');
  });
});

describeEachDatabase('video jobs', (dialect) => {
  const clock = manualClock('2026-12-01T10:00:00.000Z');
  const t = setUp(dialect, { clock });

  it('lets one worker only claim a job, and another take it when the lease has run out', async () => {
    const video = await t.video.createVideoFromUpload([clip('clip.mp4')], { actor: SYSTEM });
    const repo = createVideoRepository(t.database.db);
    const now = clock.now().toISOString();
    const lease = new Date(clock.now().getTime() + 120_000).toISOString();
    // A worker in another process claims it, then dies.
    expect(await repo.claim(video.id, now, lease)).toBe(true);
    expect(await repo.claim(video.id, now, lease)).toBe(false);
    const worker = t.video.createWorker();
    expect(await worker.runOnce()).toBe('idle');
    expect((await t.video.getVideo(video.id)).status).toBe('processing');

    clock.advance(121_000);
    expect(await worker.runOnce()).toBe('done');
    const done = await t.video.getVideo(video.id);
    expect(done).toMatchObject({ status: 'ready', attempts: 2, progress: 1, error: null });
    expect(done.renditions.map((r) => r.kind)).toEqual(['720p', '360p', 'audio']);
    expect(done.poster?.file).toMatch(/-poster\.jpg$/);
    expect(t.files().filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(await worker.runOnce()).toBe('idle');
  });
});

describeEachDatabase('video job failures', (dialect) => {
  const clock = manualClock('2026-12-01T10:00:00.000Z');
  const t = setUp(dialect, { clock, ffmpegPath: path.join(os.tmpdir(), 'placeholder') });

  it('retries a failing job with back-off, then reports it failed with ffmpeg’s words; the original stays', async () => {
    const video = createVideoModule({ db: t.database.db, clock, audit: createAuditModule({ db: t.database.db, clock: systemClock }), mediaDir: t.dir, ffmpegPath: path.join(clips, 'broken-ffmpeg') });
    const stored = await video.createVideoFromUpload([clip('clip.mp4')], { actor: SYSTEM });
    const worker = video.createWorker();
    expect(await worker.runOnce()).toBe('failed');
    expect(await video.getVideo(stored.id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await video.getVideo(stored.id)).error).toContain('the fake encoder broke');
    // Waiting out the back-off.
    expect(await worker.runOnce()).toBe('idle');
    clock.advance(31_000);
    expect(await worker.runOnce()).toBe('failed');
    clock.advance(5 * 60_000 + 1000);
    expect(await worker.runOnce()).toBe('failed');
    const failed = await video.getVideo(stored.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.error).toContain('the fake encoder broke');
    clock.advance(60 * 60_000);
    expect(await worker.runOnce()).toBe('idle');
    expect((await readOpened(await video.openFile(stored.original.file)))?.equals(clip('clip.mp4'))).toBe(true);
    expect(t.files()).toEqual([path.join('video', stored.original.file)]);

    expect(await video.retry({ id: stored.id, actor: SYSTEM })).toMatchObject({ status: 'queued', attempts: 0, error: null });
  });
});

describe('video renditions [sqlite]', () => {
  const t = setUp('sqlite');

  it('makes a poster, a 720p and a capped 360p H.264/AAC MP4 and an AAC audio file, checked by ffprobe', async () => {
    const stored = await t.video.createVideoFromUpload(streamOf(clip('noisy.mp4')), { actor: SYSTEM, fileName: 'noisy.mp4' });
    expect(await t.video.tools()).toEqual({ ffmpeg: true, ffprobe: true });
    expect(await t.video.createWorker().runOnce()).toBe('done');
    const video = await t.video.getVideo(stored.id);
    expect(video.status).toBe('ready');
    const [hd, low, audio] = video.renditions;
    const at = (file: string) => path.join(t.dir, 'video', file);

    // The source is 360p: the "720p" rendition keeps its size rather than enlarging it.
    expect(hd).toMatchObject({ kind: '720p', file: `${video.original.file.slice(0, 20)}-720.mp4`, mime: 'video/mp4', width: 640, height: 360 });
    const hdProbe = probe(at(hd!.file));
    expect(hdProbe.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264']);
    expect(hd!.bytes).toBe(fs.statSync(at(hd!.file)).size);

    expect(low).toMatchObject({ kind: '360p', mime: 'video/mp4' });
    const lowProbe = probe(at(low!.file));
    const lowVideo = lowProbe.streams.find((s) => s.codec_type === 'video')!;
    expect(lowVideo.height).toBeLessThanOrEqual(360);
    expect(Number(lowVideo.bit_rate)).toBeLessThanOrEqual(440_000);
    expect(lowProbe.streams.find((s) => s.codec_type === 'audio')).toMatchObject({ codec_name: 'aac', channels: 1 });
    // Faststart: the index comes before the media data.
    const head = fs.readFileSync(at(low!.file)).subarray(0, 4096).toString('latin1');
    expect(head.indexOf('moov')).toBeGreaterThan(-1);
    expect(head.indexOf('moov')).toBeLessThan(Math.max(head.indexOf('mdat'), 4096));

    expect(audio).toMatchObject({ kind: 'audio', mime: 'audio/mp4' });
    expect(probe(at(audio!.file)).streams.map((s) => s.codec_type)).toEqual(['audio']);

    expect(video.poster).toMatchObject({ kind: 'poster', mime: 'image/jpeg', width: 640, height: 360 });
    expect(fs.readFileSync(at(video.poster!.file)).subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    expect(Number(probe(at(hd!.file)).format.duration)).toBeCloseTo(6, 0);
  });

  it('stops a running job on stop() and hands it back to the queue', async () => {
    const stored = await t.video.createVideoFromUpload([clip('noisy.mp4')], { actor: SYSTEM });
    const worker = t.video.createWorker({ intervalMs: 50 });
    await worker.start();
    // Stop as soon as the worker has claimed the job.
    for (let i = 0; i < 200 && (await t.video.getVideo(stored.id)).status !== 'processing'; i++) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    const after = await t.video.getVideo(stored.id);
    if (after.status !== 'ready') expect(after).toMatchObject({ status: 'queued', attempts: 0 });
    expect(t.files().filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('video without ffmpeg [sqlite]', () => {
  const missing = path.join(os.tmpdir(), 'ensemble-no-such-ffmpeg', 'ffmpeg');
  const noProbe = setUp('sqlite', { ffprobePath: missing });

  it('accepts an upload on its sniffed type alone when ffprobe is missing, as unprocessed', async () => {
    expect(await noProbe.video.tools()).toEqual({ ffmpeg: true, ffprobe: false });
    const video = await noProbe.video.createVideoFromUpload([clip('clip.webm')], { actor: SYSTEM });
    expect(video).toMatchObject({ status: 'unprocessed', durationMs: null, width: null, renditions: [], poster: null });
    expect(video.original.mime).toBe('video/webm');
    await expect(noProbe.video.createVideoFromUpload([clip('red.png')], { actor: SYSTEM })).rejects.toMatchObject({ code: 'VIDEO_UNSUPPORTED_TYPE' });
    expect(await noProbe.video.createWorker().runOnce()).toBe('idle');
  });

  it('checks uploads but runs no job when ffmpeg is missing', async () => {
    const video = createVideoModule({ db: noProbe.database.db, clock: systemClock, audit: createAuditModule({ db: noProbe.database.db, clock: systemClock }), mediaDir: noProbe.dir, ffmpegPath: missing });
    expect(await video.tools()).toEqual({ ffmpeg: false, ffprobe: true });
    const stored = await video.createVideoFromUpload([clip('clip.mp4')], { actor: SYSTEM });
    expect(stored).toMatchObject({ status: 'unprocessed', width: 320, height: 180 });
    await expect(video.createVideoFromUpload([clip('clip.mp4').subarray(0, 50_000)], { actor: SYSTEM })).rejects.toMatchObject({ code: 'VIDEO_TRUNCATED' });
    expect(await video.createWorker().runOnce()).toBe('idle');
    expect(await video.retry({ id: stored.id, actor: SYSTEM })).toMatchObject({ status: 'unprocessed' });
  });
});

describeEachDatabase('video operations', (dialect) => {
  // Without ffprobe an upload is stored on its sniffed type: quick, and enough for access and audit.
  const t = setUp(dialect, { ffprobePath: path.join(os.tmpdir(), 'ensemble-no-such-ffmpeg', 'ffprobe') });
  const person = (role: Role): Actor => ({ kind: 'user', id: `u-${role}`, role, locales: role === 'translator' ? ['fr'] : [] });
  const actions = async () => (await t.audit.list()).entries.map((e) => e.action);

  it('refuses an upload or a retry by a translator, a reviewer or a token without write, writing nothing', async () => {
    const stored = await t.video.createVideoFromUpload([clip('clip.webm')], { actor: SYSTEM });
    await t.database.db.updateTable('videos').set({ status: 'failed', attempts: 3, error: 'broke' }).where('id', '=', stored.id).execute();
    const refused: Actor[] = [person('translator'), person('reviewer'), { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'publish'], locales: null }];
    for (const actor of refused) {
      await expect(t.video.createVideoFromUpload([clip('clip.webm')], { actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
      await expect(t.video.retry({ id: stored.id, actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    }
    expect((await t.video.listVideos({ limit: 10, offset: 0 })).total).toBe(1);
    expect(await t.video.getVideo(stored.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await actions()).toEqual(['video.uploaded']);
  });

  it('stores an editor’s upload and requeues a failed video, each with exactly one audit entry', async () => {
    const stored = await t.video.createVideoFromUpload([clip('clip.webm')], { actor: person('editor'), fileName: 'clip.webm' });
    const [uploaded] = (await t.audit.list({ action: 'video.uploaded' })).entries;
    expect(uploaded).toMatchObject({ actorId: 'u-editor', details: { videoId: stored.id, bytes: stored.original.bytes, mime: 'video/webm' } });
    await t.database.db.updateTable('videos').set({ status: 'failed', attempts: 3, error: 'broke' }).where('id', '=', stored.id).execute();
    expect(await t.video.retry({ id: stored.id, actor: person('administrator') })).toMatchObject({ status: 'queued', attempts: 0, error: null });
    // Nothing to retry: nothing changes and nothing is recorded.
    await t.video.retry({ id: stored.id, actor: person('editor') });
    const retried = (await t.audit.list({ action: 'video.retried' })).entries;
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ actorId: 'u-administrator', details: { videoId: stored.id, attempts: 3 } });
    expect(await actions()).toHaveLength(2);
  });
});

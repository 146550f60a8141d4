/** @module video — short video stories: uploads checked by their bytes and by ffprobe, a job queue in the database, renditions and a poster made with ffmpeg, files named by content. */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { createLocalFileStore, type FileStore, type OpenedObject } from '../../platform/file-store/index.ts';
import { newId } from '../../platform/ids.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { authorize } from '../policy/index.ts';
import { receiveSniffedUpload, sweepIncoming, toDisplayName, type ReceivedUpload, type UploadSniffer } from '../media/index.ts';
import { emptyVideoUpload, unsupportedVideoType, videoNotFound, videoUploadTooLarge } from './video.errors.ts';
import { detectFfmpeg, probeVideo } from './video.ffmpeg.ts';
import { createVideoRepository, type VideoRecord } from './video.repository.ts';
import { VIDEO_SNIFF_BYTES, sniffVideoType } from './video.sniff.ts';
import { ORIGINAL_MIME, originalName, VIDEO_FILE_PATTERN, videoKey } from './video.transcode.ts';
import type { VideoAsset, VideoFile, VideoSourceType, VideoStatus, VideoTools } from './video.types.ts';
import { createVideoWorker, type RunOutcome, type VideoWorkerDeps, type VideoWorkerHeartbeat } from './video.worker.ts';
import type { Schema } from '../../platform/db/schema.ts';

export type { VideoAsset, VideoFile, VideoSourceType, VideoStatus, VideoTools };
export type { RunOutcome, VideoWorkerHeartbeat };
export * from './video.errors.ts';
export { detectFfmpeg } from './video.ffmpeg.ts';
export { renderDemoClip, type DemoClipSpec, type NarratedLine } from './video.demo.ts';
export { sniffVideoType } from './video.sniff.ts';
export { VIDEO_FILE_PATTERN };

/** 2 GiB: a few minutes of phone video at its own quality. */
export const DEFAULT_VIDEO_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

const VIDEO_SNIFFER: UploadSniffer<VideoSourceType> = {
  bytes: VIDEO_SNIFF_BYTES,
  sniff: sniffVideoType,
  empty: emptyVideoUpload,
  tooLarge: videoUploadTooLarge,
  unsupported: unsupportedVideoType,
};
const RENDITION_ORDER: readonly VideoFile['kind'][] = ['720p', '360p', 'audio'];

export function createVideoModule({
  db,
  clock,
  mediaDir,
  store: fileStore = createLocalFileStore(mediaDir),
  maxUploadBytes = DEFAULT_VIDEO_MAX_UPLOAD_BYTES,
  ffmpegPath = 'ffmpeg',
  ffprobePath = 'ffprobe',
  audit,
  onError,
  onChange,
}: {
  db: Db;
  clock: Clock;
  /** Uploads are checked, and renditions made, in a folder of it; the files go to `store` (by default, this folder). */
  mediaDir: string;
  store?: FileStore;
  audit: AuditModule;
  maxUploadBytes?: number;
  ffmpegPath?: string;
  ffprobePath?: string;
  onError?: (e: unknown) => void;
  /** Told when a video becomes ready (or fails for good), so pages that show it are rebuilt. */
  onChange?: (videoId: string) => void;
}) {
  const repo = createVideoRepository(db);
  const videoDir = path.join(mediaDir, 'video');
  // Uploads land here while they are checked; a dot folder no video name can reach.
  const incomingDir = path.join(videoDir, '.incoming');
  const paths = { ffmpegPath, ffprobePath };
  const tools = () => detectFfmpeg(paths);

  /**
   * Checks a received file, moves it in place under its content name and queues its job. The row
   * commits with `uploadedBy`'s audit entry when given (an upload), alone otherwise (the demo's clips).
   */
  async function store(upload: ReceivedUpload<VideoSourceType>, displayName: string, uploadedBy?: { actor: Actor; unit?: UnitOfWork }): Promise<VideoAsset> {
    try {
      const available = await tools();
      // Without ffprobe the sniffed type is all we know: the site serves the original as it is.
      const probed = available.ffprobe ? await probeVideo(ffprobePath, upload.path) : undefined;
      // Named by content: the same video uploaded twice shares one original.
      await fileStore.putFile(videoKey(originalName(upload.hash, upload.type)), upload.path, ORIGINAL_MIME[upload.type]);
      const now = clock.now().toISOString();
      const status: VideoStatus = available.ffmpeg && probed ? 'queued' : 'unprocessed';
      const record: VideoRecord = {
        id: newId(),
        hash: upload.hash,
        displayName,
        sourceType: upload.type,
        bytes: upload.bytes,
        durationMs: probed?.durationMs ?? null,
        width: probed?.width ?? null,
        height: probed?.height ?? null,
        status,
        files: [],
        progress: 0,
        attempts: 0,
        error: null,
        claimedUntil: null,
        createdAt: now,
        updatedAt: now,
      };
      const video = toAsset(record);
      await withUnitOfWork(db, uploadedBy?.unit, async ({ trx }) => {
        await createVideoRepository(trx).insert(record);
        if (uploadedBy) {
          const details = { videoId: video.id, bytes: video.original.bytes, mime: video.original.mime };
          await audit.record({ actorId: uploadedBy.actor.id, action: 'video.uploaded', details }, trx);
        }
      });
      return video;
    } finally {
      await fs.rm(upload.path, { force: true });
    }
  }

  async function receive(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number) {
    await fs.mkdir(videoDir, { recursive: true });
    // File times are the system's, whatever clock the module was given.
    await sweepIncoming(incomingDir, new Date());
    return receiveSniffedUpload(source, { incomingDir, maxBytes, sniffer: VIDEO_SNIFFER });
  }

  return {
    maxUploadBytes,

    /**
     * Stores an uploaded video: streamed to a private temporary file, its container sniffed from
     * its first bytes (MP4, MOV, WebM/Matroska), checked by ffprobe when present (a video stream,
     * a duration, data to the end), then queued for the worker. The original is kept as sent. The
     * file is checked first; the video's row and its `video.uploaded` audit entry commit together.
     * @throws POLICY_FORBIDDEN (`content.edit`), VIDEO_UPLOAD_EMPTY, VIDEO_UPLOAD_TOO_LARGE, VIDEO_UNSUPPORTED_TYPE, VIDEO_UNREADABLE, VIDEO_TRUNCATED
     */
    async createVideoFromUpload(
      source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      { actor, fileName, unit }: { actor: Actor; fileName?: string; unit?: UnitOfWork },
    ): Promise<VideoAsset> {
      // Refused before a byte is read: the caller discards the rest of the request.
      authorize(actor, 'content.edit');
      const upload = await receive(source, maxUploadBytes);
      return store(upload, displayNameOf(fileName), { actor, unit });
    },

    /**
     * Stores a video file the application provides (the demo's clips): no size limit, but
     * sniffed and probed like an upload.
     * @throws VIDEO_UNSUPPORTED_TYPE, VIDEO_UNREADABLE, VIDEO_TRUNCATED
     */
    async createVideoFromFile(filePath: string, { displayName }: { displayName?: string } = {}): Promise<VideoAsset> {
      const upload = await receive(createReadStream(filePath), Number.POSITIVE_INFINITY);
      return store(upload, displayNameOf(displayName ?? path.basename(filePath)));
    },

    /** @throws VIDEO_NOT_FOUND */
    async getVideo(id: string): Promise<VideoAsset> {
      const [video] = await repo.findMany([id]);
      if (!video) throw videoNotFound(id);
      return toAsset(video);
    },

    /** The videos found among `ids` (unknown ids are left out), in no particular order. */
    async findVideos(ids: readonly string[]): Promise<VideoAsset[]> {
      return (await repo.findMany(ids)).map(toAsset);
    },

    /** The library, newest first. */
    async listVideos(page: { limit: number; offset: number }): Promise<{ rows: VideoAsset[]; total: number }> {
      const { rows, total } = await repo.list({ limit: Math.min(Math.max(1, page.limit), 200), offset: Math.max(0, page.offset) });
      return { rows: rows.map(toAsset), total };
    },

    /**
     * Puts a failed video back in the queue with fresh attempts; an unprocessed one too once
     * ffmpeg and ffprobe are there. Any other video is returned as it is, and nothing is recorded;
     * a requeue commits with its `video.retried` audit entry (the attempts it had).
     * @throws POLICY_FORBIDDEN (`content.edit`), VIDEO_NOT_FOUND
     */
    async retry({ id, actor, unit }: { id: string; actor: Actor; unit?: UnitOfWork }): Promise<VideoAsset> {
      authorize(actor, 'content.edit');
      const available = await tools();
      const from: VideoStatus[] = available.ffmpeg && available.ffprobe ? ['failed', 'unprocessed'] : ['failed'];
      return withUnitOfWork(db, unit, async ({ trx }) => {
        const r = createVideoRepository(trx);
        const [before] = await r.findMany([id]);
        if (!before) throw videoNotFound(id);
        if (await r.requeue(id, from, clock.now().toISOString())) {
          await audit.record({ actorId: actor.id, action: 'video.retried', details: { videoId: id, attempts: before.attempts } }, trx);
        }
        const [video] = await r.findMany([id]);
        return toAsset(video!);
      });
    },

    /** Whether ffmpeg and ffprobe run on this machine (asked once per process). */
    tools,

    /** A worker for this process; start() it once at boot and stop() it at shutdown. */
    createWorker(options: { intervalMs?: number; onError?: (e: unknown) => void; onJobEnd?: VideoWorkerDeps['onJobEnd'] } = {}) {
      return createVideoWorker({ repo, clock, paths, store: fileStore, workDir: videoDir, tools, onError: options.onError ?? onError, intervalMs: options.intervalMs, onChange, onJobEnd: options.onJobEnd });
    },

    /** Videos waiting for a worker or being transcoded: the metrics' queue depth. */
    queueDepth: () => repo.countInQueue(),

    /** A stored video file to describe and stream, or undefined for a missing one or any name we did not write. */
    async openFile(name: string): Promise<OpenedObject | undefined> {
      return VIDEO_FILE_PATTERN.test(name) ? fileStore.open(videoKey(name)) : undefined;
    },

    /**
     * Every video's status, files and hash as raw rows: what the static export hashes to tell
     * whether a page showing a video changed (export/site-versions.ts).
     */
    listVersionRows() {
      return repo.listVersionRows();
    },
  };
}

export type VideoModule = ReturnType<typeof createVideoModule>;

function toAsset({ claimedUntil: _lease, files, hash, sourceType, bytes, ...row }: VideoRecord): VideoAsset {
  const original: VideoFile = {
    kind: 'original',
    file: originalName(hash, sourceType),
    mime: ORIGINAL_MIME[sourceType],
    bytes,
    ...(row.width !== null && row.height !== null ? { width: row.width, height: row.height } : {}),
    ...(row.durationMs ? { bitrateKbps: Math.round((bytes * 8) / row.durationMs) } : {}),
  };
  const renditions = RENDITION_ORDER.flatMap((kind) => files.filter((f) => f.kind === kind));
  return { ...row, original, renditions, poster: files.find((f) => f.kind === 'poster') ?? null };
}

/** The uploader's file name made safe to show; "video" when there is nothing left of it. */
function displayNameOf(raw: string | undefined): string {
  const name = toDisplayName(raw);
  // toDisplayName falls back to "image", the media library's word.
  return name === 'image' && !/image/i.test(raw ?? '') ? 'video' : name;
}

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['videos'] as const satisfies readonly (keyof Schema)[];

import type { VideoFileKind, VideoSourceType } from './video.types.ts';

/** The files the worker makes, with how they are named after the original's hash. */
export const OUTPUTS = {
  poster: { suffix: 'poster.jpg', mime: 'image/jpeg' },
  '720p': { suffix: '720.mp4', mime: 'video/mp4' },
  '360p': { suffix: '360.mp4', mime: 'video/mp4' },
  audio: { suffix: 'audio.m4a', mime: 'audio/mp4' },
} as const satisfies Record<Exclude<VideoFileKind, 'original'>, { suffix: string; mime: string }>;
export type OutputKind = keyof typeof OUTPUTS;

export const ORIGINAL_MIME: Record<VideoSourceType, string> = { mp4: 'video/mp4', webm: 'video/webm', mov: 'video/quicktime' };

/** Every name the module writes, and only those: `openFile` serves nothing else. */
export const VIDEO_FILE_PATTERN = /^[a-f0-9]{20}-(original\.(mp4|webm|mov)|720\.mp4|360\.mp4|audio\.m4a|poster\.jpg)$/;

/** Where a video file's name lives in the file store (the `video` folder of the media). */
export function videoKey(name: string): string {
  return `video/${name}`;
}

export function fileName(hash: string, kind: OutputKind): string {
  return `${hash.slice(0, 20)}-${OUTPUTS[kind].suffix}`;
}

export function originalName(hash: string, type: VideoSourceType): string {
  return `${hash.slice(0, 20)}-original.${type}`;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of a rendition whose shorter side is at most `maxShortSide`, aspect kept, both sides
 * even (4:2:0 H.264 needs it), never larger than the source. The shorter side, not the height:
 * stories are often filmed upright, and a 1080×1920 phone video at "720p" is 720×1280, as on
 * the usual video sites; for a landscape source it is the height.
 */
export function fitRendition(source: Size, maxShortSide: number): Size {
  const scale = Math.min(1, maxShortSide / Math.min(source.width, source.height));
  return { width: even(source.width * scale), height: even(source.height * scale) };
}

/** The poster: at most 1280 wide, never enlarged. */
export function fitPoster(source: Size): Size {
  const scale = Math.min(1, 1280 / source.width);
  return { width: even(source.width * scale), height: even(source.height * scale) };
}

/** One second in, or a tenth of the way for long videos (past titles and fades), inside the video. */
export function posterTime(durationMs: number): number {
  const seconds = durationMs / 1000;
  return Math.round(Math.min(Math.max(1, seconds * 0.1), seconds / 2) * 1000) / 1000;
}

export function posterArgs(source: string, target: string, size: Size, atSeconds: number): string[] {
  return [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
    // Seeking before -i jumps to the nearest keyframe first: fast on long videos.
    '-ss', String(atSeconds), '-i', source,
    '-frames:v', '1', '-an', '-map_metadata', '-1',
    '-vf', `scale=${size.width}:${size.height},setsar=1`,
    '-q:v', '3', '-f', 'mjpeg', target,
  ];
}

/**
 * One ffmpeg run for all the missing renditions: the source is decoded once and each output
 * encoded from it. Outputs drop the original's metadata (a phone's GPS position among it).
 */
export function transcodeArgs(source: string, outputs: readonly { kind: Exclude<OutputKind, 'poster'>; target: string }[], size: Size): string[] {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', source, '-progress', 'pipe:1', '-nostats'];
  const common = ['-map_metadata', '-1', '-map_chapters', '-1', '-movflags', '+faststart'];
  for (const { kind, target } of outputs) {
    if (kind === 'audio') {
      args.push('-map', '0:a:0', '-vn', '-c:a', 'aac', '-b:a', '64k', ...common, '-f', 'ipod', target);
      continue;
    }
    const { width, height } = fitRendition(size, kind === '720p' ? 720 : 360);
    const video = ['-map', '0:v:0', '-map', '0:a:0?', '-vf', `scale=${width}:${height},setsar=1`, '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'];
    if (kind === '720p') {
      args.push(...video, '-crf', '23', '-profile:v', 'high', '-c:a', 'aac', '-b:a', '128k', ...common, '-f', 'mp4', target);
    } else {
      // Capped CRF: simple scenes stay well under the cap, busy ones are held to 400 kbit/s.
      // The buffer starts nearly empty (x264 starts it 90 % full): otherwise a short busy clip
      // may average the cap plus the whole buffer over its length (460 kbit/s over 6 s).
      // Debian's ffmpeg has no HE-AAC encoder (libfdk_aac), so: AAC-LC, mono, 64 kbit/s.
      args.push(...video, '-crf', '28', '-maxrate', '400k', '-bufsize', '800k', '-x264-params', 'vbv-init=0.1', '-profile:v', 'main', '-c:a', 'aac', '-b:a', '64k', '-ac', '1', ...common, '-f', 'mp4', target);
    }
  }
  return args;
}

/** `-progress` lines are key=value; out_time_us is how far the slowest output has got. */
export function parseProgressLine(line: string, durationMs: number): number | undefined {
  const match = /^out_time_us=(\d+)$/.exec(line.trim());
  if (!match || durationMs <= 0) return undefined;
  return Math.min(1, Math.max(0, Number(match[1]) / 1000 / durationMs));
}

function even(value: number): number {
  // Rounded first so that 1920 × (720 / 1080) = 1279.99… gives 1280, not 1278.
  return Math.max(2, 2 * Math.floor(Math.round(value) / 2));
}

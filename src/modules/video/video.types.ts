/** Containers accepted for upload; Matroska files count as WebM (same EBML container). */
export type VideoSourceType = 'mp4' | 'webm' | 'mov';

export type VideoStatus = 'queued' | 'processing' | 'ready' | 'failed' | 'unprocessed';

export type VideoFileKind = 'original' | '720p' | '360p' | 'audio' | 'poster';

/** One stored file of a video: the original, a rendition or the poster. */
export interface VideoFile {
  readonly kind: VideoFileKind;
  /** Name under the video folder, as `resolveFile` accepts it. */
  readonly file: string;
  readonly mime: string;
  readonly bytes: number;
  readonly width?: number;
  readonly height?: number;
  /** total bit rate */
  readonly bitrateKbps?: number;
}

export interface VideoAsset {
  readonly id: string;
  readonly displayName: string;
  readonly status: VideoStatus;
  readonly durationMs: number | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly original: VideoFile;
  /** 720p, 360p and audio, in that order, once ready (audio only when the source has sound). */
  readonly renditions: readonly VideoFile[];
  readonly poster: VideoFile | null;
  /** 0..1 while processing. */
  readonly progress: number;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface VideoTools {
  readonly ffmpeg: boolean;
  readonly ffprobe: boolean;
}

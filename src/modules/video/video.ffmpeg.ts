import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { truncatedVideo, unreadableVideo } from './video.errors.ts';
import type { VideoTools } from './video.types.ts';

/** ffmpeg and ffprobe as the module runs them: names on PATH by default, or absolute paths. */
export interface FfmpegPaths {
  readonly ffmpegPath: string;
  readonly ffprobePath: string;
}

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  /** The last few KB of stderr: what an operator needs to see when a job fails. */
  readonly stderrTail: string;
  readonly timedOut: boolean;
  readonly aborted: boolean;
}

/** What ffprobe says of an original: display size (rotation and pixel shape applied). */
export interface ProbedVideo {
  readonly durationMs: number;
  readonly width: number;
  readonly height: number;
  readonly hasAudio: boolean;
  readonly bitrateKbps: number | undefined;
}

const STDERR_TAIL = 4000;
const VERSION_TIMEOUT_MS = 10_000;
const PROBE_TIMEOUT_MS = 60_000;
/** Reading every packet of a 2 GB file is disk-bound: a minute or two at worst. */
const SCAN_TIMEOUT_MS = 10 * 60_000;

const detected = new Map<string, Promise<VideoTools>>();

/**
 * Which of the two programs run (`-version` exits 0). Asked once per pair of paths for the life
 * of the process: installing ffmpeg later takes a restart.
 */
export function detectFfmpeg({ ffmpegPath, ffprobePath }: FfmpegPaths): Promise<VideoTools> {
  const key = `${ffmpegPath}\0${ffprobePath}`;
  let found = detected.get(key);
  if (!found) {
    const works = (bin: string) =>
      runProcess(bin, ['-version'], { timeoutMs: VERSION_TIMEOUT_MS }).then(
        (r) => r.code === 0,
        () => false,
      );
    found = Promise.all([works(ffmpegPath), works(ffprobePath)]).then(([ffmpeg, ffprobe]) => ({ ffmpeg, ffprobe }));
    detected.set(key, found);
  }
  return found;
}

/**
 * Runs a program with an argument array (never a shell), killing it on timeout or abort.
 * Rejects only when it cannot be started (ENOENT…); a non-zero exit is a result.
 */
export function runProcess(
  bin: string,
  args: readonly string[],
  options: { timeoutMs: number; signal?: AbortSignal; keepStdout?: boolean; onLine?: (line: string) => void },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let aborted = false;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      kill();
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort);
    if (options.onLine) readline.createInterface({ input: child.stdout }).on('line', options.onLine);
    else if (options.keepStdout) child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    else child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_TAIL);
    });
    const done = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('close', (code) => {
      done();
      resolve({ code, stdout, stderrTail: stderr.trim(), timedOut, aborted });
    });
  });
}

/**
 * Checks an original with ffprobe: it has a video stream, a duration, and its packets run to
 * the end. A truncated MP4 whose index (`moov`) was at the end has no index at all; one with the
 * index in front has packets that stop short of the duration the index declares; so does a cut
 * WebM. Packets are read, not decoded, so even a 2 GB file takes seconds.
 * @throws VIDEO_UNREADABLE, VIDEO_TRUNCATED
 */
export async function probeVideo(ffprobePath: string, file: string): Promise<ProbedVideo> {
  const info = await probeStreams(ffprobePath, file);
  const video = info.streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  if (!video || !(Number(video.width) > 0) || !(Number(video.height) > 0)) throw unreadableVideo('it has no video stream');
  const declared = Number(info.format.duration);
  const lastPacketEnd = await scanPackets(ffprobePath, file);
  const duration = Number.isFinite(declared) && declared > 0 ? declared : lastPacketEnd;
  if (!(duration > 0)) throw unreadableVideo('it has no duration');
  // Tracks may end a little apart, and edit lists shift them; a cut file stops well short.
  if (lastPacketEnd < duration - Math.max(1, duration * 0.01)) {
    throw truncatedVideo(`its data stops at ${lastPacketEnd.toFixed(1)} s of ${duration.toFixed(1)} s`);
  }
  const { width, height } = displaySize(video);
  const bitrate = Number(info.format.bit_rate);
  return {
    durationMs: Math.round(duration * 1000),
    width,
    height,
    hasAudio: info.streams.some((s) => s.codec_type === 'audio'),
    bitrateKbps: Number.isFinite(bitrate) && bitrate > 0 ? Math.round(bitrate / 1000) : undefined,
  };
}

/** Size and bit rate of a file the worker wrote, as ffprobe reads them back. */
export async function probeOutput(ffprobePath: string, file: string): Promise<{ width?: number; height?: number; bitrateKbps?: number }> {
  const info = await probeStreams(ffprobePath, file);
  const video = info.streams.find((s) => s.codec_type === 'video');
  const bitrate = Number(info.format.bit_rate);
  return {
    ...(video ? displaySize(video) : {}),
    ...(Number.isFinite(bitrate) && bitrate > 0 ? { bitrateKbps: Math.round(bitrate / 1000) } : {}),
  };
}

interface ProbeStream {
  codec_type?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  disposition?: { attached_pic?: number };
  side_data_list?: { rotation?: number }[];
  tags?: { rotate?: string };
}

async function probeStreams(ffprobePath: string, file: string): Promise<{ streams: ProbeStream[]; format: { duration?: string; bit_rate?: string } }> {
  const args = [
    '-v', 'error',
    '-show_entries', 'format=duration,bit_rate:stream=codec_type,width,height,sample_aspect_ratio:stream_disposition=attached_pic:stream_side_data=rotation:stream_tags=rotate',
    '-of', 'json',
    file,
  ];
  const result = await runProcess(ffprobePath, args, { timeoutMs: PROBE_TIMEOUT_MS, keepStdout: true });
  if (result.code !== 0) {
    // An MP4 or MOV whose recording or upload stopped before its index was written.
    if (/moov atom not found/i.test(result.stderrTail)) throw truncatedVideo('its index (moov) is missing');
    throw unreadableVideo(result.timedOut ? 'ffprobe took too long' : lastLine(result.stderrTail));
  }
  try {
    const parsed = JSON.parse(result.stdout) as { streams?: ProbeStream[]; format?: { duration?: string; bit_rate?: string } };
    return { streams: parsed.streams ?? [], format: parsed.format ?? {} };
  } catch (error) {
    throw unreadableVideo('ffprobe gave no answer', error);
  }
}

/** The end time (s) of the last packet of any stream, reading packets to the end of the file. */
async function scanPackets(ffprobePath: string, file: string): Promise<number> {
  let end = 0;
  const args = ['-v', 'error', '-show_entries', 'packet=pts_time,dts_time,duration_time', '-of', 'csv=p=0', file];
  const result = await runProcess(ffprobePath, args, {
    timeoutMs: SCAN_TIMEOUT_MS,
    onLine: (line) => {
      const [pts, dts, duration] = line.split(',').map(Number);
      const start = Number.isFinite(pts) ? pts! : dts!;
      if (Number.isFinite(start)) end = Math.max(end, start + (Number.isFinite(duration) ? duration! : 0));
    },
  });
  if (result.timedOut) throw unreadableVideo('reading it took too long');
  if (/partial file|ended prematurely|truncat/i.test(result.stderrTail)) throw truncatedVideo(lastLine(result.stderrTail));
  return end;
}

/** Width and height as shown: non-square pixels stretched, quarter turns applied. */
function displaySize(stream: ProbeStream): { width: number; height: number } {
  let width = Number(stream.width);
  const height = Number(stream.height);
  const [num, den] = (stream.sample_aspect_ratio ?? '').split(':').map(Number);
  if (num && den && num !== den) width = Math.round((width * num) / den);
  const rotation = Number(stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? stream.tags?.rotate ?? 0);
  return Math.abs(rotation) % 180 === 90 ? { width: height, height: width } : { width, height };
}

function lastLine(text: string): string {
  const line = text.split('\n').filter(Boolean).pop() ?? 'ffprobe refused it';
  // ffprobe prefixes lines with the file name: a temporary path that means nothing to an editor.
  return line.replace(/^.*?: (?=[A-Z])/, '').slice(0, 300);
}

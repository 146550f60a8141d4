import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from './video.ffmpeg.ts';

// Fonts Debian installs with fontconfig; the clip is drawn without a label when none is there.
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/freefont/FreeSansBold.ttf',
];
/** espeak-ng's speaking rate (words a minute) for a line that fits its caption's time, and the fastest it may go. */
const SPEECH_RATE = 160;
const FASTEST_RATE = 320;
/** A line ends this long before the next one starts, so two voices never overlap. */
const LINE_GAP_MS = 150;

/** A line the narrator says, at its caption's times. */
export interface NarratedLine {
  readonly startMs: number;
  readonly endMs: number;
  readonly text: string;
}

export interface DemoClipSpec {
  readonly seconds: number;
  readonly label: string;
  /** Tint of the test pattern drawn when there is no picture. */
  readonly hue: number;
  /** Pitch of the tone heard when there is no narration. */
  readonly frequency: number;
  /** A 16:9 picture (PNG or JPEG) the clip slowly moves into, instead of the test pattern. */
  readonly still?: string;
  /** What a voice says, and when; spoken by espeak-ng when it is installed, else the tone. */
  readonly narration?: { readonly voice: string; readonly lines: readonly NarratedLine[] };
  readonly ffmpegPath?: string;
  readonly espeakPath?: string;
}

/**
 * Draws a demo clip with ffmpeg: a picture with a slow zoom, or ffmpeg's moving test pattern
 * tinted by `hue`; the label when a font is installed; a narration spoken by espeak-ng at its
 * captions' times, or a sine tone. 640×360 H.264/AAC MP4, nothing downloaded.
 * @returns whether the clip is narrated (false: espeak-ng missing or no narration asked)
 * @throws Error when ffmpeg is missing or fails
 */
export async function renderDemoClip(outFile: string, spec: DemoClipSpec): Promise<{ narrated: boolean }> {
  const { seconds, label, hue, frequency, still, narration, ffmpegPath = 'ffmpeg', espeakPath = 'espeak-ng' } = spec;
  const font = await firstExisting(FONT_CANDIDATES);
  // The label and the spoken lines go through files so that no character of them is read as
  // filter syntax or as an option; the temporary folder's path has none either (mkdtemp under the system's tmp).
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ensemble-demo-clip-'));
  const part = `${outFile}.${randomBytes(6).toString('hex')}.part`;
  try {
    const frames = seconds * 25;
    const video = still
      ? // Zoom from 100 % to 112 % about the centre over the clip: a still picture that breathes.
        ['-loop', '1', '-framerate', '25', '-i', still]
      : ['-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=25:duration=${seconds}`];
    const videoFilters = still
      ? [`scale=1280:720,zoompan=z='1+0.12*on/${frames}':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s=640x360:fps=25`]
      : [`hue=h=${Math.round(hue) % 360}:s=1.4`];
    if (font && label.trim() && /^[\w/.-]+$/.test(tmp) && /^[\w/.-]+$/.test(font)) {
      const textFile = path.join(tmp, 'label.txt');
      await fs.writeFile(textFile, label.trim().slice(0, 80));
      videoFilters.push(`drawtext=fontfile=${font}:textfile=${textFile}:expansion=none:fontsize=26:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=10:x=24:y=h-text_h-24`);
    }
    videoFilters.push('format=yuv420p');

    const spoken = narration && (await works(espeakPath)) ? await speakLines(espeakPath, narration.voice, narration.lines, seconds * 1000, tmp) : [];
    const audioInputs = spoken.length > 0 ? spoken.flatMap((line) => ['-i', line.file]) : ['-f', 'lavfi', '-i', `sine=frequency=${Math.round(frequency)}:sample_rate=48000:duration=${seconds}`];
    const audioGraph =
      spoken.length > 0
        ? `${spoken.map((line, i) => `[${i + 1}:a]adelay=${line.startMs}:all=1[l${i}]`).join(';')};${spoken.map((_, i) => `[l${i}]`).join('')}amix=inputs=${spoken.length}:normalize=0,apad,aresample=48000[a]`
        : '[1:a]anull[a]';

    const args = [
      '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
      ...video, ...audioInputs,
      '-filter_complex', `[0:v]${videoFilters.join(',')}[v];${audioGraph}`,
      '-map', '[v]', '-map', '[a]', '-t', String(seconds),
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26',
      '-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart', '-f', 'mp4', part,
    ];
    const result = await runProcess(ffmpegPath, args, { timeoutMs: Math.max(60_000, seconds * 10_000) });
    if (result.code !== 0) throw new Error(`ffmpeg could not render the demo clip: ${result.stderrTail}`);
    await fs.rename(part, outFile);
    return { narrated: spoken.length > 0 };
  } finally {
    await fs.rm(part, { force: true });
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Each line spoken into its own WAV file, fast enough to end before the next line starts: a line
 * too long at the usual rate is spoken again faster, so the voice stays with its caption.
 */
async function speakLines(espeakPath: string, voice: string, lines: readonly NarratedLine[], clipMs: number, dir: string) {
  const spoken: { startMs: number; file: string }[] = [];
  for (const [i, line] of lines.entries()) {
    const text = line.text.trim();
    if (!text || line.startMs >= clipMs) continue;
    const textFile = path.join(dir, `line-${i}.txt`);
    const wav = path.join(dir, `line-${i}.wav`);
    await fs.writeFile(textFile, text);
    const slotMs = Math.max(500, (lines[i + 1]?.startMs ?? clipMs) - line.startMs - LINE_GAP_MS);
    let rate = SPEECH_RATE;
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await runProcess(espeakPath, ['-v', voice, '-s', String(rate), '-w', wav, '-f', textFile], { timeoutMs: 30_000 });
      if (result.code !== 0) throw new Error(`espeak-ng could not speak line ${i + 1}: ${result.stderrTail}`);
      const ms = await wavDurationMs(wav);
      if (ms <= slotMs || rate >= FASTEST_RATE) break;
      rate = Math.min(FASTEST_RATE, Math.ceil((rate * ms * 1.05) / slotMs));
    }
    spoken.push({ startMs: line.startMs, file: wav });
  }
  return spoken;
}

/** The length of a PCM WAV file, from its header: the data chunk's size over the bytes a second. */
async function wavDurationMs(file: string): Promise<number> {
  const bytes = await fs.readFile(file);
  const byteRate = bytes.readUInt32LE(28);
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    // espeak-ng writing to a file it cannot seek leaves the size at its maximum: the rest of the file is the data.
    if (id === 'data') return (Math.min(size, bytes.length - at - 8) / byteRate) * 1000;
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path.basename(file)} has no data chunk`);
}

function works(bin: string): Promise<boolean> {
  return runProcess(bin, ['--version'], { timeoutMs: 10_000 }).then(
    (r) => r.code === 0,
    () => false,
  );
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) {
    if (await fs.access(file).then(() => true, () => false)) return file;
  }
  return undefined;
}

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

/**
 * Draws a demo clip with ffmpeg's own generators (a moving test pattern tinted by `hue`, a sine
 * tone, the label when a font is installed): 640×360 H.264/AAC MP4, nothing downloaded.
 * @throws Error when ffmpeg is missing or fails
 */
export async function renderDemoClip(
  outFile: string,
  { seconds, label, hue, frequency, ffmpegPath = 'ffmpeg' }: { seconds: number; label: string; hue: number; frequency: number; ffmpegPath?: string },
): Promise<void> {
  const font = await firstExisting(FONT_CANDIDATES);
  // The label goes through a file so that no character of it is read as filter syntax; the
  // temporary folder's path has none either (mkdtemp under the system's tmp).
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ensemble-demo-clip-'));
  const part = `${outFile}.${randomBytes(6).toString('hex')}.part`;
  try {
    const filters = [`hue=h=${Math.round(hue) % 360}:s=1.4`];
    if (font && label.trim() && /^[\w/.-]+$/.test(tmp) && /^[\w/.-]+$/.test(font)) {
      const textFile = path.join(tmp, 'label.txt');
      await fs.writeFile(textFile, label.trim().slice(0, 80));
      filters.push(`drawtext=fontfile=${font}:textfile=${textFile}:expansion=none:fontsize=34:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=14:x=(w-text_w)/2:y=h-text_h-36`);
    }
    const args = [
      '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=25:duration=${seconds}`,
      '-f', 'lavfi', '-i', `sine=frequency=${Math.round(frequency)}:sample_rate=48000:duration=${seconds}`,
      '-vf', filters.join(','),
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', '96k', '-shortest', '-movflags', '+faststart', '-f', 'mp4', part,
    ];
    const result = await runProcess(ffmpegPath, args, { timeoutMs: Math.max(60_000, seconds * 10_000) });
    if (result.code !== 0) throw new Error(`ffmpeg could not render the demo clip: ${result.stderrTail}`);
    await fs.rename(part, outFile);
  } finally {
    await fs.rm(part, { force: true });
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) {
    if (await fs.access(file).then(() => true, () => false)) return file;
  }
  return undefined;
}

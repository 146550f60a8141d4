import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoClip } from '../video/index.ts';
import { STORY_CAPTIONS } from './demo-content/story-captions.ts';
import { narrationOf } from './demo-videos.ts';

/**
 * The demo clips are narrated: each caption line is spoken from its start, and over before the next
 * line starts, so what is heard is what the captions say when they say it. Needs ffmpeg and
 * espeak-ng, which .ci/run installs.
 */
let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-videos-test-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const TWO_LINES = `WEBVTT

00:00:00.800 --> 00:00:02.600
<v Karim>Bonjour à tous.

00:00:03.500 --> 00:00:05.500
#NousEnsemble
`;

/** Where the audio is silent, from ffmpeg's silencedetect: [start, end] pairs in seconds. */
function silences(file: string): [number, number][] {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-i', file, '-af', 'silencedetect=n=-40dB:d=0.25', '-f', 'null', '-'], { encoding: 'utf8' });
  const starts = [...run.stderr.matchAll(/silence_start: ([\d.]+)/g)].map((m) => Number(m[1]));
  const ends = [...run.stderr.matchAll(/silence_end: ([\d.]+)/g)].map((m) => Number(m[1]));
  return starts.map((start, i) => [start, ends[i] ?? Infinity]);
}

describe('demo clip narration', () => {
  it('reads the caption lines without voice tags or markup, a hashtag as two words', () => {
    const narration = narrationOf({ seconds: 6, label: '', hue: 0, frequency: 440, narration: { voice: 'fr', captions: TWO_LINES } });
    expect(narration?.voice).toBe('fr');
    expect(narration?.lines).toEqual([
      { startMs: 800, endMs: 2600, text: 'Bonjour à tous.' },
      { startMs: 3500, endMs: 5500, text: 'Nous Ensemble' },
    ]);
    const karim = narrationOf({ seconds: 20, label: '', hue: 0, frequency: 440, narration: { voice: 'fr', captions: STORY_CAPTIONS.barber.fr } });
    expect(karim?.lines.map((l) => l.text)).toContain('Ici, personne ne me demande d’où je viens.');
  });

  it('speaks each line from its caption start and stops before the next one', async () => {
    const file = path.join(dir, 'narrated.mp4');
    const narration = narrationOf({ seconds: 6, label: '', hue: 0, frequency: 440, narration: { voice: 'fr', captions: TWO_LINES } });
    const result = await renderDemoClip(file, { seconds: 6, label: 'Essai', hue: 30, frequency: 440, narration });
    expect(result.narrated).toBe(true);
    const quiet = silences(file);
    // Silent until the first line, and again between the two lines.
    expect(quiet[0]?.[0]).toBe(0);
    expect(quiet[0]?.[1]).toBeGreaterThan(0.7);
    expect(quiet[0]?.[1]).toBeLessThan(1.0);
    const gap = quiet.find(([start, end]) => start > 1 && end < 4);
    expect(gap, JSON.stringify(quiet)).toBeDefined();
    expect(gap![1]).toBeGreaterThan(3.4);
    expect(gap![1]).toBeLessThan(3.7);
  }, 60_000);

  it('has a tone instead when espeak-ng cannot be run, and a picture instead of the test pattern', async () => {
    const still = path.join(dir, 'still.png');
    const draw = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x0b5394:s=1280x720', '-frames:v', '1', still]);
    expect(draw.status).toBe(0);
    const file = path.join(dir, 'tone.mp4');
    const narration = narrationOf({ seconds: 2, label: '', hue: 0, frequency: 440, narration: { voice: 'fr', captions: TWO_LINES } });
    const result = await renderDemoClip(file, { seconds: 2, label: '', hue: 0, frequency: 440, still, narration, espeakPath: '/nonexistent/espeak-ng' });
    expect(result.narrated).toBe(false);
    expect(silences(file)).toEqual([]);
    // The middle frame is the picture's blue, not the test pattern's colours.
    const frame = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-ss', '1', '-i', file, '-frames:v', '1', '-vf', 'scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
    const [r = 0, g = 0, b = 0] = frame.stdout;
    expect(Math.abs(r - 0x0b)).toBeLessThan(24);
    expect(Math.abs(g - 0x53)).toBeLessThan(24);
    expect(Math.abs(b - 0x94)).toBeLessThan(24);
  }, 60_000);
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cueToSpokenText, parseCaptions } from '../captions/index.ts';
import { SYSTEM_ACTOR, type ContentService } from '../content/index.ts';
import { renderDemoClip, type NarratedLine, type VideoModule } from '../video/index.ts';
import { DEMO_IMAGES } from './demo-images.ts';
import type { DemoClip } from './demo.types.ts';
import type { DemoClipRequest } from './load-demo.ts';

/**
 * Draws each demo story's clip with ffmpeg, stores it like an upload (probed, then queued for its
 * renditions) and sets it on the story. Run after the site answers, since drawing takes seconds.
 * A clip is the story's illustration with a slow zoom and its French captions spoken by espeak-ng
 * at their times; without espeak-ng it has a tone, without ffmpeg there is no clip at all and the
 * stories keep their pictures.
 * @returns how many clips were attached
 */
export async function attachDemoClips(
  content: ContentService,
  video: VideoModule,
  requests: readonly DemoClipRequest[],
  onError?: (error: unknown) => void,
): Promise<number> {
  if (requests.length === 0 || !(await video.tools()).ffmpeg) return 0;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ensemble-demo-video-'));
  let attached = 0;
  try {
    for (const { documentId, key, clip } of requests) {
      try {
        const file = path.join(dir, `${key}.mp4`);
        await renderDemoClip(file, { ...clip, still: await drawStill(clip, path.join(dir, `${key}.png`)), narration: narrationOf(clip) });
        const asset = await video.createVideoFromFile(file, { displayName: `${key}.mp4` });
        const doc = await content.getDocument(documentId);
        await content.updateDocument({ id: documentId, expectedVersion: doc.version, fields: { ...doc.fields, video: asset.id }, actor: SYSTEM_ACTOR });
        attached++;
      } catch (error) {
        onError?.(error);
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return attached;
}

/** The clip's illustration at twice the clip's size, so the zoom stays sharp. */
async function drawStill(clip: DemoClip, file: string): Promise<string | undefined> {
  const draw = clip.picture ? DEMO_IMAGES[clip.picture] : undefined;
  if (!draw) return undefined;
  await sharp(Buffer.from(draw())).resize(1280, 720, { fit: 'cover' }).png().toFile(file);
  return file;
}

/** The caption track's lines as the narrator says them: without voice tags or markup, a hashtag read as words. */
export function narrationOf(clip: DemoClip): { voice: string; lines: NarratedLine[] } | undefined {
  if (!clip.narration) return undefined;
  const parsed = parseCaptions(clip.narration.captions);
  if (!parsed.ok) throw new Error(`the demo's narration captions do not parse: ${parsed.problems.map((p) => p.code).join(', ')}`);
  const lines = parsed.cues.map((cue) => ({
    startMs: cue.startMs,
    endMs: cue.endMs,
    text: cueToSpokenText(cue).replace(/#(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)/gu, '$1 $2'),
  }));
  return { voice: clip.narration.voice, lines };
}

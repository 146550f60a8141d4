import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM_ACTOR, type ContentService } from '../content/index.ts';
import { renderDemoClip, type VideoModule } from '../video/index.ts';
import type { DemoClipRequest } from './load-demo.ts';

/**
 * Draws each demo story's clip with ffmpeg, stores it like an upload (probed, then queued for its
 * renditions) and sets it on the story. Run after the site answers, since drawing takes seconds.
 * Without ffmpeg there is no clip, and the stories keep their pictures.
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
        await renderDemoClip(file, clip);
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

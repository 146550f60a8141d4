/** @module demo — the demonstration organisation, loaded once into a fresh site. */
import { SYSTEM } from '../accounts/index.ts';
import type { ContentService } from '../content/index.ts';
import type { SettingsModule } from '../settings/index.ts';
import { loadDemoSite, type CreateImage, type DemoLoadResult, type DemoMedia } from './load-demo.ts';

export { loadDemoSite, type CreateImage, type DemoLoadResult, type DemoMedia };
export type { DemoClipRequest } from './load-demo.ts';
export type { DemoClip } from './demo.types.ts';
export { attachDemoClips } from './demo-videos.ts';
export { demoConsentRecorder } from './demo-consent.ts';
export { renderDemoPdf } from './demo-pdf.ts';
export { demoGlossary, type DemoGlossaryTerm } from './demo-glossary.ts';

/**
 * Loads the demo on the first start of an empty site, and never again: a later start must not
 * overwrite what editors changed or deleted.
 */
export async function loadDemoOnFirstRun(
  content: ContentService,
  settings: SettingsModule,
  media: DemoMedia,
): Promise<DemoLoadResult | undefined> {
  if (await settings.getSetting('demoLoadedAt')) return undefined;
  if ((await content.countDocuments()) > 0) return undefined;
  const result = await loadDemoSite(content, media);
  await settings.setSetting({ key: 'demoLoadedAt', value: new Date().toISOString(), actor: SYSTEM });
  return result;
}

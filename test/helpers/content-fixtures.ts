import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import type { TestSite } from './build-test-app.ts';

/** A page published in French under `parentId` (null for the home page), made through the service. */
export async function publishedPage(site: TestSite, parentId: string | null, slug: string, title: string) {
  const { document } = await site.content.service.createDocumentWithTranslation({
    type: 'page',
    parentId,
    locale: 'fr',
    translation: { slug, title },
    actor: SYSTEM_ACTOR,
  });
  await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM_ACTOR });
  return { id: document.id, slug, title };
}

/**
 * Saves a published translation and publishes the change, as an editor and a reviewer would: a
 * save alone only changes the working copy, which visitors never see.
 */
export async function savePublished(site: Pick<TestSite, 'content'>, input: Parameters<TestSite['content']['service']['saveTranslation']>[0]) {
  const saved = await site.content.service.saveTranslation(input);
  return site.content.service.publishTranslation({ documentId: saved.documentId, locale: saved.locale, expectedVersion: saved.version, actor: SYSTEM_ACTOR });
}

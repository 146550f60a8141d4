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

/**
 * A page under "Who we are" published in French and English only. The demo translates every page into
 * Arabic (issue 10), so tests of the fallback to English build the untranslated page they need.
 */
export async function publishedPageWithoutArabic(site: TestSite, enSlug: string, enTitle: string) {
  const parent = await site.content.reader.findByPath('fr', 'qui-sommes-nous', { fallback: 'hide' });
  const page = await publishedPage(site, parent!.document.id, `${enSlug}-fr`, `${enTitle} (fr)`);
  await savePublished(site, { documentId: page.id, locale: 'en', expectedVersion: 0, translation: { slug: enSlug, title: enTitle }, actor: SYSTEM_ACTOR });
  return { id: page.id, arPath: `man-nahnu/${enSlug}` };
}

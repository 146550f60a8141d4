import { markupToRichText, SYSTEM_ACTOR, type Actor, type ContentService, type Translation } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';

let counter = 0;

/** A home page (the root every test page hangs under), with a published French translation. */
export async function createTestHome(content: ContentService): Promise<string> {
  const home = await content.createDocument({ type: 'page', actor: SYSTEM_ACTOR });
  await content.saveTranslation({ documentId: home.id, locale: 'fr', expectedVersion: 0, translation: { slug: '', title: 'Accueil' }, actor: SYSTEM_ACTOR });
  await content.publishTranslation({ documentId: home.id, locale: 'fr', actor: SYSTEM_ACTOR });
  return home.id;
}

/** A page under `parentId` with one translation, a draft unless `publish` is set. */
export async function createTestPage(
  content: ContentService,
  parentId: string,
  overrides: { locale?: LocaleCode; slug?: string; title?: string; body?: string; publish?: boolean; actor?: Actor } = {},
): Promise<Translation> {
  counter += 1;
  const actor = overrides.actor ?? SYSTEM_ACTOR;
  const doc = await content.createDocument({ type: 'page', parentId, actor });
  const saved = await content.saveTranslation({
    documentId: doc.id,
    locale: overrides.locale ?? 'fr',
    expectedVersion: 0,
    translation: {
      slug: overrides.slug ?? `page-${counter}`,
      title: overrides.title ?? `Page ${counter}`,
      body: markupToRichText(overrides.body ?? 'Premier paragraphe.'),
    },
    actor,
  });
  if (!overrides.publish) return saved;
  return content.publishTranslation({ documentId: doc.id, locale: saved.locale, actor });
}

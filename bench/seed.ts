// Seeds a large site through the real content service, so the data is exactly what the site serves.
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR, type BlockNode, type RichTextDoc } from '../src/modules/content/index.ts';
import type { Modules } from '../src/modules.ts';
import { pageText, type PageText, type TextLocale } from './text.ts';

export const SEED_LOCALES: readonly TextLocale[] = ['fr', 'en'];

export interface SeedPlan {
  /** Leaf pages; each has a French and an English translation. */
  readonly documents: number;
  /** Characters of body text per translation (about 20,000 makes a 26 KB page). */
  readonly bodyChars: number;
  readonly sections: number;
}

/** One seeded leaf page: where it lives in each locale and the seed its text came from. */
export interface SeededPage {
  readonly index: number;
  readonly documentId: string;
  readonly section: number;
  readonly slug: string;
}

export interface SeedResult {
  readonly pages: readonly SeededPage[];
  readonly sectionSlugs: readonly string[];
  readonly translations: number;
  readonly ms: number;
}

export function sectionSlug(section: number): string {
  return `section-${section + 1}`;
}

export function pageSlug(index: number): string {
  return `page-${index + 1}`;
}

/** The public path (without the locale) of a seeded page. */
export function pagePath(page: Pick<SeededPage, 'section' | 'slug'>): string {
  return `${sectionSlug(page.section)}/${page.slug}`;
}

/** The text of document `index` in `locale`; Hugo's copy is generated from the same call. */
export function seededText(index: number, locale: TextLocale, bodyChars: number): PageText {
  return pageText(index * 2 + (locale === 'fr' ? 1 : 2), locale, bodyChars);
}

export function sectionText(section: number, locale: TextLocale): PageText {
  return pageText(1_000_000 + section * 2 + (locale === 'fr' ? 1 : 2), locale, 600);
}

export function toRichText(text: PageText): RichTextDoc {
  const content: BlockNode[] = [];
  for (const block of text.blocks) {
    if (block.heading) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: block.heading }] });
    content.push({ type: 'paragraph', content: [{ type: 'text', text: block.text }] });
  }
  return { type: 'doc', content };
}

/**
 * Creates a home page, `sections` section pages under it and `documents` leaf pages under them, each in
 * French (source) and English, all published. `concurrency` overlaps round trips on PostgreSQL.
 */
export async function seedSite(
  modules: Modules,
  plan: SeedPlan,
  options: { concurrency?: number; onProgress?: (done: number) => void } = {},
): Promise<SeedResult> {
  const started = performance.now();
  const content = modules.content.service;
  const createPage = async (parentId: string | null, slug: string, texts: Record<TextLocale, PageText>, listing?: string): Promise<string> => {
    const { document } = await content.createDocumentWithTranslation({
      type: 'page',
      parentId,
      ...(listing ? { fields: { listing } } : {}),
      locale: 'fr',
      translation: { slug, title: texts.fr.title, summary: texts.fr.summary, body: toRichText(texts.fr) },
      actor: SYSTEM_ACTOR,
    });
    await content.saveTranslation({
      documentId: document.id,
      locale: 'en',
      expectedVersion: 0,
      translation: { slug, title: texts.en.title, summary: texts.en.summary, body: toRichText(texts.en), sourceLocale: 'fr' },
      actor: SYSTEM_ACTOR,
    });
    for (const locale of SEED_LOCALES) await content.publishTranslation({ documentId: document.id, locale, actor: SYSTEM_ACTOR });
    return document.id;
  };

  // Home and sections list their children, so every page is reachable by links (the export follows them).
  const homeId = await createPage(null, '', { fr: sectionText(-1, 'fr'), en: sectionText(-1, 'en') }, 'children');
  const sectionIds: string[] = [];
  for (let s = 0; s < plan.sections; s++) {
    sectionIds.push(await createPage(homeId, sectionSlug(s), { fr: sectionText(s, 'fr'), en: sectionText(s, 'en') }, 'children'));
  }
  const pages: SeededPage[] = new Array(plan.documents);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < plan.documents) {
      const index = next++;
      const section = index % plan.sections;
      const slug = pageSlug(index);
      const texts = { fr: seededText(index, 'fr', plan.bodyChars), en: seededText(index, 'en', plan.bodyChars) };
      const documentId = await createPage(sectionIds[section]!, slug, texts);
      pages[index] = { index, documentId, section, slug };
      done++;
      if (done % 250 === 0) options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
  return {
    pages,
    sectionSlugs: sectionIds.map((_, s) => sectionSlug(s)),
    translations: (plan.documents + plan.sections + 1) * SEED_LOCALES.length,
    ms: performance.now() - started,
  };
}

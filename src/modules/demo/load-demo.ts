import { findContentType, SYSTEM_ACTOR, type ContentService } from '../content/index.ts';
import { SYSTEM } from '../accounts/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource, type NewLocale } from '../locales/index.ts';
import { DEMO_SITE } from './demo-content/index.ts';
import { markupToRichText } from '../content/index.ts';
import { DEMO_IMAGES } from './demo-images.ts';
import { DEMO_PAGE_IMAGE_ALT } from './demo-page-images.ts';
import { renderDemoPdf } from './demo-pdf.ts';
import type { DemoClip, DemoDocument, DemoMenuItem, DemoSite, DemoTranslation } from './demo.types.ts';
import { demoGlossary, type DemoGlossaryTerm } from './demo-glossary.ts';

/** Stores an image with its alt text per locale and returns its id; the demo rasterises its SVG illustrations through it. */
export type CreateImage = (
  bytes: Buffer,
  details: { displayName: string; alt: Partial<Record<LocaleCode, string>> },
) => Promise<{ id: string }>;

/** What the demo stores besides text: pictures, and (when ffmpeg and the consent store are given) clips and consent. */
export interface DemoMedia {
  readonly createImage: CreateImage;
  /** Stores a downloadable file (a publication's PDF) and returns its id; without it, publications have no PDF. */
  readonly createFile?: (bytes: Buffer, details: { displayName: string }) => Promise<{ id: string }>;
  /** Records the consent of the people in a story, which publishing a story requires. */
  readonly recordConsent?: (documentId: string, consent: NonNullable<DemoDocument['consent']>) => Promise<void>;
  /** The site's locales: the demo adds the two UN languages the site starts without, through their operation. */
  readonly locales?: LocaleSource & { readonly service: { add(input: NewLocale, actor: typeof SYSTEM): Promise<unknown> } };
  /** Adds a glossary term (the translation memory's glossary); without it, the demo has no glossary. */
  readonly addGlossaryTerm?: (term: DemoGlossaryTerm) => Promise<unknown>;
}

/** The UN languages the demo adds to the four a site starts with; Chinese is served at /zh/. */
export const DEMO_LOCALES: readonly NewLocale[] = [
  { tag: 'zh-Hans', prefix: 'zh', fallbacks: ['en', 'fr'] },
  { tag: 'ru', fallbacks: ['en', 'fr'] },
];

export interface DemoLoadResult {
  readonly documents: number;
  readonly translations: number;
  /** Stories that want a clip: drawing them takes seconds, so the caller attaches them (see demo-videos.ts). */
  readonly clips: readonly DemoClipRequest[];
}

export interface DemoClipRequest {
  readonly documentId: string;
  readonly key: string;
  readonly clip: DemoClip;
}

/**
 * Loads the demo organisation through the content service, so it obeys every rule an editor's
 * content does. References are set in a second pass because documents refer to each other
 * (a campaign names its statement, which is the campaign's child).
 */
export async function loadDemoSite(
  content: ContentService,
  { createImage, createFile, recordConsent, locales, addGlossaryTerm }: DemoMedia,
  site: DemoSite = DEMO_SITE,
): Promise<DemoLoadResult> {
  const actor = SYSTEM_ACTOR;
  for (const locale of locales ? DEMO_LOCALES : []) {
    if (!locales?.current().has(locale.tag)) await locales?.service.add(locale, SYSTEM);
  }
  const configured = (locales ?? INITIAL_LOCALE_SOURCE).current();
  // Only the site's locales: a module tested without the locales module loads the initial four.
  const siteTranslations = (doc: DemoDocument): [LocaleCode, DemoTranslation][] =>
    Object.entries(doc.translations).flatMap(([locale, t]) => (configured.has(locale) && t ? [[locale, t] as [LocaleCode, DemoTranslation]] : []));
  const ids = new Map<string, string>();
  const resolve = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`Demo content refers to unknown key "${key}"`);
    return id;
  };
  let translations = 0;
  const clips: DemoClipRequest[] = [];

  for (const [position, doc] of site.documents.entries()) {
    const type = findContentType(doc.type);
    if (!type) throw new Error(`Demo document "${doc.key}" has unknown type "${doc.type}"`);
    const refNames = new Set(type.sharedFields.filter((f) => f.kind === 'reference' || f.kind === 'references').map((f) => f.name));
    const plainFields: Record<string, unknown> = Object.fromEntries(
      Object.entries(doc.fields ?? {}).filter(([name]) => !refNames.has(name)),
    );
    for (const field of type.sharedFields.filter((f) => f.kind === 'image')) {
      const key = plainFields[field.name];
      const draw = typeof key === 'string' ? DEMO_IMAGES[key] : undefined;
      if (!draw) continue;
      // The alt text each translation gives its picture becomes the image's own, per locale; page
      // types have no alt field, so their pictures' descriptions come with the drawings.
      const alt = Object.fromEntries(
        siteTranslations(doc)
          .map(([locale, t]) => [locale, t.alt?.[field.name] ?? (field.name === 'image' ? (t.fields?.imageAlt ?? DEMO_PAGE_IMAGE_ALT[key as string]?.[locale]) : undefined)] as const)
          .filter((entry): entry is readonly [LocaleCode, string] => typeof entry[1] === 'string'),
      );
      const displayName = field.name === 'image' ? `${doc.key}.png` : `${doc.key}-${field.name}.png`;
      plainFields[field.name] = (await createImage(Buffer.from(draw()), { displayName, alt })).id;
    }
    const created = await content.createDocument({
      type: doc.type,
      parentId: doc.parent ? resolve(doc.parent) : null,
      position,
      fields: plainFields,
      actor,
    });
    ids.set(doc.key, created.id);
    if (doc.video) clips.push({ documentId: created.id, key: doc.key, clip: doc.video });
    if (doc.consent && recordConsent) await recordConsent(created.id, doc.consent);
  }

  for (const doc of site.documents) {
    const id = resolve(doc.key);
    const refs = Object.entries(doc.fields ?? {}).filter(([name]) => {
      const def = findContentType(doc.type)?.sharedFields.find((f) => f.name === name);
      return def?.kind === 'reference' || def?.kind === 'references';
    });
    if (refs.length > 0) {
      const current = await content.getDocument(id);
      const resolved = Object.fromEntries(
        refs.map(([name, value]) => [name, Array.isArray(value) ? value.map((k) => resolve(String(k))) : resolve(String(value))]),
      );
      await content.updateDocument({ id, expectedVersion: current.version, fields: { ...current.fields, ...resolved }, actor });
    }
    for (const [locale, t] of siteTranslations(doc)) {
      const fields: Record<string, unknown> = t.labels ? { ...t.fields, labels: t.labels } : { ...t.fields };
      if (t.pdf && createFile) {
        const bytes = renderDemoPdf({ title: t.title, paragraphs: t.pdf, lang: locale });
        fields.pdf = (await createFile(bytes, { displayName: `${t.slug}.pdf` })).id;
      }
      const saved = await content.saveTranslation({
        documentId: id,
        locale,
        expectedVersion: 0,
        translation: {
          slug: t.slug,
          title: t.title,
          summary: t.summary ?? '',
          body: markupToRichText(t.body ?? [], resolve),
          fields,
          sourceLocale: locale === 'fr' ? null : 'fr',
        },
        actor,
      });
      await content.publishTranslation({ documentId: id, locale, expectedVersion: saved.version, actor });
      translations++;
    }
  }

  for (const term of addGlossaryTerm ? demoGlossary(configured.allCodes) : []) await addGlossaryTerm!(term);
  await addMenu(content, 'main', site.menu, null, resolve);
  const footer = ['accessibility', 'privacy'].filter((key) => site.documents.some((d) => d.key === key));
  await addMenu(content, 'footer', footer.map((doc) => ({ doc })), null, resolve);
  return { documents: site.documents.length, translations, clips };
}

async function addMenu(
  content: ContentService,
  menu: string,
  items: readonly DemoMenuItem[],
  parentId: string | null,
  resolve: (key: string) => string,
): Promise<void> {
  for (const [position, item] of items.entries()) {
    const id = await content.addMenuItem({ menu, documentId: resolve(item.doc), parentId, position, actor: SYSTEM_ACTOR });
    await addMenu(content, menu, item.children ?? [], id, resolve);
  }
}


import type { Db } from '../../platform/db/database.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleCode, type LocaleSource } from '../locales/index.ts';
import { createContentRepository, type PublishedAddress } from './content.repository.ts';
import { MENUS } from './menus.service.ts';
import type { ContentDocument, LocalizedDocument, LocalizedSummary, MenuEntry, Translation, TranslationSummary } from './content.types.ts';

/**
 * What a missing translation does on the public site: `show` serves the first published
 * fallback (marked with its language), `hide` treats the page as absent in that locale.
 */
export type FallbackPolicy = 'show' | 'hide';

export interface ReadOptions {
  readonly fallback: FallbackPolicy;
}

export interface Alternate {
  readonly locale: LocaleCode;
  readonly path: string;
  /** Whether the document has its own published translation in this locale. */
  readonly isTranslated: boolean;
}

export type ContentReader = ReturnType<typeof createContentReader>;

/** Published content as visitors see it, with the declared fallback policy applied. */
export function createContentReader({ db, locales = INITIAL_LOCALE_SOURCE }: { db: Db; locales?: LocaleSource }) {
  const repo = createContentRepository(db);
  const chainFor = (locale: LocaleCode, options: ReadOptions) => (options.fallback === 'show' ? locales.current().chain(locale) : [locale]);

  /** Each document as seen in `locale`, with the translations `load` gives (whole, or without bodies). */
  async function localizeWith<T extends TranslationSummary>(
    docs: readonly ContentDocument[],
    locale: LocaleCode,
    options: ReadOptions,
    load: (ids: readonly string[], locales: readonly LocaleCode[]) => Promise<T[]>,
  ): Promise<(Omit<LocalizedDocument, 'translation'> & { translation: T })[]> {
    const ids = docs.map((d) => d.id);
    const chain = chainFor(locale, options);
    // The chain's translations and this locale's paths only: forty locales cost what four do.
    const [translations, paths] = await Promise.all([load(ids, chain), repo.listPaths(ids, locale)]);
    // Grouped once: a section lists thousands of children, and a scan per child would be quadratic.
    const byDocument = new Map<string, T[]>();
    for (const t of translations) {
      const own = byDocument.get(t.documentId);
      if (own) own.push(t);
      else byDocument.set(t.documentId, [t]);
    }
    const pathOf = new Map(paths.map((p) => [p.documentId, p.path]));
    const result: (Omit<LocalizedDocument, 'translation'> & { translation: T })[] = [];
    for (const document of docs) {
      const translation = pickPublished(byDocument.get(document.id) ?? [], chain);
      if (!translation) continue;
      result.push({ document, translation, locale, isFallback: translation.locale !== locale, path: pathOf.get(document.id) });
    }
    return result;
  }

  function localize(docs: readonly ContentDocument[], locale: LocaleCode, options: ReadOptions): Promise<LocalizedDocument[]> {
    return localizeWith(docs, locale, options, (ids, chain) => repo.listTranslations(ids, chain));
  }

  async function ancestorChain(doc: ContentDocument): Promise<ContentDocument[]> {
    const chain: ContentDocument[] = [];
    let parentId = doc.parentId;
    for (let depth = 0; parentId !== null && depth < 50; depth++) {
      const parent = await repo.findDocument(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  /** These documents as seen in `locale`, for trails and listings: translations without bodies. */
  function localizeSummaries(docs: readonly ContentDocument[], locale: LocaleCode, options: ReadOptions): Promise<LocalizedSummary[]> {
    return localizeWith(docs, locale, options, (ids, chain) => repo.listTranslationSummaries(ids, chain));
  }

  return {
    localizeSummaries,

    /** The published document at /{locale}/{path}, or undefined. */
    async findByPath(locale: LocaleCode, path: string, options: ReadOptions): Promise<LocalizedDocument | undefined> {
      const id = await repo.findDocumentIdByPath(locale, path);
      if (id === undefined) return undefined;
      const doc = await repo.findDocument(id);
      if (!doc) return undefined;
      return (await localize([doc], locale, options))[0];
    },

    /** Where an old path of a document leads now: the document's current path in that locale, or undefined. */
    async findRedirect(locale: LocaleCode, path: string): Promise<string | undefined> {
      const id = await repo.findRedirectTarget(locale, path);
      if (id === undefined) return undefined;
      const current = (await repo.listPaths([id])).find((p) => p.locale === locale)?.path;
      return current === path ? undefined : current;
    },

    /** The path, in another locale, of the page at this path (a disabled locale's visitor is sent there). */
    async pathInLocale(locale: LocaleCode, path: string, target: LocaleCode): Promise<string | undefined> {
      const id = await repo.findDocumentIdByPath(locale, path);
      if (id === undefined) return undefined;
      return (await repo.listPaths([id])).find((p) => p.locale === target)?.path;
    },

    async findById(id: string, locale: LocaleCode, options: ReadOptions): Promise<LocalizedDocument | undefined> {
      const doc = await repo.findDocument(id);
      return doc ? (await localize([doc], locale, options))[0] : undefined;
    },

    async findManyById(ids: readonly string[], locale: LocaleCode, options: ReadOptions): Promise<LocalizedDocument[]> {
      const docs = await repo.findDocuments(ids);
      const byId = new Map((await localize(docs, locale, options)).map((d) => [d.document.id, d]));
      return ids.map((id) => byId.get(id)).filter((d): d is LocalizedDocument => d !== undefined);
    },

    /** The published children in `locale`, for listings: their translations come without bodies. */
    async listChildren(parentId: string, locale: LocaleCode, options: ReadOptions): Promise<LocalizedSummary[]> {
      return localizeSummaries(await repo.listChildren(parentId), locale, options);
    },

    async listByType(type: string, locale: LocaleCode, options: ReadOptions): Promise<LocalizedDocument[]> {
      return localize(await repo.listDocumentsByType(type), locale, options);
    },

    /** Documents of a type whether or not they have translations (countries, named by Intl). */
    async listDocumentsByType(type: string): Promise<ContentDocument[]> {
      return repo.listDocumentsByType(type);
    },

    /**
     * Every ancestor from the root down, published or not: a page depends on them even while they
     * are hidden; `localize` them for breadcrumbs.
     */
    listAncestorChain: ancestorChain,

    /** Documents as stored, whatever their translations' status (to tell what a change touched). */
    async findDocuments(ids: readonly string[]): Promise<ContentDocument[]> {
      return repo.findDocuments(ids);
    },

    /** Every document some menu entry points to, published or not. */
    async listMenuDocumentIds(): Promise<Set<string>> {
      const items = await Promise.all(MENUS.map((menu) => repo.listMenuItems(menu)));
      return new Set(items.flat().map((item) => item.documentId));
    },

    /** Each published translation of these types with its address, without loading any text. */
    async listPublishedAddresses(types: readonly string[]): Promise<PublishedAddress[]> {
      return repo.listPublishedAddresses(types);
    },

    /** The published translations of these documents, every locale, without fallback (caption tracks, filters). */
    async listPublishedTranslations(documentIds: readonly string[]): Promise<Translation[]> {
      return (await repo.listTranslations(documentIds)).filter((t) => t.status === 'published');
    },

    /** Every locale in which the document can be read, with its path there. */
    async listAlternates(documentId: string, options: ReadOptions): Promise<Alternate[]> {
      const [translations, paths] = await Promise.all([
        repo.listTranslationSummaries([documentId]),
        repo.listPaths([documentId]),
      ]);
      const alternates: Alternate[] = [];
      for (const locale of locales.current().codes) {
        const path = paths.find((p) => p.locale === locale)?.path;
        if (path === undefined || !pickPublished(translations, chainFor(locale, options))) continue;
        const isTranslated = translations.some((t) => t.locale === locale && t.status === 'published');
        alternates.push({ locale, path, isTranslated });
      }
      return alternates;
    },

    /** A menu as a tree of labelled links in the locale; entries with nothing to show are left out. */
    async getMenu(menu: string, locale: LocaleCode, options: ReadOptions): Promise<MenuEntry[]> {
      const items = await repo.listMenuItems(menu);
      const docs = await repo.findDocuments([...new Set(items.map((i) => i.documentId))]);
      const localized = new Map((await localize(docs, locale, options)).map((d) => [d.document.id, d]));
      const build = (parentId: string | null, depth: number): MenuEntry[] =>
        depth > 4
          ? []
          : items
              .filter((i) => i.parentId === parentId)
              .flatMap((i) => {
                const doc = localized.get(i.documentId);
                if (!doc || doc.path === undefined) return [];
                return [
                  {
                    documentId: doc.document.id,
                    // A short title for menus when the translation has one ("Journée des migrants").
                    label: typeof doc.translation.fields.menuLabel === 'string' && doc.translation.fields.menuLabel.trim() !== '' ? doc.translation.fields.menuLabel.trim() : doc.translation.title,
                    labelLocale: doc.translation.locale,
                    path: doc.path,
                    children: build(i.id, depth + 1),
                  },
                ];
              });
      return build(null, 0);
    },

    /**
     * The rows the static export hashes to tell whether a page changed since the last export
     * (export/site-versions.ts): every document, translation status and version, path and menu
     * item, drafts included and text bodies left out.
     */
    listVersionRows: () => repo.listVersionRows(),
  };
}

function pickPublished<T extends TranslationSummary>(translations: readonly T[], chain: readonly LocaleCode[]): T | undefined {
  for (const candidate of chain) {
    const t = translations.find((x) => x.locale === candidate && x.status === 'published');
    if (t) return t;
  }
  return undefined;
}

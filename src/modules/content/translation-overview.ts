import type { Db } from '../../platform/db/database.ts';
import type { LocaleCode } from '../locales/index.ts';
import { CONTENT_TYPES } from './content-types.ts';
import { createContentRepository } from './content.repository.ts';
import type { ContentDocument, TranslationSummary } from './content.types.ts';
import { missingTracks, textFingerprint, translationStates, type TranslationState } from './translation-states.ts';

/** One document's row on the translation dashboard. */
export interface TranslationRow {
  readonly documentId: string;
  readonly type: string;
  /** Title in the source locale (or the first translation found). */
  readonly title: string;
  readonly titleLocale: LocaleCode;
  /** When the source text last changed: the queue puts the newest work first. */
  readonly sourceUpdatedAt: string;
  /** The top-level page this document sits under, or its type for documents outside the tree. */
  readonly section: { readonly id: string; readonly title: string } | { readonly id: null; readonly type: string };
  readonly states: Readonly<Record<LocaleCode, TranslationState>>;
  /** Per locale, the tracks (captions, descriptions) the source has and that locale lacks. */
  readonly missingTracks: Readonly<Partial<Record<LocaleCode, readonly string[]>>>;
}

/** Every translatable document with the state of each locale, for coverage and translators' queues. */
export async function listTranslationRows(db: Db, locales: readonly LocaleCode[]): Promise<TranslationRow[]> {
  const repo = createContentRepository(db);
  const docs: ContentDocument[] = [];
  for (const type of CONTENT_TYPES.values()) {
    // Countries are named by Intl and have nothing to translate.
    if (type.name !== 'country') docs.push(...(await repo.listDocumentsByType(type.name)));
  }
  // Bodies only of the translations others are made from: forty locales read forty summaries and one text per document.
  const translations = await repo.listTranslationSummaries(docs.map((d) => d.id));
  const byDoc = new Map<string, TranslationSummary[]>();
  for (const t of translations) {
    const list = byDoc.get(t.documentId);
    if (list) list.push(t);
    else byDoc.set(t.documentId, [t]);
  }
  const sourceIds = new Set<string>();
  for (const t of translations) {
    const source = t.sourceLocale === null ? undefined : byDoc.get(t.documentId)?.find((x) => x.locale === t.sourceLocale);
    if (source) sourceIds.add(source.id);
  }
  const fingerprints = new Map((await repo.listTranslationsById([...sourceIds])).map((t) => [t.id, textFingerprint(t)]));
  const fingerprintOf = (source: TranslationSummary) => fingerprints.get(source.id) ?? '';
  const docsById = new Map(docs.map((d) => [d.id, d]));
  const titleOf = (id: string) => {
    const own = byDoc.get(id) ?? [];
    return own.find((t) => t.sourceLocale === null) ?? own[0];
  };
  return docs
    .filter((d) => (byDoc.get(d.id) ?? []).length > 0)
    .map((doc) => {
      const title = titleOf(doc.id)!;
      const top = topLevel(doc, docsById);
      return {
        documentId: doc.id,
        type: doc.type,
        title: title.title,
        titleLocale: title.locale,
        sourceUpdatedAt: title.updatedAt,
        section: top ? { id: top.id, title: titleOf(top.id)?.title ?? top.id } : { id: null, type: doc.type },
        states: translationStates(byDoc.get(doc.id) ?? [], locales, fingerprintOf),
        missingTracks: missingTracks(CONTENT_TYPES.get(doc.type)?.translatableFields ?? [], byDoc.get(doc.id) ?? [], locales),
      };
    });
}

/** The ancestor just under the root (a section such as "Who we are"); the root is its own section. */
function topLevel(doc: ContentDocument, docs: ReadonlyMap<string, ContentDocument>): ContentDocument | undefined {
  if (doc.parentId === null) return CONTENT_TYPES.get(doc.type)?.routable ? doc : undefined;
  let current = doc;
  for (let depth = 0; depth < 50; depth++) {
    const parent = current.parentId ? docs.get(current.parentId) : undefined;
    if (!parent) return current;
    if (parent.parentId === null) return current;
    current = parent;
  }
  return current;
}

import type { LocaleCode, LocaleSet } from '../locales/index.ts';
import { findContentType } from './content-types.ts';
import type { ContentRepository } from './content.repository.ts';
import { slugTaken } from './content.errors.ts';
import type { TranslationSummary } from './content.types.ts';

/**
 * Recomputes the public path of a document and of everything under it, in every locale.
 * A locale without its own published translation borrows the slug of the first fallback that has
 * one, so every page has an address in every locale, and the address of an unpublished translation
 * never reaches the public (switcher, hreflang, sitemaps, export) before it is published. A
 * document with nothing published uses its drafts' slugs, for previews and the back office.
 * Descendants are recomputed only when a document's own paths changed.
 * Each path that changes is kept as a redirect to the document; a path a page now owns is no
 * longer a redirect.
 * @returns the documents whose paths changed (the root, its descendants, or none)
 * @throws CONTENT_SLUG_TAKEN when another page already owns one of the new paths
 */
export async function rebuildPaths(repo: ContentRepository, rootId: string, locales: LocaleSet): Promise<string[]> {
  // Disabled locales keep their paths: enabling one again serves the same addresses.
  const codes = locales.all.map((l) => l.code);
  const queue = [rootId];
  const changed: string[] = [];
  for (let guard = 0; queue.length > 0 && guard < 100_000; guard++) {
    const id = queue.shift() as string;
    const doc = await repo.findDocument(id);
    if (!doc) continue;
    const type = findContentType(doc.type);
    const paths = new Map<LocaleCode, string>();
    if (type?.routable) {
      const translations = await repo.listTranslationSummaries([doc.id]);
      const parentPaths = doc.parentId
        ? new Map((await repo.listPaths([doc.parentId])).map((p) => [p.locale, p.path]))
        : undefined;
      for (const locale of codes) {
        const slug = effectiveSlug(translations, locale, locales);
        if (slug === undefined) continue;
        if (parentPaths === undefined) {
          paths.set(locale, slug);
          continue;
        }
        const parentPath = parentPaths.get(locale);
        if (parentPath === undefined) continue;
        paths.set(locale, parentPath === '' ? slug : `${parentPath}/${slug}`);
      }
    }
    const before = new Map((await repo.listPaths([doc.id])).map((p) => [p.locale, p.path]));
    // Only a path that changes can collide: a save in one of forty locales checks none of the others.
    for (const [locale, path] of paths) {
      if (before.get(locale) === path) continue;
      const owner = await repo.findDocumentIdByPath(locale, path);
      if (owner !== undefined && owner !== doc.id) throw slugTaken(locale, path);
    }
    const unchanged = before.size === paths.size && [...before].every(([locale, path]) => paths.get(locale) === path);
    if (unchanged) continue;
    changed.push(doc.id);
    await rememberOldPaths(repo, doc.id, paths);
    await repo.replacePaths(doc.id, paths);
    for (const child of await repo.listChildren(doc.id)) queue.push(child.id);
  }
  return changed;
}

async function rememberOldPaths(repo: ContentRepository, documentId: string, next: ReadonlyMap<LocaleCode, string>) {
  const now = new Date().toISOString();
  for (const old of await repo.listPaths([documentId])) {
    if (next.get(old.locale) !== old.path) await repo.recordRedirect(old.locale, old.path, documentId, now);
  }
  for (const [locale, path] of next) await repo.deleteRedirects(locale, [path]);
}

function effectiveSlug(all: readonly TranslationSummary[], locale: LocaleCode, locales: LocaleSet): string | undefined {
  const published = all.filter((t) => t.status === 'published');
  const candidates = published.length > 0 ? published : all;
  for (const candidate of [...locales.chain(locale), ...locales.all.map((l) => l.code)]) {
    const t = candidates.find((x) => x.locale === candidate);
    if (t) return t.slug;
  }
  return undefined;
}

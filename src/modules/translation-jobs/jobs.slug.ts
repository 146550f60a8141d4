import type { LocaleCode } from '../locales/index.ts';

/**
 * A slug for a translation an import creates: the translated title folded to a–z, digits and
 * hyphens when that leaves words (Spanish, English, French…), else the source's slug (Arabic or
 * Chinese titles fold to nothing), else one made from the document's id. Editors rename it later.
 */
export function slugForImport(title: string, sourceSlug: string | undefined, documentId: string, _locale: LocaleCode): string {
  const folded = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  if (/[a-z]{2,}/.test(folded)) return folded;
  if (sourceSlug) return sourceSlug;
  return `page-${documentId.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase() || 'x'}`;
}

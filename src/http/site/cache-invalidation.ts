import type { ContentReader } from '../../modules/content/index.ts';
import type { SiteChange } from '../../platform/change-hub.ts';
import type { PageCache } from './page-cache.ts';

/**
 * Turns a change into the page-cache tags it touches and evicts those pages only:
 * - the document itself in every locale (`doc:<id>`), and every page that shows, links to or
 *   lists it (they carry its tag too: breadcrumbs, cards, references, links in text);
 * - its parent's listings (`children:<parent>`), where a newly published child appears;
 * - listings by type (`type:<type>`: offices, countries, facts, feeds) and `any` (sitemaps);
 * - every page when it is in a menu (`menus`);
 * - pages showing a changed image or video.
 * If working that out fails, the whole cache goes: stale pages are worse than a cold cache.
 */
export function createCacheInvalidator({ cache, reader }: { cache: PageCache; reader: ContentReader }) {
  return async (change: SiteChange): Promise<void> => {
    if (change.everything) return cache.clear();
    try {
      const tags = new Set<string>();
      if (change.menus) tags.add('menus');
      for (const id of change.imageIds ?? []) tags.add(`image:${id}`);
      for (const id of change.videoIds ?? []) tags.add(`video:${id}`);
      if (change.documentIds.length > 0) {
        tags.add('any');
        const [docs, inMenus] = await Promise.all([reader.findDocuments(change.documentIds), reader.listMenuDocumentIds()]);
        for (const id of change.documentIds) {
          tags.add(`doc:${id}`);
          if (inMenus.has(id)) tags.add('menus');
        }
        for (const doc of docs) {
          tags.add(`type:${doc.type}`);
          if (doc.parentId) tags.add(`children:${doc.parentId}`);
        }
      }
      cache.invalidate(tags);
    } catch (error) {
      cache.clear();
      throw error;
    }
  };
}

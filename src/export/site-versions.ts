import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentReader } from '../modules/content/index.ts';
import type { MediaModule } from '../modules/media/index.ts';
import type { SettingsModule } from '../modules/settings/index.ts';
import type { VideoModule } from '../modules/video/index.ts';
import { projectRoot } from '../platform/project-root.ts';

/**
 * The state of everything a page-cache tag names, asked of the modules that own it in a few queries
 * without any text body, as one short hash per tag. A page whose tags all hash as they did at the last
 * export shows exactly what it showed then, so the export can keep its files without rendering it.
 *
 * Each hash covers what the cache invalidation reacts to (cache-invalidation.ts): a document's row,
 * its translations' status and version, and its addresses (`doc:`); the documents under a parent
 * (`children:`) or of a type (`type:`), or all of them (`any`); the menus with the documents they
 * name (`menus`); an image's variants, focal point and alt texts (`image:`); a video's files
 * (`video:`). A tag of another kind has no version, and a page carrying it is always rendered.
 */
export interface SiteVersions {
  /** Settings, the code and the public address: when it differs, every page is rendered. */
  readonly site: string;
  /** One hash for a page's whole set of tags, or undefined when one of them cannot be versioned. */
  pageVersion(tags: readonly string[]): string | undefined;
}

/** The modules whose rows make up the versions: each answers for its own tables. */
export interface SiteVersionSources {
  readonly content: { readonly reader: Pick<ContentReader, 'listVersionRows'> };
  readonly settings: Pick<SettingsModule, 'listVersionRows'>;
  readonly media: Pick<MediaModule, 'listVersionRows'>;
  readonly video: Pick<VideoModule, 'listVersionRows'>;
}

export async function loadSiteVersions(sources: SiteVersionSources, publicUrl: string): Promise<SiteVersions> {
  const [{ documents, translations, paths, menuItems }, settings, { assets, altTexts }, videos] = await Promise.all([
    sources.content.reader.listVersionRows(),
    sources.settings.listVersionRows(),
    sources.media.listVersionRows(),
    sources.video.listVersionRows(),
  ]);

  const rowsOf = <T extends Record<string, unknown>>(rows: readonly T[], key: keyof T) => {
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const id = String(row[key]);
      const list = grouped.get(id);
      if (list) list.push(row);
      else grouped.set(id, [row]);
    }
    return grouped;
  };
  const translationsOf = rowsOf(translations, 'documentId');
  const pathsOf = rowsOf(paths, 'documentId');
  const altTextsOf = rowsOf(altTexts, 'assetId');

  const docVersion = new Map<string, string>();
  const children = new Map<string, string[]>();
  const ofType = new Map<string, string[]>();
  for (const doc of documents) {
    docVersion.set(doc.id, hash([doc, sorted(translationsOf.get(doc.id)), sorted(pathsOf.get(doc.id))]));
    if (doc.parentId !== null) (children.get(doc.parentId) ?? children.set(doc.parentId, []).get(doc.parentId)!).push(doc.id);
    (ofType.get(doc.type) ?? ofType.set(doc.type, []).get(doc.type)!).push(doc.id);
  }
  const ofDocuments = (ids: readonly string[]) => hash([...ids].sort().map((id) => [id, docVersion.get(id)]));
  const assetRows = new Map(assets.map((asset) => [asset.id, asset]));
  const videoRows = new Map(videos.map((video) => [video.id, video]));
  const menus = hash([sorted(menuItems), ...menuItems.map((item) => docVersion.get(item.documentId) ?? 'gone').sort()]);
  const all = ofDocuments(documents.map((doc) => doc.id));

  const tagVersion = (tag: string): string | undefined => {
    const colon = tag.indexOf(':');
    const kind = colon < 0 ? tag : tag.slice(0, colon);
    const id = tag.slice(colon + 1);
    switch (kind) {
      case 'doc':
        return docVersion.get(id) ?? 'gone';
      case 'children':
        return ofDocuments(children.get(id) ?? []);
      case 'type':
        return ofDocuments(ofType.get(id) ?? []);
      case 'any':
        return all;
      case 'menus':
        return menus;
      case 'image':
        return hash([assetRows.get(id) ?? 'gone', sorted(altTextsOf.get(id))]);
      case 'video':
        return hash(videoRows.get(id) ?? 'gone');
      default:
        return undefined;
    }
  };

  const cache = new Map<string, string | undefined>();
  return {
    site: hash([sorted(settings), publicUrl, codeVersion()]),
    pageVersion(tags) {
      // Called for every page of the site on each export: a digest fed tag by tag, no JSON.
      const digest = createHash('sha1');
      for (const tag of isSorted(tags) ? tags : [...tags].sort()) {
        let version = cache.get(tag);
        if (version === undefined && !cache.has(tag)) cache.set(tag, (version = tagVersion(tag)));
        if (version === undefined) return undefined;
        digest.update(tag).update('\n').update(version).update('\n');
      }
      return digest.digest('base64url').slice(0, 16);
    },
  };
}

let code: string | undefined;
/**
 * The templates, styles and scripts that turn content into pages: a change to any file under src/
 * or public/ (an upgrade, a fix to a view) renders every page again.
 */
function codeVersion(): string {
  if (code !== undefined) return code;
  const root = projectRoot();
  const digest = createHash('sha256');
  for (const dir of ['src', 'public']) {
    for (const file of (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]).sort()) {
      const full = path.join(root, dir, file);
      if (!fs.statSync(full).isFile()) continue;
      digest.update(file).update(fs.readFileSync(full));
    }
  }
  code = digest.digest('base64url');
  return code;
}

function isSorted(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i - 1] as string) > (values[i] as string)) return false;
  return true;
}

/** Rows in an order that does not depend on how the database returned them. */
function sorted(rows: readonly unknown[] | undefined): string[] {
  return (rows ?? []).map((row) => JSON.stringify(row)).sort();
}

function hash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

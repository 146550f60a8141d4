import { Type } from 'typebox';
import { CONTENT_TYPES } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { formatFactValue, type FactUnit } from '../../site/format.ts';
import { query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import type { AdminDeps } from '../admin-plugin.tsx';

/** What the rich text editor's pickers ask for. */
export const PICKER_KINDS = ['page', 'story', 'fact', 'image', 'video'] as const;
export type PickerKind = (typeof PICKER_KINDS)[number];

/** One choice of a picker: what is stored (id), what is shown (title), and what helps choosing. */
export interface PickerResult {
  readonly id: string;
  readonly title: string;
  /** The language the title is in (the editor's, or another where the document has no translation in it). */
  readonly locale?: string;
  readonly type?: string;
  /** A key figure's value, formatted in each of the site's locales. */
  readonly values?: readonly { readonly locale: string; readonly value: string }[];
  /** An image's smallest rendition, for a thumbnail. */
  readonly thumbnail?: string;
  /** Whether the image has alt text in the editor's language (publishing needs it). */
  readonly hasAlt?: boolean;
}

const LIMIT = 12;
const SearchQuery = query({ kind: QueryText, q: QueryText, locale: QueryText });
const SearchResponse = Type.Object({ results: Type.Array(Type.Unknown()) });

/**
 * GET /admin/editor/search: the pickers' small JSON search, through the same listing operations the
 * back office's lists use and under the same read permission (content.read). Pages, stories and key
 * figures match their title in the editor's language first; images and videos their name or alt text.
 */
export function registerEditorSearchRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/editor/search', { config: { access: 'content.read' }, schema: { querystring: SearchQuery, response: { 200: SearchResponse } } }, async (request, reply) => {
    const kind = (PICKER_KINDS as readonly string[]).includes(request.query.kind ?? '') ? (request.query.kind as PickerKind) : 'page';
    const search = (request.query.q ?? '').trim().slice(0, 200);
    const locales = request.admin.locales;
    const asked = request.query.locale ?? '';
    const locale = locales.all.find((l) => l.code === asked)?.code ?? locales.defaultLocale;
    void reply.header('cache-control', 'no-store');
    return { results: await searchFor(deps, kind, search, locale, locales.all.map((l) => l.code)) };
  });
}

async function searchFor(deps: AdminDeps, kind: PickerKind, search: string, locale: LocaleCode, siteLocales: readonly LocaleCode[]): Promise<PickerResult[]> {
  if (kind === 'image') {
    const { rows } = await deps.media.listImages({ limit: 200, offset: 0 });
    return rows.filter((image) => matches(search, image.displayName, ...Object.values(image.alt))).slice(0, LIMIT).map((image) => imageResult(image, locale));
  }
  if (kind === 'video') {
    const { rows } = await deps.video.listVideos({ limit: 200, offset: 0 });
    return rows.filter((video) => matches(search, video.displayName)).slice(0, LIMIT).map((video) => ({ id: video.id, title: video.displayName }));
  }
  const type = kind === 'fact' ? 'fact' : kind === 'story' ? 'story' : undefined;
  // The editor's language first; a document without a translation in it is still found by another.
  const [own, any] = await Promise.all([
    deps.content.service.listForAdmin({ ...(type ? { type } : {}), locale, search, limit: LIMIT, offset: 0 }),
    deps.content.service.listForAdmin({ ...(type ? { type } : {}), search, limit: LIMIT * 4, offset: 0 }),
  ]);
  const seen = new Map<string, PickerResult>();
  for (const row of [...own.rows, ...any.rows]) {
    if (seen.has(row.documentId) || seen.size >= LIMIT) continue;
    // Links and calls to action go to pages people read: not to key figures or people's records.
    if (kind === 'page' && !isLinkable(row.type)) continue;
    seen.set(row.documentId, { id: row.documentId, title: row.title, locale: row.locale, type: row.type });
  }
  const results = [...seen.values()];
  if (kind !== 'fact' || results.length === 0) return results;
  const docs = new Map((await deps.content.reader.findDocuments(results.map((r) => r.id))).map((d) => [d.id, d]));
  return results.map((r) => {
    const fields = docs.get(r.id)?.fields ?? {};
    const value = Number(fields.value);
    return Number.isFinite(value) ? { ...r, values: siteLocales.map((code) => ({ locale: code, value: formatFactValue(code, value, fields.unit as FactUnit) })) } : r;
  });
}

function isLinkable(type: string): boolean {
  return CONTENT_TYPES.has(type) && !['fact', 'person'].includes(type);
}

function matches(search: string, ...texts: readonly (string | undefined)[]): boolean {
  if (search === '') return true;
  const needle = search.toLocaleLowerCase();
  return texts.some((text) => text?.toLocaleLowerCase().includes(needle));
}

function imageResult(image: ImageAsset, locale: LocaleCode): PickerResult {
  const small = [...image.variants].filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)[0];
  return {
    id: image.id,
    title: image.alt[locale] || image.displayName,
    ...(small ? { thumbnail: `/media/${small.file}` } : {}),
    hasAlt: Boolean(image.alt[locale]?.trim()),
  };
}

import type { FastifyReply } from 'fastify';
import { formatInstant } from './format-date.tsx';
import { type User , userActor } from '../../modules/accounts/index.ts';
import { allows } from '../../modules/policy/index.ts';
import {
  CONTENT_DOCUMENT_NOT_FOUND,
  findContentType,
  type ContentDocument,
  type ContentModule,
  type ContentTypeDef,
  type Translation,
  type WorkingCopy,
} from '../../modules/content/index.ts';
import { isAppError } from '../../platform/errors.ts';
import type { LocaleCode, LocaleSource } from '../../modules/locales/index.ts';
import { sendAdminPage, type AdminDeps, type AdminRequest } from './admin-plugin.tsx';
import { sourceLocaleOf } from './document-form.ts';
import { AdminMessagePage } from './views/admin-layout.view.tsx';
import type { MediaModule } from '../../modules/media/index.ts';
import type { VideoModule } from '../../modules/video/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import { FILE_OPTIONS, IMAGE_OPTIONS, VIDEO_OPTIONS, type ReferenceOption, type ReferenceOptions } from './views/field-input.view.tsx';

/** A document as the editing screens need it: its type, every translation, and its source locale. */
export interface DocumentContext {
  readonly document: ContentDocument;
  readonly type: ContentTypeDef;
  /** The stored translations: for a published one, the text visitors see. */
  readonly translations: ReadonlyMap<LocaleCode, Translation>;
  /** Each translation with its working copy, if it has one. */
  readonly copies: ReadonlyMap<LocaleCode, WorkingCopy>;
  readonly sourceLocale: LocaleCode;
}

/** The document with this id, or undefined when there is none (or its type is no longer declared). */
export async function loadDocument({ content, locales }: { content: ContentModule; locales: LocaleSource }, id: string): Promise<DocumentContext | undefined> {
  if (id.length > 64) return undefined;
  let document: ContentDocument;
  try {
    document = await content.service.getDocument(id);
  } catch (error) {
    if (isAppError(error) && error.code === CONTENT_DOCUMENT_NOT_FOUND) return undefined;
    throw error;
  }
  const type = findContentType(document.type);
  if (!type) return undefined;
  const found = await content.service.listWorkingCopies(id);
  const copies = new Map<LocaleCode, WorkingCopy>(found.map((c) => [c.translation.locale, c]));
  const translations = new Map([...copies].map(([locale, c]) => [locale, c.translation]));
  return { document, type, translations, copies, sourceLocale: sourceLocaleOf(translations, locales.current().defaultLocale) };
}

/** A title for the document: its source translation's, else any, else its type and id. */
export function documentTitle(ctx: DocumentContext): string {
  const own = ctx.translations.get(ctx.sourceLocale) ?? [...ctx.translations.values()][0];
  return own?.title ?? `${ctx.document.type} ${ctx.document.id}`;
}

/** For every type that the fields refer to, its documents titled in the editor's language if possible. */
export async function loadReferenceOptions(
  content: ContentModule,
  type: ContentTypeDef,
  uiLocale: LocaleCode,
  libraries: { readonly media?: MediaModule; readonly video?: VideoModule; readonly files?: FilesModule } = {},
): Promise<ReferenceOptions> {
  const { media, video, files } = libraries;
  const refTypes = new Set(
    [...type.sharedFields, ...type.translatableFields].flatMap((d) => (d.refType && (d.kind === 'reference' || d.kind === 'references') ? [d.refType] : [])),
  );
  const options = new Map<string, ReferenceOption[]>();
  for (const refType of refTypes) {
    const { rows } = await content.service.listForAdmin({ type: refType, limit: 1000, offset: 0 });
    const best = new Map<string, ReferenceOption>();
    const rank = (locale: LocaleCode | undefined) => (locale === uiLocale ? 0 : locale === 'fr' ? 1 : 2);
    for (const row of rows) {
      const current = best.get(row.documentId);
      if (!current || rank(row.locale) < rank(current.locale)) best.set(row.documentId, { id: row.documentId, title: row.title, locale: row.locale });
    }
    options.set(refType, [...best.values()].sort((a, b) => a.title.localeCompare(b.title, uiLocale)));
  }
  if (media && [...type.sharedFields, ...type.translatableFields].some((d) => d.kind === 'image')) {
    const { rows } = await media.listImages({ limit: 500, offset: 0 });
    options.set(IMAGE_OPTIONS, rows.map((image) => ({ id: image.id, title: image.displayName })));
  }
  if (video && [...type.sharedFields, ...type.translatableFields].some((d) => d.kind === 'video')) {
    const { rows } = await video.listVideos({ limit: 500, offset: 0 });
    options.set(VIDEO_OPTIONS, rows.map((v) => ({ id: v.id, title: v.displayName })));
  }
  if (files && [...type.sharedFields, ...type.translatableFields].some((d) => d.kind === 'file')) {
    const { rows } = await files.listFiles({ limit: 500, offset: 0 });
    options.set(FILE_OPTIONS, rows.map((f) => ({ id: f.id, title: f.displayName })));
  }
  return options;
}

export function sendNotFound(reply: FastifyReply, req: AdminRequest, deps: AdminDeps) {
  return sendAdminPage(reply, 404, AdminMessagePage({ req, stylesheet: deps.stylesheet, title: req.t('edit.notFound.title'), message: req.t('error.notFound') }));
}

export function sendForbidden(reply: FastifyReply, req: AdminRequest, deps: AdminDeps, message: string) {
  return sendAdminPage(reply, 403, AdminMessagePage({ req, stylesheet: deps.stylesheet, title: req.t('error.forbidden.title'), message }));
}

/** Formats an instant for the editor, in their time zone, the zone named (see `formatInstant`). */
export function formatWhen(req: AdminRequest, iso: string): string {
  return formatInstant(req, iso);
}

/** The document and locale of the URL, once the user is known to be allowed to edit that translation. */
export async function loadTranslationTarget(
  request: { readonly params: { readonly id: string; readonly locale: string }; readonly admin: AdminRequest },
  reply: FastifyReply,
  deps: AdminDeps,
): Promise<{ ctx: DocumentContext; locale: LocaleCode } | undefined> {
  const params = request.params;
  // Any configured locale, disabled ones included: translators prepare a language before it opens.
  const known = request.admin.locales.has(params.locale);
  const ctx = known ? await loadDocument(deps, params.id) : undefined;
  if (!ctx || !known) {
    await sendNotFound(reply, request.admin, deps);
    return undefined;
  }
  const locale = params.locale;
  if (!allows(userActor(request.admin.auth!.user), 'translation.edit', { locale, isSource: locale === ctx.sourceLocale })) {
    await sendForbidden(reply, request.admin, deps, request.admin.t('edit.forbiddenLocale', { locale: request.admin.locales.get(locale).endonym }));
    return undefined;
  }
  return { ctx, locale };
}

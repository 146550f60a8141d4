import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type, type Static } from 'typebox';
import { FormList, PageResponses, query, QueryText, TranslationParams, UrlId, UrlLocale, type AdminInstance } from '../admin-schemas.ts';
import { CAPTION_LIMITS, CAPTION_WARNING_CODES, type CaptionProblem } from '../../../modules/captions/index.ts';
import { CONTENT_INVALID, CONTENT_VERSION_CONFLICT, isCaptionTrackInvalid, type CaptionTrackState } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { loadDocument, loadTranslationTarget, sendNotFound, type DocumentContext } from '../document-context.ts';
import { CaptionsPage, captionsUrl, textOf, type Done, type PageState, type Target } from '../views/captions.view.tsx';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing } from './media-upload.ts';

/**
 * Captions and text audio descriptions of one story translation: upload a .vtt or .srt file
 * (checked and stored as normalised WebVTT in the translation's `captions` or `descriptions`
 * field), see each locale's tracks, preview and download them. Whoever may edit the translation
 * may upload; the route's permission is the closest one, and the handler checks the locale.
 */
export { captionsUrl };

const CaptionsQuery = query({ done: QueryText, cues: QueryText, warn: FormList });
const TrackParams = Type.Object({ id: UrlId, locale: UrlLocale, track: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerCaptionsRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/documents/:id/translations/:locale/captions', { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TranslationParams, querystring: CaptionsQuery } }, async (request, reply) => {
    const target = await loadTarget(request, reply, deps);
    if (!target) return reply;
    const current = target.ctx.translations.get(target.locale);
    return sendCaptionsPage(reply, 200, request.admin, deps, target, { expectedVersion: current?.version ?? 0, done: doneFromQuery(request.query, target.tracks) });
  });

  // Multipart in this route's own context only; one byte over the captions limit lets us name the overflow.
  void app.register(async (scope) => {
    await registerUploadParsing(scope, CAPTION_LIMITS.maxBytes);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/admin/documents/:id/translations/:locale/captions',
      // Multipart keeps its streaming parser (media-upload.ts): only the address has a schema.
      { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TranslationParams }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const target = await loadTarget(request, reply, deps);
        if (!target) return reply;
        const { ctx, locale, tracks } = target;
        const req = request.admin;
        // The working copy of a published translation: the new track joins the pending changes.
        const current = ctx.copies.get(locale)?.text;
        if (!current) return sendCaptionsPage(reply, 409, req, deps, target, { expectedVersion: 0 });
        const fields: Record<string, string> = {};
        const part = await nextFilePart(request, fields);
        const expectedVersion = /^\d{1,9}$/.test(fields.expectedVersion ?? '') ? Number(fields.expectedVersion) : -1;
        const track = tracks.find((name) => name === fields.track);
        const refuse = (status: number, message: string, problems?: readonly CaptionProblem[]) =>
          sendCaptionsPage(reply, status, req, deps, target, { expectedVersion, track, error: message, problems });
        if ('error' in part) return refuse(400, req.t(part.error.message === 'media.error.noFile' ? 'captionsPage.error.noFile' : 'captionsPage.error.malformed'));
        if (!track) return refuse(400, req.t('captionsPage.error.track'));
        const read = await readCapped(part.file, CAPTION_LIMITS.maxBytes);
        if (read === 'too-large') return refuse(413, req.t('captionsPage.error.tooLarge', { max: Math.floor(CAPTION_LIMITS.maxBytes / 1024) }));
        if (read === 'malformed') return refuse(400, req.t('captionsPage.error.malformed'));
        if (read.length === 0) return refuse(400, req.t('captionsPage.error.noFile'));

        try {
          // The caption track operation: the same checks, permission, version check and audit as the editor's saves.
          const saved = await deps.content.captionTracks.saveTrack({ documentId: ctx.document.id, locale, track, text: read, expectedVersion, actor: actorOf(req), via: 'upload' });
          // The warnings ride along in the address (at most 20, their details already cut short by the parser).
          const query = new URLSearchParams({ done: track, cues: String(saved.cues.length) });
          for (const w of saved.warnings.slice(0, 20)) query.append('warn', `${w.code}:${w.line}:${w.detail ?? ''}`);
          return reply.redirect(`${captionsUrl(ctx.document.id, locale)}?${query}`, 303);
        } catch (error) {
          if (isCaptionTrackInvalid(error)) return refuse(422, req.t('captionsPage.problems'), error.problems);
          if (!isAppError(error)) throw error;
          if (error.code === CONTENT_VERSION_CONFLICT) {
            // Someone saved first: nothing is kept, the page shows the version stored now.
            const now = (await loadDocument(deps, ctx.document.id)) ?? ctx;
            const stored = now.copies.get(locale)?.translation;
            return sendCaptionsPage(reply, 409, req, deps, { ctx: now, locale, tracks }, { expectedVersion: stored?.version ?? 0, track, error: req.t('captionsPage.conflict') });
          }
          if (error.code !== CONTENT_INVALID) throw error;
          // Another field of the stored translation no longer passes the checks: say so, keep nothing.
          const problems = error.details.map((d) => `${d.path}: ${d.message}`).join(' · ');
          return refuse(400, `${req.t('edit.invalid', { count: error.details.length })} ${problems}`);
        }
      },
    );
  });

  app.get('/admin/documents/:id/translations/:locale/captions/:track', { config: { access: 'content.read' }, schema: { response: { 200: Type.String({ contentMediaType: 'text/vtt' }), '4xx': PageResponses['4xx'] }, params: TrackParams } }, async (request, reply) => {
    const params = request.params;
    const locale = request.admin.locales.has(params.locale) ? params.locale : undefined;
    const ctx = locale ? await loadDocument(deps, params.id) : undefined;
    const track = ctx ? trackFields(ctx).find((name) => name === params.track) : undefined;
    const stored = ctx && locale && track ? textOf(ctx.translations.get(locale)?.fields[track]) : '';
    if (!ctx || !locale || !track || stored === '') return sendNotFound(reply, request.admin, deps);
    const name = `${ctx.translations.get(locale)?.slug || ctx.document.id}.${locale}.${track}.vtt`.replace(/[^A-Za-z0-9._-]/g, '-');
    return reply
      .header('content-type', 'text/vtt; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('x-content-type-options', 'nosniff')
      .send(stored);
  });
}

/** The translatable fields of a type that hold a WebVTT track (captions, descriptions). */
export function trackFields(ctx: Pick<DocumentContext, 'type'>): readonly string[] {
  return ctx.type.translatableFields.filter((def) => def.kind === 'captions').map((def) => def.name);
}

/** The document and locale of the URL, for a user allowed to edit that translation, if the type has tracks. */
async function loadTarget(request: Parameters<typeof loadTranslationTarget>[0], reply: FastifyReply, deps: AdminDeps): Promise<Target | undefined> {
  const target = await loadTranslationTarget(request, reply, deps);
  if (!target) return undefined;
  const tracks = trackFields(target.ctx);
  if (tracks.length === 0) {
    await sendNotFound(reply, request.admin, deps);
    return undefined;
  }
  return { ...target, tracks };
}

/** The uploaded file in memory, refused past `max` bytes; a broken request stream is 'malformed'. */
async function readCapped(file: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | 'too-large' | 'malformed'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of file) {
      total += chunk.byteLength;
      if (total > max) return 'too-large';
      chunks.push(chunk);
    }
  } catch (error) {
    if (total >= max) return 'too-large';
    if (refusalFor(error)) return 'malformed';
    throw error;
  }
  return Buffer.concat(chunks);
}

/** What a redirect after a successful upload announces: `?done=<track>&cues=<n>&warn=<code>:<line>:<detail>…`. */
function doneFromQuery(q: Static<typeof CaptionsQuery>, tracks: readonly string[]): Done | undefined {
  const track = tracks.find((name) => name === q.done);
  if (!track) return undefined;
  const cues = typeof q.cues === 'string' && /^\d{1,6}$/.test(q.cues) ? Number(q.cues) : 0;
  const raw = (Array.isArray(q.warn) ? q.warn : [q.warn]).filter((w): w is string => typeof w === 'string').slice(0, 20);
  const warnings = raw.flatMap((item): CaptionProblem[] => {
    const [code = '', line = '', ...rest] = item.split(':');
    const known = CAPTION_WARNING_CODES.find((c) => c === code);
    const detail = rest.join(':').slice(0, 200);
    return known && /^\d{1,7}$/.test(line) ? [detail ? { code: known, line: Number(line), detail } : { code: known, line: Number(line) }] : [];
  });
  return { track, cues, warnings: warnings.slice(0, 20) };
}

async function sendCaptionsPage(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, target: Target, state: PageState) {
  const states = await trackStates(deps, target.ctx, target.tracks);
  return sendAdminPage(reply, status, <CaptionsPage req={req} deps={deps} target={target} state={state} states={states} />);
}

/** Each locale's state for each track, from the content module's caption tracks (missing, outdated, current…). */
async function trackStates(deps: AdminDeps, ctx: DocumentContext, tracks: readonly string[]): Promise<Record<LocaleCode, Record<string, CaptionTrackState>>> {
  return deps.content.captionTracks.trackStates(ctx.document.id, deps.locales.current().allCodes, tracks);
}

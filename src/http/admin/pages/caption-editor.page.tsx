import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { form, FormText, PageResponses, query, QueryText, UrlId, UrlLocale, type AdminInstance } from '../admin-schemas.ts';
import { cueTranslationStates, parseCaptions, serialiseSrt, serialiseWebvtt, translateCues, type CaptionProblem, type Cue } from '../../../modules/captions/index.ts';
import { captionFingerprint, CONTENT_TYPES, CONTENT_VERSION_CONFLICT, isCaptionTrackInvalid } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { VideoAsset } from '../../../modules/video/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { formText } from '../document-form.ts';
import { loadDocument, loadTranslationTarget, sendNotFound, type DocumentContext } from '../document-context.ts';
import { CaptionEditorPage, CaptionTranslatePage, textOfCopy, trackUrl, type EditorState, type TranslateState, type VideoTrackUse } from '../views/caption-editor.view.tsx';
import { trackFields } from './captions.page.tsx';

/**
 * Captions written in the browser: one track of one translation edited as WebVTT text (a cue list
 * beside the video with the script), translated cue by cue beside the source's cues, and
 * downloaded as WebVTT or SubRip. Saves go through the content module's caption track operation,
 * the same one as the upload: same checks, permission, version check and audit.
 */

const TrackParams = Type.Object({ id: UrlId, locale: UrlLocale, track: Type.String({ minLength: 1, maxLength: 64 }) });
const EditQuery = query({ saved: QueryText });
const EditForm = form({ vtt: FormText, expectedVersion: FormText });
const TranslateForm = form({ expectedVersion: FormText, sourceFingerprint: FormText });

export function registerCaptionEditorRoutes(app: AdminInstance, deps: AdminDeps): void {
  const editRoute = '/admin/documents/:id/translations/:locale/captions/:track/edit';
  const translateRoute = '/admin/documents/:id/translations/:locale/captions/:track/translate';

  app.get(editRoute, { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TrackParams, querystring: EditQuery } }, async (request, reply) => {
    const target = await loadTrackTarget(request, reply, deps);
    if (!target) return reply;
    const { ctx, locale, track } = target;
    const text = textOfCopy(ctx, locale, track) || 'WEBVTT\n\n';
    return sendEditor(reply, 200, request.admin, deps, target, { expectedVersion: versionOf(ctx, locale), text, saved: savedCount(request.query.saved) });
  });

  app.post(editRoute, { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TrackParams, body: EditForm } }, async (request, reply) => {
    const target = await loadTrackTarget(request, reply, deps);
    if (!target) return reply;
    const { ctx, locale, track } = target;
    const req = request.admin;
    const text = request.body.vtt ?? '';
    const expectedVersion = versionField(request.body.expectedVersion);
    try {
      const saved = await deps.content.captionTracks.saveTrack({ documentId: ctx.document.id, locale, track, text, expectedVersion, actor: actorOf(req), via: 'editor' });
      return reply.redirect(`${trackUrl(ctx.document.id, locale, track, 'edit')}?saved=${saved.cues.length}`, 303);
    } catch (error) {
      // The text is sent back as typed: nothing an editor wrote is lost to a refusal.
      const refusal = refusalOf(error, req, 'captionEditor.conflict');
      if (!refusal) throw error;
      const now = refusal.status === 409 ? ((await loadDocument(deps, ctx.document.id)) ?? ctx) : ctx;
      return sendEditor(reply, refusal.status, req, deps, { ...target, ctx: now }, { expectedVersion: refusal.status === 409 ? versionOf(now, locale) : expectedVersion, text, ...refusal.state });
    }
  });

  app.get(translateRoute, { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TrackParams, querystring: EditQuery } }, async (request, reply) => {
    const target = await loadTrackTarget(request, reply, deps, { isTranslation: true });
    if (!target) return reply;
    const state = await translateState(deps, target);
    return sendAdminPage(reply, 200, <CaptionTranslatePage req={request.admin} deps={deps} {...target} state={{ ...state, saved: savedCount(request.query.saved) }} />);
  });

  app.post(translateRoute, { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TrackParams, body: TranslateForm } }, async (request, reply) => {
    const target = await loadTrackTarget(request, reply, deps, { isTranslation: true });
    if (!target) return reply;
    const { ctx, locale, track } = target;
    const req = request.admin;
    const current = await translateState(deps, target);
    // One input per source cue, `cue.<index>`: a name repeated or missing reads as its first value or nothing.
    const texts = current.sourceCues.map((_, i) => formText(request.body, `cue.${i}`));
    const typed = { rows: current.rows.map((row, i) => ({ ...row, text: texts[i] ?? '' })) };
    const expectedVersion = versionField(request.body.expectedVersion);
    try {
      const vtt = serialiseWebvtt(translateCues(current.sourceCues, texts));
      const saved = await deps.content.captionTracks.saveTrack({
        documentId: ctx.document.id,
        locale,
        track,
        text: vtt,
        expectedVersion,
        actor: actorOf(req),
        via: 'translation',
        sourceFingerprint: request.body.sourceFingerprint ?? '',
      });
      return reply.redirect(`${trackUrl(ctx.document.id, locale, track, 'translate')}?saved=${saved.cues.length}`, 303);
    } catch (error) {
      const isSourceChanged = isAppError(error) && error.code === CONTENT_VERSION_CONFLICT && request.body.sourceFingerprint !== current.sourceFingerprint;
      const refusal = refusalOf(error, req, isSourceChanged ? 'captionEditor.sourceChanged' : 'captionEditor.conflict');
      if (!refusal) throw error;
      // The texts come back beside the source cues of now; after a conflict the form carries the stored version.
      const state: TranslateState = { ...current, ...typed, ...refusal.state, expectedVersion: refusal.status === 409 ? current.expectedVersion : expectedVersion };
      return sendAdminPage(reply, refusal.status, <CaptionTranslatePage req={req} deps={deps} {...target} state={state} />);
    }
  });

  for (const format of ['vtt', 'srt'] as const) {
    app.get(`/admin/documents/:id/translations/:locale/captions/:track/${format}`, { config: { access: 'content.read' }, schema: { response: { 200: Type.String(), '4xx': PageResponses['4xx'] }, params: TrackParams } }, async (request, reply) => {
      const { id, locale, track } = request.params;
      const ctx = request.admin.locales.has(locale) ? await loadDocument(deps, id) : undefined;
      const isTrack = ctx ? trackFields(ctx).includes(track) : false;
      // The working copy: what the editors see and edit, pending changes included.
      const parsed = ctx && isTrack ? parseCaptions(textOfCopy(ctx, locale, track) || ' ') : undefined;
      if (!ctx || !parsed?.ok) return sendNotFound(reply, request.admin, deps);
      const base = `${ctx.copies.get(locale)?.text.slug || ctx.document.id}.${locale}.${track}`.replace(/[^A-Za-z0-9._-]/g, '-');
      return reply
        .header('content-type', format === 'vtt' ? 'text/vtt; charset=utf-8' : 'application/x-subrip; charset=utf-8')
        .header('content-disposition', `attachment; filename="${base}.${format}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(format === 'vtt' ? parsed.vtt : serialiseSrt(parsed.cues));
    });
  }
}

/** The stories that show this video, each with its caption tracks' state per locale (the video page lists them). */
export async function loadVideoTracks(deps: AdminDeps, videoId: string): Promise<VideoTrackUse[]> {
  const locales = deps.locales.current().allCodes;
  const types = [...CONTENT_TYPES.values()].filter((type) => type.sharedFields.some((f) => f.kind === 'video') && type.translatableFields.some((f) => f.kind === 'captions'));
  const out: VideoTrackUse[] = [];
  for (const type of types) {
    const videoFields = type.sharedFields.filter((f) => f.kind === 'video').map((f) => f.name);
    for (const doc of await deps.content.service.listDocuments(type.name)) {
      if (!videoFields.some((name) => doc.fields[name] === videoId)) continue;
      const ctx = await loadDocument(deps, doc.id);
      if (!ctx) continue;
      const tracks = trackFields(ctx);
      out.push({ ctx, tracks, states: await deps.content.captionTracks.trackStates(doc.id, locales, tracks) });
    }
  }
  return out;
}

interface TrackTarget {
  readonly ctx: DocumentContext;
  readonly locale: LocaleCode;
  readonly track: string;
}

/** The translation and track of the URL, for someone who may edit that translation; 404 for an unknown track or a missing translation. */
async function loadTrackTarget(
  request: { readonly params: { readonly id: string; readonly locale: string; readonly track: string }; readonly admin: AdminRequest },
  reply: FastifyReply,
  deps: AdminDeps,
  options: { isTranslation?: boolean } = {},
): Promise<TrackTarget | undefined> {
  const target = await loadTranslationTarget(request, reply, deps);
  if (!target) return undefined;
  const track = trackFields(target.ctx).find((name) => name === request.params.track);
  const isWrongSide = options.isTranslation === true && target.locale === target.ctx.sourceLocale;
  if (!track || !target.ctx.copies.has(target.locale) || isWrongSide) {
    await sendNotFound(reply, request.admin, deps);
    return undefined;
  }
  return { ...target, track };
}

async function sendEditor(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, target: TrackTarget, state: EditorState) {
  const videoId = target.ctx.document.fields.video;
  let video: VideoAsset | undefined;
  if (typeof videoId === 'string' && videoId !== '') [video] = await deps.video.findVideos([videoId]);
  return sendAdminPage(reply, status, <CaptionEditorPage req={req} deps={deps} {...target} video={video} state={state} />);
}

/** The source's cues, the translation's cues beside them with their states, and the versions a save checks. */
async function translateState(deps: AdminDeps, { ctx, locale, track }: TrackTarget): Promise<TranslateState> {
  const cuesOf = (vtt: string): readonly Cue[] => {
    const parsed = vtt === '' ? undefined : parseCaptions(vtt);
    return parsed?.ok ? parsed.cues : [];
  };
  const sourceVtt = textOfCopy(ctx, ctx.sourceLocale, track);
  const sourceCues = cuesOf(sourceVtt);
  const from = await deps.content.captionTracks.findTranslatedFrom(ctx.document.id, locale, track);
  const rows = cueTranslationStates(sourceCues, cuesOf(textOfCopy(ctx, locale, track)), from ? cuesOf(from.sourceVtt) : null);
  return { expectedVersion: versionOf(ctx, locale), sourceFingerprint: captionFingerprint(sourceVtt), sourceCues, rows };
}

/** What a refused save shows: the problems by line, a conflict, or nothing we know (rethrown). */
function refusalOf(error: unknown, req: AdminRequest, conflictKey: 'captionEditor.conflict' | 'captionEditor.sourceChanged'): { status: number; state: { error?: string; problems?: readonly CaptionProblem[] } } | undefined {
  if (isCaptionTrackInvalid(error)) return { status: 422, state: { problems: error.problems } };
  if (isAppError(error) && error.code === CONTENT_VERSION_CONFLICT) return { status: 409, state: { error: req.t(conflictKey) } };
  if (isAppError(error) && error.kind === 'validation') {
    // Another field of the stored translation no longer passes the checks: say which, keep the text.
    return { status: 400, state: { error: `${req.t('edit.invalid', { count: error.details.length })} ${error.details.map((d) => `${d.path}: ${d.message}`).join(' · ')}` } };
  }
  return undefined;
}

function versionOf(ctx: DocumentContext, locale: LocaleCode): number {
  return ctx.translations.get(locale)?.version ?? 0;
}

function versionField(value: string | undefined): number {
  return /^\d{1,9}$/.test(value ?? '') ? Number(value) : -1;
}

function savedCount(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

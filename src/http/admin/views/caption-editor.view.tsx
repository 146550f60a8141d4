import {
  captionProblemMessageKey,
  CAPTION_PROBLEM_CODES,
  cueToPlainText,
  formatTimestamp,
  type CaptionProblem,
  type Cue,
  type CueTranslationState,
} from '../../../modules/captions/index.ts';
import type { CaptionTrackState } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { VideoAsset } from '../../../modules/video/index.ts';
import type { AdminDeps, AdminRequest } from '../admin-plugin.tsx';
import { documentTitle, type DocumentContext } from '../document-context.ts';
import { AdminLayout } from './admin-layout.view.tsx';
import { captionsUrl } from './captions.view.tsx';
import { FormMessage } from './form.view.tsx';

/**
 * The caption editor (one track of one locale as WebVTT text, enhanced by admin-caption-editor.js
 * into a cue list beside the video) and the translation view (the source's cues beside inputs).
 */

const SHOWN_PROBLEMS = 30;

export function trackUrl(documentId: string, locale: LocaleCode, track: string, what: 'edit' | 'translate' | 'vtt' | 'srt'): string {
  return `${captionsUrl(documentId, locale)}/${encodeURIComponent(track)}/${what}`;
}

export function trackLabel(t: AdminRequest['t'], track: string): string {
  return track === 'captions' || track === 'descriptions' ? t(`captionsPage.track.${track}`) : track;
}

export interface EditorState {
  readonly expectedVersion: number;
  readonly text: string;
  readonly saved?: number | undefined;
  readonly error?: string | undefined;
  readonly problems?: readonly CaptionProblem[] | undefined;
}

/** Problems on their lines, localised; details quote the text and are escaped by the renderer. */
export function ProblemList({ req, problems, title }: { req: AdminRequest; problems: readonly CaptionProblem[]; title: string }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <section class="form-message form-message--error" role="alert" data-caption-problems="">
      <p>{title}</p>
      <ul class="problem-list">
        {shown.map((p) => (
          <li data-line={p.line}>{req.t(captionProblemMessageKey(p.code), { line: p.line, detail: p.detail ?? '' })}</li>
        ))}
        {problems.length > shown.length ? <li>{req.t('captionsPage.moreProblems', { count: problems.length - shown.length })}</li> : null}
      </ul>
    </section>
  );
}

function Downloads({ req, ctx, locale, track }: { req: AdminRequest; ctx: DocumentContext; locale: LocaleCode; track: string }) {
  return (
    <p class="caption-downloads">
      <a href={trackUrl(ctx.document.id, locale, track, 'vtt')} download>
        {req.t('captionEditor.download.vtt')}
      </a>{' '}
      ·{' '}
      <a href={trackUrl(ctx.document.id, locale, track, 'srt')} download>
        {req.t('captionEditor.download.srt')}
      </a>
    </p>
  );
}

/** The strings the editor's script needs, rendered here in the editor's language. */
function scriptLabels(req: AdminRequest): string {
  const { t } = req;
  const problems = Object.fromEntries(CAPTION_PROBLEM_CODES.map((code) => [code, t(captionProblemMessageKey(code), { line: '{line}', detail: '{detail}' })]));
  return JSON.stringify({
    cues: t('captionEditor.cues.title'),
    start: t('captionEditor.cue.start', { number: '{number}' }),
    end: t('captionEditor.cue.end', { number: '{number}' }),
    text: t('captionEditor.cue.text', { number: '{number}' }),
    select: t('captionEditor.cue.select', { number: '{number}' }),
    seek: t('captionEditor.cue.seek', { number: '{number}', time: '{time}' }),
    add: t('captionEditor.add'),
    split: t('captionEditor.split'),
    merge: t('captionEditor.merge'),
    shift: t('captionEditor.shift.label'),
    shiftSelected: t('captionEditor.shiftSelected'),
    shiftAll: t('captionEditor.shiftAll'),
    keys: t('captionEditor.keys'),
    liveProblems: t('captionEditor.liveProblems'),
    valid: t('captionEditor.valid', { count: '{count}' }),
    problems,
  });
}

export function CaptionEditorPage(props: { req: AdminRequest; deps: AdminDeps; ctx: DocumentContext; locale: LocaleCode; track: string; video: VideoAsset | undefined; state: EditorState }) {
  const { req, deps, ctx, locale, track, video, state } = props;
  const { t } = req;
  const info = req.locales.get(locale);
  const label = trackLabel(t, track);
  const playable = video ? (video.renditions.find((r) => r.kind === '360p') ?? video.renditions.find((r) => r.kind === '720p') ?? video.original) : undefined;
  const hasTrack = textOfCopy(ctx, locale, track) !== '';
  const isTranslation = locale !== ctx.sourceLocale && textOfCopy(ctx, ctx.sourceLocale, track) !== '';
  return (
    <AdminLayout req={req} title={t('captionEditor.title', { track: label, language: info.endonym, document: documentTitle(ctx) })} stylesheet={deps.stylesheet} current="/admin/documents" scripts={[deps.scripts.captionEditor]}>
      <p>
        <a href={captionsUrl(ctx.document.id, locale)}>{t('captionEditor.back')}</a>
        {isTranslation ? (
          <>
            {' · '}
            <a href={trackUrl(ctx.document.id, locale, track, 'translate')}>{t('captionEditor.translate')}</a>
          </>
        ) : null}
      </p>
      {state.saved !== undefined ? <FormMessage kind="success">{t('captionEditor.saved', { count: state.saved })}</FormMessage> : null}
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      {state.problems && state.problems.length > 0 ? <ProblemList req={req} problems={state.problems} title={t('captionEditor.problems')} /> : null}
      <div class="caption-editor" data-caption-editor="" data-labels={scriptLabels(req)}>
        <div class="caption-editor__player">
          {video && playable ? (
            <video controls preload="metadata" aria-label={t('captionEditor.video')} src={`/admin/videos/${video.id}/files/${playable.file}`} data-caption-video="">
              {hasTrack ? <track kind={track === 'descriptions' ? 'descriptions' : 'captions'} srclang={locale} label={`${info.endonym} (${label})`} src={trackUrl(ctx.document.id, locale, track, 'vtt')} default /> : null}
            </video>
          ) : (
            <p class="field__hint">{t('captionEditor.noVideo')}</p>
          )}
        </div>
        <div class="caption-editor__cues" data-cue-list="" data-lang={locale} data-dir={info.dir} hidden></div>
      </div>
      <form method="post" action={trackUrl(ctx.document.id, locale, track, 'edit')} class="form caption-editor__form" novalidate>
        <input type="hidden" name="_csrf" value={req.csrfToken} />
        <input type="hidden" name="expectedVersion" value={String(state.expectedVersion)} />
        <div class="field">
          <label for="caption-text">{t('captionEditor.text.label')}</label>
          <p class="field__hint" id="caption-text-hint">
            {t('captionEditor.text.hint')}
          </p>
          <textarea id="caption-text" name="vtt" rows={18} dir="ltr" spellcheck={false} aria-describedby="caption-text-hint caption-check" class="caption-editor__text">
            {state.text}
          </textarea>
        </div>
        <div id="caption-check" class="caption-editor__check" tabindex={-1} role="status" aria-live="polite" data-caption-check=""></div>
        <button type="submit">{t('captionEditor.save')}</button>
      </form>
      {hasTrack ? <Downloads req={req} ctx={ctx} locale={locale} track={track} /> : null}
    </AdminLayout>
  );
}

export interface TranslateState {
  readonly expectedVersion: number;
  readonly sourceFingerprint: string;
  readonly sourceCues: readonly Cue[];
  readonly rows: readonly { readonly state: CueTranslationState; readonly text: string }[];
  readonly saved?: number | undefined;
  readonly error?: string | undefined;
  readonly problems?: readonly CaptionProblem[] | undefined;
}

export function CaptionTranslatePage(props: { req: AdminRequest; deps: AdminDeps; ctx: DocumentContext; locale: LocaleCode; track: string; state: TranslateState }) {
  const { req, deps, ctx, locale, track, state } = props;
  const { t } = req;
  const info = req.locales.get(locale);
  const sourceInfo = req.locales.get(ctx.sourceLocale);
  const label = trackLabel(t, track);
  const count = (s: CueTranslationState) => state.rows.filter((r) => r.state === s).length;
  return (
    <AdminLayout req={req} title={t('captionEditor.translateTitle', { track: label, language: info.endonym, document: documentTitle(ctx) })} stylesheet={deps.stylesheet} current="/admin/documents">
      <p>
        <a href={captionsUrl(ctx.document.id, locale)}>{t('captionEditor.back')}</a> · <a href={trackUrl(ctx.document.id, locale, track, 'edit')}>{t('captionEditor.edit')}</a>
      </p>
      {state.saved !== undefined ? <FormMessage kind="success">{t('captionEditor.saved', { count: state.saved })}</FormMessage> : null}
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      {state.problems && state.problems.length > 0 ? <ProblemList req={req} problems={state.problems} title={t('captionEditor.problems')} /> : null}
      {state.sourceCues.length === 0 ? (
        <p class="message" role="status">
          {t('captionEditor.translate.noSource', { track: label })}
        </p>
      ) : (
        <form method="post" action={trackUrl(ctx.document.id, locale, track, 'translate')} class="form caption-translate" novalidate>
          <input type="hidden" name="_csrf" value={req.csrfToken} />
          <input type="hidden" name="expectedVersion" value={String(state.expectedVersion)} />
          <input type="hidden" name="sourceFingerprint" value={state.sourceFingerprint} />
          <p class="field__hint" id="translate-hint">
            {t('captionEditor.translate.hint')} {t('captionEditor.translate.summary', { current: count('current'), outdated: count('outdated'), missing: count('missing') })}
          </p>
          <table class="table caption-translate__table">
            <thead>
              <tr>
                <th scope="col">{t('captionEditor.translate.time')}</th>
                <th scope="col">{t('captionEditor.translate.source', { language: sourceInfo.endonym })}</th>
                <th scope="col">{t('captionEditor.translate.target', { language: info.endonym })}</th>
                <th scope="col">{t('captionEditor.translate.state')}</th>
              </tr>
            </thead>
            <tbody>
              {state.sourceCues.map((cue, i) => {
                const row = state.rows[i] ?? { state: 'missing' as const, text: '' };
                return (
                  <tr data-cue-state={row.state}>
                    <td>
                      <code dir="ltr">{`${formatTimestamp(cue.startMs)} --> ${formatTimestamp(cue.endMs)}`}</code>
                    </td>
                    <td lang={ctx.sourceLocale} dir={sourceInfo.dir} id={`source-cue-${i}`}>
                      {cueToPlainText(cue)}
                    </td>
                    <td>
                      <label class="visually-hidden" for={`cue-${i}`}>
                        {t('captionEditor.translate.cueLabel', { number: i + 1 })}
                      </label>
                      <textarea id={`cue-${i}`} name={`cue.${i}`} rows={2} lang={locale} dir={info.dir} aria-describedby={`source-cue-${i}`}>
                        {row.text}
                      </textarea>
                    </td>
                    <td>
                      <span class={`state state--${row.state}`}>{t(`captionEditor.state.${row.state}`)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="submit">{t('captionEditor.save')}</button>
        </form>
      )}
      {textOfCopy(ctx, locale, track) !== '' ? <Downloads req={req} ctx={ctx} locale={locale} track={track} /> : null}
    </AdminLayout>
  );
}

/** One story's tracks per locale, with links to edit or translate each: the captions page and the video page show it. */
export function TrackStatesTable(props: { req: AdminRequest; ctx: DocumentContext; tracks: readonly string[]; states: Record<LocaleCode, Record<string, CaptionTrackState>>; headingId: string }) {
  const { req, ctx, tracks, states, headingId } = props;
  const { t } = req;
  return (
    <table class="table" aria-labelledby={headingId}>
      <thead>
        <tr>
          <th scope="col">{t('captionsPage.tracks.language')}</th>
          {tracks.map((track) => (
            <th scope="col">{trackLabel(t, track)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {req.locales.allCodes.map((code) => (
          <tr>
            <th scope="row" lang={code}>
              {code === ctx.sourceLocale ? t('captionsPage.tracks.source', { language: req.locales.get(code).endonym }) : req.locales.get(code).endonym}
            </th>
            {tracks.map((track) => {
              const value = states[code]?.[track] ?? 'none';
              const isStored = value === 'source' || value === 'current' || value === 'outdated';
              const canTranslate = code !== ctx.sourceLocale && value !== 'noTranslation' && value !== 'none';
              const name = `${req.locales.get(code).endonym}, ${trackLabel(t, track)}`;
              return (
                <td data-track-state={value}>
                  <span class={`state state--${value}`}>{t(`captionEditor.state.${value}`)}</span>
                  {value !== 'noTranslation' ? (
                    <>
                      {' '}
                      <a href={trackUrl(ctx.document.id, code, track, 'edit')} aria-label={`${t('captionEditor.edit')}: ${name}`}>
                        {t('captionEditor.edit')}
                      </a>
                    </>
                  ) : null}
                  {canTranslate ? (
                    <>
                      {' · '}
                      <a href={trackUrl(ctx.document.id, code, track, 'translate')} aria-label={`${t('captionEditor.translate')}: ${name}`}>
                        {t('captionEditor.translate')}
                      </a>
                    </>
                  ) : null}
                  {isStored ? (
                    <>
                      {' · '}
                      <a href={trackUrl(ctx.document.id, code, track, 'vtt')} download aria-label={`${t('captionEditor.download.vtt')}: ${name}`}>
                        .vtt
                      </a>
                      {' · '}
                      <a href={trackUrl(ctx.document.id, code, track, 'srt')} download aria-label={`${t('captionEditor.download.srt')}: ${name}`}>
                        .srt
                      </a>
                    </>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface VideoTrackUse {
  readonly ctx: DocumentContext;
  readonly tracks: readonly string[];
  readonly states: Record<LocaleCode, Record<string, CaptionTrackState>>;
}

/** On a video's page: each story showing it, with its tracks per locale, to edit, translate or download. */
export function VideoTracks({ req, uses }: { req: AdminRequest; uses: readonly VideoTrackUse[] }) {
  const { t } = req;
  return (
    <section aria-labelledby="video-tracks-heading">
      <h2 id="video-tracks-heading">{t('captionEditor.videoTracks.title')}</h2>
      {uses.length === 0 ? <p>{t('captionEditor.videoTracks.none')}</p> : null}
      {uses.map((use, i) => (
        <>
          <h3 id={`video-tracks-${i}`}>
            <a href={captionsUrl(use.ctx.document.id, use.ctx.sourceLocale)}>{documentTitle(use.ctx)}</a>
          </h3>
          <TrackStatesTable req={req} ctx={use.ctx} tracks={use.tracks} states={use.states} headingId={`video-tracks-${i}`} />
        </>
      ))}
    </section>
  );
}

export function textOfCopy(ctx: DocumentContext, locale: LocaleCode, track: string): string {
  const value = ctx.copies.get(locale)?.text.fields[track];
  return typeof value === 'string' ? value : '';
}

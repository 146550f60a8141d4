import {
  CAPTION_LIMITS,
  captionProblemMessageKey,
  cueToPlainText,
  formatTimestamp,
  parseCaptions,
  type CaptionProblem,
  type Cue,
} from '../../../modules/captions/index.ts';
import type { CaptionTrackState, Translation } from '../../../modules/content/index.ts';
import { TrackStatesTable } from './caption-editor.view.tsx';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { AdminDeps, AdminRequest } from '../admin-plugin.tsx';
import { documentTitle, type DocumentContext } from '../document-context.ts';
import { AdminLayout } from './admin-layout.view.tsx';
import { FormMessage } from './form.view.tsx';

/** The captions page of one story translation: each locale's tracks, the upload form, problems by line, previews. */

/** How many cues of each track the page shows, and how many problems it lists before summing up. */
const PREVIEW_CUES = 5;
const SHOWN_PROBLEMS = 30;

/** Address of a translation's captions page. */
export function captionsUrl(documentId: string, locale: LocaleCode): string {
  return `/admin/documents/${documentId}/translations/${locale}/captions`;
}

export interface Target {
  readonly ctx: DocumentContext;
  readonly locale: LocaleCode;
  readonly tracks: readonly string[];
}

export interface Done {
  readonly track: string;
  readonly cues: number;
  readonly warnings: readonly CaptionProblem[];
}

export interface PageState {
  readonly expectedVersion: number;
  readonly track?: string | undefined;
  readonly error?: string;
  readonly problems?: readonly CaptionProblem[] | undefined;
  readonly done?: Done | undefined;
}


export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function trackLabel(t: AdminRequest['t'], track: string): string {
  return track === 'captions' || track === 'descriptions' ? t(`captionsPage.track.${track}`) : track;
}

export function CaptionsPage(props: { req: AdminRequest; deps: AdminDeps; target: Target; state: PageState; states: Record<LocaleCode, Record<string, CaptionTrackState>> }) {
  const { req, deps, target, state, states } = props;
  const { ctx, locale, tracks } = target;
  const { t } = req;
  const current = ctx.translations.get(locale);
  const language = req.locales.get(locale).endonym;
  const done = state.done;
  return (
    <AdminLayout req={req} title={t('captionsPage.title', { language, document: documentTitle(ctx) })} stylesheet={deps.stylesheet} current="/admin/documents">
      <p>
        {current ? <a href={`/admin/documents/${ctx.document.id}/${locale}`}>{t('captionsPage.back')}</a> : null}
        {current ? ' · ' : null}
        <a href={`/admin/documents/${ctx.document.id}`}>{t('captionsPage.backDocument')}</a>
      </p>
      {done ? <FormMessage kind="success">{t('captionsPage.done', { count: done.cues })}</FormMessage> : null}
      {done && done.warnings.length > 0 ? (
        <section class="form-message" role="status">
          <p>{t('captionsPage.warnings')}</p>
          <ul>
            {done.warnings.map((w) => (
              <li>{problemText(t, w)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {current ? (
        <UploadForm req={req} target={target} state={state} />
      ) : (
        <p class="message" role="status">
          {t('captionsPage.noTranslation', { language })} <a href={`/admin/documents/${ctx.document.id}/${locale}`}>{t('captionsPage.create', { language })}</a>
        </p>
      )}
      {current
        ? tracks.map((track) => <TrackPreview req={req} translation={current} track={track} />)
        : null}
      <h2 id="tracks-heading">{t('captionsPage.tracks.title')}</h2>
      <TrackStatesTable req={req} ctx={ctx} tracks={tracks} states={states} headingId="tracks-heading" />
    </AdminLayout>
  );
}

/** The upload form: token first (checked before the file is read), then the version and track, then the file. */
function UploadForm({ req, target, state }: { req: AdminRequest; target: Target; state: PageState }) {
  const { t } = req;
  const { ctx, locale, tracks } = target;
  const chosen = state.track ?? tracks[0];
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('captionsPage.upload.title')}</h2>
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      {state.problems && state.problems.length > 0 ? <ProblemList req={req} problems={state.problems} /> : null}
      <form method="post" action={captionsUrl(ctx.document.id, locale)} enctype="multipart/form-data" class="form form--narrow" novalidate>
        <input type="hidden" name="_csrf" value={req.csrfToken} />
        <input type="hidden" name="expectedVersion" value={String(state.expectedVersion)} />
        <fieldset class="field">
          <legend>{t('captionsPage.upload.track')}</legend>
          {tracks.map((track) => (
            <label class="choice">
              <input type="radio" name="track" value={track} checked={track === chosen} /> {trackLabel(t, track)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="captions-file">{t('captionsPage.upload.field', { max: Math.floor(CAPTION_LIMITS.maxBytes / 1024) })}</label>
          <p class="field__hint" id="captions-file-hint">
            {t('captionsPage.upload.hint')}
          </p>
          <input id="captions-file" type="file" name="file" accept=".vtt,.srt,text/vtt" aria-describedby="captions-file-hint" />
        </div>
        <button type="submit">{t('captionsPage.upload.submit')}</button>
      </form>
    </section>
  );
}

/** A problem in the editor's language; its detail quotes the file and is rendered as (escaped) text. */
function problemText(t: AdminRequest['t'], p: CaptionProblem): string {
  return t(captionProblemMessageKey(p.code), { line: p.line, detail: p.detail ?? '' });
}

/** Each problem on its line, localised. */
function ProblemList({ req, problems }: { req: AdminRequest; problems: readonly CaptionProblem[] }) {
  const { t } = req;
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <ul class="problem-list" data-caption-problems="">
      {shown.map((p) => (
        <li data-line={p.line}>
          {problemText(t, p)}
        </li>
      ))}
      {problems.length > shown.length ? <li>{t('captionsPage.moreProblems', { count: problems.length - shown.length })}</li> : null}
    </ul>
  );
}

/** The first cues of one stored track, as the reader will see them. */
function TrackPreview({ req, translation, track }: { req: AdminRequest; translation: Translation; track: string }) {
  const { t } = req;
  const stored = textOf(translation.fields[track]);
  const label = trackLabel(t, track);
  const parsed = stored ? parseCaptions(stored) : undefined;
  const cues: readonly Cue[] = parsed?.ok ? parsed.cues : [];
  const info = req.locales.get(translation.locale);
  return (
    <section aria-labelledby={`preview-${track}`}>
      <h2 id={`preview-${track}`}>{t('captionsPage.preview.title', { track: label })}</h2>
      {cues.length === 0 ? (
        <p>{t('captionsPage.preview.empty', { track: label, language: info.endonym })}</p>
      ) : (
        <>
          <ol class="cue-preview" lang={translation.locale} dir={info.dir}>
            {cues.slice(0, PREVIEW_CUES).map((cue) => (
              <li>
                <code dir="ltr">{`${formatTimestamp(cue.startMs)} --> ${formatTimestamp(cue.endMs)}`}</code> {cueToPlainText(cue)}
              </li>
            ))}
          </ol>
          <p class="field__hint">{t('captionsPage.preview.cues', { count: cues.length })}</p>
        </>
      )}
    </section>
  );
}

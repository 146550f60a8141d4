import type { FastifyInstance, FastifyReply } from 'fastify';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isVideoUploadError, VIDEO_NOT_FOUND, type VideoAsset, type VideoFile, type VideoUploadErrorCode } from '../../../modules/video/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { formatInstant } from '../format-date.tsx';
import { sendForbidden } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';
import { formatBytes } from './media-detail.page.tsx';
import { loadVideoTracks } from './caption-editor.page.tsx';
import { VideoTracks, type VideoTrackUse } from '../views/caption-editor.view.tsx';
import { sendFile } from '../../site/file-ranges.ts';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing } from './media-upload.ts';

const PAGE_SIZE = 50;
const ACCEPT = 'video/mp4,video/webm,video/quicktime';
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

interface VideoRefusal {
  readonly status: number;
  readonly message: AdminMessageKey;
}

const REFUSALS: Readonly<Record<VideoUploadErrorCode | 'malformed', VideoRefusal>> = {
  VIDEO_UPLOAD_EMPTY: { status: 400, message: 'video.error.noFile' },
  VIDEO_UPLOAD_TOO_LARGE: { status: 413, message: 'video.error.tooLarge' },
  VIDEO_UNSUPPORTED_TYPE: { status: 415, message: 'video.error.type' },
  VIDEO_UNREADABLE: { status: 422, message: 'video.error.unreadable' },
  VIDEO_TRUNCATED: { status: 422, message: 'video.error.truncated' },
  malformed: { status: 400, message: 'video.error.malformed' },
};

/**
 * The video library: every video with its preparation status and lighter versions, the upload
 * form, and one page per video. Preparation runs in the background; pages show where it stands
 * and a "Refresh" link (no meta refresh: the page stays still for screen readers and slow links).
 */
export function registerVideoRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/videos', { config: { access: 'content.read' } }, async (request, reply) => {
    const raw = (request.query as Record<string, unknown>).page;
    const page = Math.min(Math.max(1, Number.parseInt(typeof raw === 'string' ? raw : '1', 10) || 1), 10_000);
    return sendLibrary(reply, 200, request.admin, page);
  });

  // Multipart is parsed in this route's own context only, as for the image library.
  void app.register(async (scope) => {
    await registerUploadParsing(scope, deps.video.maxUploadBytes);
    scope.post(
      '/admin/videos',
      { config: { access: 'content.edit' }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const part = await nextFilePart(request);
        if ('error' in part) {
          const refusal = part.error.message === 'media.error.noFile' ? REFUSALS.VIDEO_UPLOAD_EMPTY : REFUSALS.malformed;
          return sendLibrary(reply, refusal.status, request.admin, 1, refusal);
        }
        try {
          const video = await deps.video.createVideoFromUpload(part.file, { actor: actorOf(request.admin), fileName: part.fileName });
          return reply.redirect(`/admin/videos/${video.id}?uploaded=1`, 303);
        } catch (error) {
          if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
          const refusal = videoRefusalFor(error);
          if (!refusal) throw error;
          return sendLibrary(reply, refusal.status, request.admin, 1, refusal);
        }
      },
    );
  });

  app.get('/admin/videos/:id', { config: { access: 'content.read' } }, async (request, reply) => {
    const video = await findVideo(deps, (request.params as { id: string }).id);
    if (!video) return sendNotFound(reply, request.admin, deps);
    const query = request.query as Record<string, unknown>;
    const { t } = request.admin;
    const notice = query.uploaded === '1' ? t('video.upload.done') : query.retried === '1' ? t('video.retried') : undefined;
    const tools = await deps.video.tools();
    const tracks = await loadVideoTracks(deps, video.id);
    return sendAdminPage(reply, 200, <DetailPage req={request.admin} deps={deps} video={video} notice={notice} toolsMissing={!tools.ffmpeg || !tools.ffprobe} tracks={tracks} />);
  });

  // Previews for the back office: every file of any video, whether or not a published story shows it.
  app.get('/admin/videos/:id/files/:name', { config: { access: 'content.read' } }, async (request, reply) => {
    const { id, name } = request.params as { id: string; name: string };
    const video = await findVideo(deps, id);
    const file = video && [video.original, ...video.renditions, ...(video.poster ? [video.poster] : [])].find((f) => f.file === name);
    const opened = file ? await deps.video.openFile(file.file) : undefined;
    if (!file || !opened) return sendNotFound(reply, request.admin, deps);
    return sendFile(request, reply, opened, { contentType: file.mime, immutable: false, private: true });
  });

  app.post('/admin/videos/:id/retry', { config: { access: 'content.edit' } }, async (request, reply) => {
    const video = await findVideo(deps, (request.params as { id: string }).id);
    if (!video) return sendNotFound(reply, request.admin, deps);
    try {
      await deps.video.retry({ id: video.id, actor: actorOf(request.admin) });
    } catch (error) {
      if (isAppError(error) && error.code === VIDEO_NOT_FOUND) return sendNotFound(reply, request.admin, deps);
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
      throw error;
    }
    return reply.redirect(`/admin/videos/${video.id}?retried=1`, 303);
  });

  async function sendLibrary(reply: FastifyReply, status: number, req: AdminRequest, page: number, refusal?: VideoRefusal) {
    const [{ rows, total }, tools] = await Promise.all([deps.video.listVideos({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), deps.video.tools()]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const error = refusal ? req.t(refusal.message, { max: maxMegabytes(deps) }) : undefined;
    return sendAdminPage(
      reply,
      status,
      <LibraryPage req={req} deps={deps} videos={rows} total={total} page={Math.min(page, pages)} pages={pages} error={error} toolsMissing={!tools.ffmpeg || !tools.ffprobe} />,
    );
  }
}

/** How an upload error reads in the back office, or undefined for an error that is a bug. */
function videoRefusalFor(error: unknown): VideoRefusal | undefined {
  if (isVideoUploadError(error)) return REFUSALS[error.code];
  // The request stream itself failed (cut connection, broken multipart, over the multipart limit).
  if (refusalFor(error)?.message === 'media.error.malformed') return REFUSALS.malformed;
  return undefined;
}

function maxMegabytes(deps: AdminDeps): number {
  return Math.floor(deps.video.maxUploadBytes / (1024 * 1024));
}

async function findVideo(deps: AdminDeps, id: string): Promise<VideoAsset | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  try {
    return await deps.video.getVideo(id);
  } catch (error) {
    if (isAppError(error) && error.code === VIDEO_NOT_FOUND) return undefined;
    throw error;
  }
}

function sendNotFound(reply: FastifyReply, req: AdminRequest, deps: AdminDeps) {
  return sendAdminPage(reply, 404, <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('video.title')} message={req.t('video.notFound')} />);
}

/** 83 456 ms → "1:23"; an hour or more → "1:02:03". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The back office's own address of a video's file: the public one serves only published stories' videos. */
function fileUrl(video: Pick<VideoAsset, 'id'>, file: VideoFile): string {
  return `/admin/videos/${video.id}/files/${encodeURIComponent(file.file)}`;
}

function ToolsNotice({ req }: { req: AdminRequest }) {
  return (
    <p class="form-message form-message--warning" role="status">
      {req.t('video.tools.missing')}
    </p>
  );
}

function LibraryPage(props: { req: AdminRequest; deps: AdminDeps; videos: readonly VideoAsset[]; total: number; page: number; pages: number; error?: string; toolsMissing: boolean }) {
  const { req, deps, videos, total, page, pages, error, toolsMissing } = props;
  const { t, auth } = req;
  const canUpload = auth ? allows(userActor(auth.user), 'content.edit') : false;
  return (
    <AdminLayout req={req} title={t('video.title')} stylesheet={deps.stylesheet} current="/admin/videos" scripts={canUpload ? [deps.scripts.upload] : []}>
      {toolsMissing ? <ToolsNotice req={req} /> : null}
      {canUpload ? <UploadForm req={req} deps={deps} error={error} /> : null}
      <h2 id="library-heading">{t('video.count', { count: total })}</h2>
      {videos.length > 0 ? (
        <table class="table" aria-labelledby="library-heading">
          <thead>
            <tr>
              <th scope="col">{t('video.column.name')}</th>
              <th scope="col">{t('video.column.duration')}</th>
              <th scope="col">{t('video.column.status')}</th>
              <th scope="col">{t('video.column.renditions')}</th>
            </tr>
          </thead>
          <tbody>
            {videos.map((video) => (
              <tr>
                <td>
                  <a href={`/admin/videos/${video.id}`}>{video.displayName}</a>
                </td>
                <td>{formatDuration(video.durationMs)}</td>
                <td>
                  <VideoStatus req={req} video={video} canRetry={canUpload} />
                </td>
                <td>
                  {video.renditions.length > 0 ? (
                    <ul class="plain-list">
                      {video.renditions.map((file) => (
                        <li>{`${t(`video.kind.${file.kind}`)} · ${formatBytes(file.bytes, req.locale)}`}</li>
                      ))}
                    </ul>
                  ) : (
                    t('video.noRenditions')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination req={req} page={page} pages={pages} href={(p) => `/admin/videos?page=${p}`} />
    </AdminLayout>
  );
}

/** The upload form; admin-upload.js adds the progress bar to it, as on the image library. */
function UploadForm({ req, deps, error }: { req: AdminRequest; deps: AdminDeps; error?: string }) {
  const { t } = req;
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('video.upload.title')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <form
        method="post"
        action="/admin/videos"
        enctype="multipart/form-data"
        class="form upload-form"
        novalidate
        data-upload=""
        data-msg-progress={t('video.upload.progress', { percent: '{percent}' })}
        data-msg-processing={t('video.upload.processing')}
        data-msg-failed={t('video.upload.failed')}
      >
        {/* First in the form: the server checks this token before it reads the file. */}
        <input type="hidden" name="_csrf" value={req.csrfToken} />
        <div class="field">
          <label for="upload-file">{t('video.upload.field', { max: maxMegabytes(deps) })}</label>
          <p class="field__hint" id="upload-file-hint">
            {t('video.upload.hint')}
          </p>
          <input id="upload-file" class="drop-zone" type="file" name="file" accept={ACCEPT} aria-describedby="upload-file-hint" />
        </div>
        <button type="submit">{t('video.upload.submit')}</button>
        <progress class="upload-progress" max={100} value={0} hidden aria-label={t('video.upload.progressLabel')} />
        <p class="upload-status" role="status" data-upload-status="" />
        <p class="upload-error" role="alert" data-upload-error="" />
      </form>
    </section>
  );
}

/** The status word, the progress while preparing, and for a failure its error and a Retry button. */
function VideoStatus({ req, video, canRetry }: { req: AdminRequest; video: VideoAsset; canRetry: boolean }) {
  const { t } = req;
  const percent = Math.max(0, Math.min(100, Math.round(video.progress * 100)));
  return (
    <div class="video-status">
      <span class={`status status--${video.status}`}>{t(`video.status.${video.status}`)}</span>
      {video.status === 'processing' ? (
        <>
          {' '}
          <progress max={100} value={percent} aria-label={t('video.progressLabel')}>
            {`${percent} %`}
          </progress>{' '}
          <span>{t('video.progress', { percent })}</span>
        </>
      ) : null}
      {video.status === 'failed' ? (
        <>
          <p class="field__error">{t('video.failed', { error: video.error ?? '—' })}</p>
          {canRetry ? (
            <PostForm action={`/admin/videos/${video.id}/retry`} csrfToken={req.csrfToken} class="inline-form">
              <button type="submit">{t('video.retry')}</button>
            </PostForm>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function DetailPage(props: { req: AdminRequest; deps: AdminDeps; video: VideoAsset; notice?: string; toolsMissing: boolean; tracks: readonly VideoTrackUse[] }) {
  const { req, deps, video, notice, toolsMissing, tracks } = props;
  const { t, auth, locale } = req;
  const canRetry = auth ? allows(userActor(auth.user), 'content.edit') : false;
  const hd = video.renditions.find((f) => f.kind === '720p');
  const sources = (hd ? [hd, video.original] : [video.original]).filter((f) => f.kind !== 'audio');
  const date = formatInstant(req, video.createdAt);
  const files = [video.original, ...video.renditions, ...(video.poster ? [video.poster] : [])];
  const pending = video.status === 'queued' || video.status === 'processing';
  return (
    <AdminLayout req={req} title={t('video.detail.title', { name: video.displayName })} stylesheet={deps.stylesheet} current="/admin/videos">
      <p>
        <a href="/admin/videos">{t('video.detail.back')}</a>
      </p>
      {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
      {toolsMissing ? <ToolsNotice req={req} /> : null}
      <div class="video-detail">
        <video
          class="video-detail__preview"
          controls
          preload="none"
          poster={video.poster ? fileUrl(video, video.poster) : undefined}
          width={hd?.width ?? video.width ?? undefined}
          height={hd?.height ?? video.height ?? undefined}
        >
          {sources.map((file) => (
            <source src={fileUrl(video, file)} type={file.mime} />
          ))}
          <a href={fileUrl(video, video.original)}>{t('video.detail.noPlayer')}</a>
        </video>
        {video.poster ? (
          <img class="video-detail__poster" src={fileUrl(video, video.poster)} width={video.poster.width} height={video.poster.height} alt={t('video.kind.poster')} loading="lazy" />
        ) : null}
      </div>
      <dl class="facts-list">
        <dt>{t('video.column.status')}</dt>
        <dd>
          <VideoStatus req={req} video={video} canRetry={canRetry} />
          {video.attempts > 0 ? <span>{` (${t('video.detail.attempts', { count: video.attempts })})`}</span> : null}
          {pending ? (
            <>
              {' '}
              <a href={`/admin/videos/${video.id}`}>{t('video.detail.refresh')}</a>
            </>
          ) : null}
        </dd>
        <dt>{t('video.column.duration')}</dt>
        <dd>{formatDuration(video.durationMs)}</dd>
        <dt>{t('video.column.dimensions')}</dt>
        <dd>{video.width && video.height ? t('video.dimensions', { width: video.width, height: video.height }) : '—'}</dd>
      </dl>
      <p class="field__hint">{t('video.detail.uploaded', { date })}</p>
      <h2 id="files-heading">{t('video.detail.files')}</h2>
      <table class="table" aria-labelledby="files-heading">
        <thead>
          <tr>
            <th scope="col">{t('video.column.file')}</th>
            <th scope="col">{t('video.column.size')}</th>
            <th scope="col">{t('video.column.dimensions')}</th>
            <th scope="col">{t('video.column.bitrate')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr>
              <th scope="row">
                <a href={fileUrl(video, file)}>{t(`video.kind.${file.kind}`)}</a> <small>{file.mime}</small>
              </th>
              <td>{formatBytes(file.bytes, locale)}</td>
              <td>{file.width && file.height ? t('video.dimensions', { width: file.width, height: file.height }) : '—'}</td>
              <td>{file.bitrateKbps ? t('video.bitrate', { kbps: Math.round(file.bitrateKbps) }) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <VideoTracks req={req} uses={tracks} />
    </AdminLayout>
  );
}

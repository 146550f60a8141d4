import type { FastifyInstance } from 'fastify';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { localeName } from '../views/labels.view.tsx';
import { sendForbidden } from '../document-context.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage } from '../views/form.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';
import { formatBytes, registerMediaDetailRoutes } from './media-detail.page.tsx';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing, type UploadRefusal } from './media-upload.ts';

const PAGE_SIZE = 48;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/heif,image/gif';

/** The image library: every image with its size and missing alt texts, and the upload form. */
export function registerMediaRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/media', { config: { access: 'content.read' } }, async (request, reply) => {
    const raw = (request.query as Record<string, unknown>).page;
    const page = Math.min(Math.max(1, Number.parseInt(typeof raw === 'string' ? raw : '1', 10) || 1), 10_000);
    return sendLibrary(reply, 200, request.admin, page);
  });

  // Multipart is parsed in this route's own context only: every other form stays urlencoded.
  void app.register(async (scope) => {
    await registerUploadParsing(scope, deps.media.limits.maxUploadBytes);
    scope.post(
      '/admin/media',
      { config: { access: 'content.edit' }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const part = await nextFilePart(request);
        if ('error' in part) return sendLibrary(reply, part.error.status, request.admin, 1, part.error);
        try {
          const image = await deps.media.createImageFromUpload(part.file, { actor: actorOf(request.admin), fileName: part.fileName });
          return reply.redirect(`/admin/media/${image.id}?uploaded=1`, 303);
        } catch (error) {
          if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
          const refusal = refusalFor(error);
          if (!refusal) throw error;
          return sendLibrary(reply, refusal.status, request.admin, 1, refusal);
        }
      },
    );
  });

  registerMediaDetailRoutes(app, deps);

  async function sendLibrary(reply: Parameters<typeof sendAdminPage>[0], status: number, req: AdminRequest, page: number, refusal?: UploadRefusal) {
    const { rows, total } = await deps.media.listImages({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const error = refusal ? req.t(refusal.message, limitValues(deps)) : undefined;
    return sendAdminPage(reply, status, <LibraryPage req={req} deps={deps} images={rows} total={total} page={Math.min(page, pages)} pages={pages} error={error} />);
  }
}

/** Values the upload messages quote: the limits, in the units editors know. */
function limitValues(deps: AdminDeps): Record<string, number> {
  return {
    max: Math.floor(deps.media.limits.maxUploadBytes / (1024 * 1024)),
    pixels: Math.floor(deps.media.limits.maxPixels / 1_000_000),
  };
}

function LibraryPage(props: { req: AdminRequest; deps: AdminDeps; images: readonly ImageAsset[]; total: number; page: number; pages: number; error?: string }) {
  const { req, deps, images, total, page, pages, error } = props;
  const { t, auth } = req;
  const canUpload = auth ? allows(userActor(auth.user), 'content.edit') : false;
  return (
    <AdminLayout req={req} title={t('media.title')} stylesheet={deps.stylesheet} current="/admin/media" scripts={canUpload ? [deps.scripts.upload] : []}>
      {canUpload ? <UploadForm req={req} deps={deps} error={error} /> : null}
      <h2 id="library-heading">{t('media.count', { count: total })}</h2>
      {images.length > 0 ? (
        <ul class="media-grid" aria-labelledby="library-heading">
          {images.map((image) => (
            <MediaCard req={req} image={image} />
          ))}
        </ul>
      ) : null}
      <Pagination req={req} page={page} pages={pages} href={(p) => `/admin/media?page=${p}`} />
    </AdminLayout>
  );
}

/**
 * A plain form that uploads without JavaScript. The file input itself is the drop zone (browsers
 * accept a dropped file on it); admin-upload.js only adds the visual cue and the progress.
 */
function UploadForm({ req, deps, error }: { req: AdminRequest; deps: AdminDeps; error?: string }) {
  const { t } = req;
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('media.upload.title')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <form
        method="post"
        action="/admin/media"
        enctype="multipart/form-data"
        class="form upload-form"
        novalidate
        data-upload=""
        data-msg-progress={t('media.upload.progress', { percent: '{percent}' })}
        data-msg-processing={t('media.upload.processing')}
        data-msg-failed={t('media.upload.failed')}
      >
        {/* First in the form: the server checks this token before it reads the file. */}
        <input type="hidden" name="_csrf" value={req.csrfToken} />
        <div class="field">
          <label for="upload-file">{t('media.upload.field', limitValues(deps))}</label>
          <p class="field__hint" id="upload-file-hint">
            {t('media.upload.hint')}
          </p>
          <input id="upload-file" class="drop-zone" type="file" name="file" accept={ACCEPT} aria-describedby="upload-file-hint" />
        </div>
        <button type="submit">{t('media.upload.submit')}</button>
        <progress class="upload-progress" max={100} value={0} hidden aria-label={t('media.upload.progressLabel')} />
        <p class="upload-status" role="status" data-upload-status="" />
        <p class="upload-error" role="alert" data-upload-error="" />
      </form>
    </section>
  );
}

function MediaCard({ req, image }: { req: AdminRequest; image: ImageAsset }) {
  const { t } = req;
  const thumb = image.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width)[0];
  const missing = req.locales.allCodes.filter((code) => !image.alt[code]);
  return (
    <li class="media-card">
      <a href={`/admin/media/${image.id}`} class="media-card__link">
        {thumb ? <img src={`/media/${thumb.file}`} width={thumb.width} height={thumb.height} alt="" loading="lazy" decoding="async" /> : null}
        <span class="media-card__name">{image.displayName}</span>
      </a>
      <p class="media-card__meta">
        {t('media.dimensions', { width: image.width, height: image.height })}
        {image.sourceBytes !== null ? ` · ${formatBytes(image.sourceBytes, req.locale)}` : ''}
      </p>
      <p class={missing.length > 0 ? 'media-card__alt media-card__alt--missing' : 'media-card__alt'}>
        {missing.length > 0 ? t('media.altMissing', { locales: missing.map((c) => localeName(req.locale, c)).join(', ') }) : t('media.altComplete')}
      </p>
    </li>
  );
}

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { userActor } from '../../../modules/accounts/index.ts';
import { isFileUploadError, type FileUploadErrorCode, type StoredFile } from '../../../modules/files/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { When } from '../format-date.tsx';
import { sendForbidden } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage } from '../views/form.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';
import { formatBytes } from './media-detail.page.tsx';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing } from './media-upload.ts';

const PAGE_SIZE = 50;
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

interface FileRefusal {
  readonly status: number;
  readonly message: AdminMessageKey;
}

const REFUSALS: Readonly<Record<FileUploadErrorCode | 'malformed', FileRefusal>> = {
  FILE_UPLOAD_EMPTY: { status: 400, message: 'files.error.noFile' },
  FILE_UPLOAD_TOO_LARGE: { status: 413, message: 'files.error.tooLarge' },
  FILE_UNSUPPORTED_TYPE: { status: 415, message: 'files.error.type' },
  malformed: { status: 400, message: 'files.error.malformed' },
};

/**
 * The files library: publications' PDFs, each with its size and the date it was added, and the
 * upload form. A refused upload answers with the library and the error naming the field; nothing
 * of the refused file is kept.
 */
export function registerFileRoutes(app: AdminInstance, deps: AdminDeps): void {
  const schema = { response: PageResponses, querystring: query({ page: QueryText, uploaded: QueryText }) };
  app.get('/admin/files', { config: { access: 'content.read' }, schema }, async (request, reply) => {
    const { page: raw, uploaded: id } = request.query;
    const page = Math.min(Math.max(1, Number.parseInt(raw ?? '1', 10) || 1), 10_000);
    const uploaded = id !== undefined && ID_PATTERN.test(id) ? (await deps.files.findFiles([id]))[0] : undefined;
    return sendLibrary(reply, 200, request.admin, page, undefined, uploaded);
  });

  // Multipart is parsed in this route's own context only, as for the image library.
  void app.register(async (scope) => {
    await registerUploadParsing(scope, deps.files.maxUploadBytes);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/admin/files',
      // Multipart keeps its streaming parser (media-upload.ts): only the responses have a schema.
      { config: { access: 'content.edit' }, schema: { response: PageResponses }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const part = await nextFilePart(request);
        if ('error' in part) {
          const refusal = part.error.message === 'media.error.noFile' ? REFUSALS.FILE_UPLOAD_EMPTY : REFUSALS.malformed;
          return sendLibrary(reply, refusal.status, request.admin, 1, refusal);
        }
        try {
          const file = await deps.files.createFileFromUpload(part.file, { actor: actorOf(request.admin), fileName: part.fileName });
          return reply.redirect(`/admin/files?uploaded=${file.id}`, 303);
        } catch (error) {
          if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
          const refusal = fileRefusalFor(error);
          if (!refusal) throw error;
          return sendLibrary(reply, refusal.status, request.admin, 1, refusal);
        }
      },
    );
  });

  async function sendLibrary(reply: FastifyReply, status: number, req: AdminRequest, page: number, refusal?: FileRefusal, uploaded?: StoredFile) {
    const { rows, total } = await deps.files.listFiles({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const error = refusal ? req.t(refusal.message, { max: maxMegabytes(deps) }) : undefined;
    const notice = uploaded ? req.t('files.upload.done', { name: uploaded.displayName }) : undefined;
    return sendAdminPage(reply, status, <LibraryPage req={req} deps={deps} files={rows} total={total} page={Math.min(page, pages)} pages={pages} error={error} notice={notice} />);
  }
}

/** How an upload error reads in the back office, or undefined for an error that is a bug. */
function fileRefusalFor(error: unknown): FileRefusal | undefined {
  if (isFileUploadError(error)) return REFUSALS[error.code];
  // The request stream itself failed (cut connection, broken multipart, over the multipart limit).
  const media = refusalFor(error);
  if (media?.message === 'media.error.tooLarge') return REFUSALS.FILE_UPLOAD_TOO_LARGE;
  if (media?.message === 'media.error.malformed') return REFUSALS.malformed;
  return undefined;
}

function maxMegabytes(deps: AdminDeps): number {
  return Math.floor(deps.files.maxUploadBytes / (1024 * 1024));
}

function LibraryPage(props: { req: AdminRequest; deps: AdminDeps; files: readonly StoredFile[]; total: number; page: number; pages: number; error?: string; notice?: string }) {
  const { req, deps, files, total, page, pages, error, notice } = props;
  const { t, auth } = req;
  const canUpload = auth ? allows(userActor(auth.user), 'content.edit') : false;
  return (
    <AdminLayout req={req} title={t('files.title')} stylesheet={deps.stylesheet} current="/admin/files" scripts={canUpload ? [deps.scripts.upload] : []}>
      {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
      {canUpload ? <UploadForm req={req} deps={deps} error={error} /> : null}
      <h2 id="library-heading">{t('files.count', { count: total })}</h2>
      {files.length > 0 ? (
        <table class="table" aria-labelledby="library-heading">
          <thead>
            <tr>
              <th scope="col">{t('files.column.name')}</th>
              <th scope="col">{t('files.column.size')}</th>
              <th scope="col">{t('files.column.added')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr>
                <td>{file.displayName}</td>
                <td>{formatBytes(file.bytes, req.locale)}</td>
                <td><When reader={req} iso={file.createdAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination req={req} page={page} pages={pages} href={(p) => `/admin/files?page=${p}`} />
    </AdminLayout>
  );
}

/** The upload form; admin-upload.js adds the progress bar to it, as on the image and video libraries. */
function UploadForm({ req, deps, error }: { req: AdminRequest; deps: AdminDeps; error?: string }) {
  const { t } = req;
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('files.upload.title')}</h2>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <form
        method="post"
        action="/admin/files"
        enctype="multipart/form-data"
        class="form upload-form"
        novalidate
        data-upload=""
        data-msg-progress={t('files.upload.progress', { percent: '{percent}' })}
        data-msg-processing={t('files.upload.processing')}
        data-msg-failed={t('files.upload.failed')}
      >
        {/* First in the form: the server checks this token before it reads the file. */}
        <input type="hidden" name="_csrf" value={req.csrfToken} />
        <div class={error ? 'field field--error' : 'field'}>
          <label for="upload-file">{t('files.upload.field', { max: maxMegabytes(deps) })}</label>
          <p class="field__hint" id="upload-file-hint">
            {t('files.upload.hint')}
          </p>
          <input id="upload-file" class="drop-zone" type="file" name="file" accept="application/pdf,.pdf" aria-describedby="upload-file-hint" />
        </div>
        <button type="submit">{t('files.upload.submit')}</button>
        <progress class="upload-progress" max={100} value={0} hidden aria-label={t('files.upload.progressLabel')} />
        <p class="upload-status" role="status" data-upload-status="" />
        <p class="upload-error" role="alert" data-upload-error="" />
      </form>
    </section>
  );
}

import type { FastifyReply } from 'fastify';
import type { Static } from 'typebox';
import {
  SUBMISSION_STATUSES,
  SUBMISSIONS_NOT_FOUND,
  SUBMISSIONS_NOT_PENDING,
  type StorySubmission,
  type SubmissionContact,
  type SubmissionStatus,
  type SubmissionsModule,
} from '../../../modules/submissions/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { AdminMessagePage } from '../views/admin-layout.view.tsx';
import type { UserActor } from '../../../modules/accounts/index.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { formatInstant, When } from '../format-date.tsx';
import { form, FormList, IdParams, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';

export interface SubmissionsAdminDeps extends AdminDeps {
  readonly submissions: SubmissionsModule;
}

const PAGE_SIZE = 30;
const DONE: Readonly<Record<string, AdminMessageKey>> = {
  approved: 'submissions.done.approved',
  rejected: 'submissions.done.rejected',
  erased: 'submissions.done.erased',
  erasedAll: 'submissions.done.erasedAll',
};

/**
 * The moderation queue of stories sent through the public form: list (pending first), detail
 * with the contact details, and approve (→ draft story), reject and erase, each confirmed and audited.
 */
const ModerationForm = form({ confirm: FormList, whole: FormList });

export function registerSubmissionRoutes(app: AdminInstance, deps: SubmissionsAdminDeps): void {
  const config = { access: 'submissions.moderate' as const };
  const moderation = { config, schema: { response: PageResponses, params: IdParams, body: ModerationForm } };

  app.get('/admin/submissions', { config, schema: { response: PageResponses, querystring: query({ status: QueryText, page: QueryText, done: QueryText }) } }, async (request, reply) => {
    const query = request.query;
    const status: SubmissionStatus | undefined = SUBMISSION_STATUSES.find((s) => s === query.status);
    const page = Math.min(Math.max(1, Number.parseInt(String(query.page ?? '1'), 10) || 1), 10_000);
    const { rows, total } = await deps.submissions.list({ ...(status ? { status } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const done = typeof query.done === 'string' ? DONE[query.done] : undefined;
    return sendAdminPage(reply, 200, <QueuePage req={request.admin} deps={deps} rows={rows} total={total} status={status} page={page} pages={pages} done={done} />);
  });

  app.get('/admin/submissions/:id', { config, schema: { response: PageResponses, params: IdParams, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const { id } = request.params;
    const query = request.query;
    const done = typeof query.done === 'string' ? DONE[query.done] : undefined;
    return sendDetail(reply, 200, request.admin, id, done ? { kind: 'success', key: done } : undefined);
  });

  app.post('/admin/submissions/:id/approve', moderation, async (request, reply) =>
    moderate(request.admin, reply, request.params.id, request.body, async (id, actor) => {
      await deps.submissions.approve(id, actor);
      return 'approved';
    }),
  );

  app.post('/admin/submissions/:id/reject', moderation, async (request, reply) =>
    moderate(request.admin, reply, request.params.id, request.body, async (id, actor) => {
      await deps.submissions.reject(id, actor);
      return 'rejected';
    }),
  );

  app.post('/admin/submissions/:id/erase', moderation, async (request, reply) => {
    const wholeSubmission = request.body.whole === 'yes';
    return moderate(request.admin, reply, request.params.id, request.body, async (id, actor) => {
      await deps.submissions.eraseContact(id, actor, { wholeSubmission });
      return wholeSubmission ? 'erasedAll' : 'erased';
    });
  });

  /** Runs one confirmed action; a missing confirmation or a lost race shows the page again with why. */
  async function moderate(req: AdminRequest, reply: FastifyReply, id: string, body: Static<typeof ModerationForm>, action: (id: string, actor: UserActor) => Promise<string>) {
    if (body.confirm !== 'yes') return sendDetail(reply, 400, req, id, { kind: 'error', key: 'submissions.confirmMissing' });
    try {
      const done = await action(id, actorOf(req));
      const target = done === 'erasedAll' ? '/admin/submissions' : `/admin/submissions/${encodeURIComponent(id)}`;
      return reply.redirect(`${target}?done=${done}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === SUBMISSIONS_NOT_FOUND) return sendNotFound(reply, req);
      if (isAppError(error) && error.code === SUBMISSIONS_NOT_PENDING) return sendDetail(reply, 409, req, id, { kind: 'error', key: 'submissions.error.notPending' });
      throw error;
    }
  }

  async function sendDetail(reply: FastifyReply, status: number, req: AdminRequest, id: string, message?: { kind: 'error' | 'success'; key: AdminMessageKey }) {
    let submission: StorySubmission;
    try {
      submission = await deps.submissions.getSubmission(id);
    } catch (error) {
      if (isAppError(error) && error.code === SUBMISSIONS_NOT_FOUND) return sendNotFound(reply, req);
      throw error;
    }
    const [contact, photo, users] = await Promise.all([
      deps.submissions.findContact(id),
      submission.photoImageId ? deps.media.findImages([submission.photoImageId]) : Promise.resolve([]),
      submission.moderatedBy ? deps.accounts.users.listUsers() : Promise.resolve([]),
    ]);
    const moderator = users.find((u) => u.id === submission.moderatedBy);
    const thumb = photo[0]?.variants.filter((v) => v.format === 'jpeg').sort((a, b) => b.width - a.width).find((v) => v.width <= 800);
    return sendAdminPage(
      reply,
      status,
      <DetailPage
        req={req}
        deps={deps}
        submission={submission}
        contact={contact}
        photo={thumb ? { src: `/media/${thumb.file}`, width: thumb.width, height: thumb.height } : undefined}
        moderator={moderator ? moderator.displayName || moderator.email : submission.moderatedBy ?? ''}
        message={message}
      />,
    );
  }

  function sendNotFound(reply: FastifyReply, req: AdminRequest) {
    return sendAdminPage(reply, 404, <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('submissions.title')} message={req.t('submissions.detail.notFound')} />);
  }
}

function formatDate(req: AdminRequest, iso: string | null): string {
  if (!iso) return '';
  return formatInstant(req, iso);
}

function countryName(req: AdminRequest, code: string): string {
  return new Intl.DisplayNames([req.locale], { type: 'region' }).of(code) ?? code;
}

function QueuePage(props: { req: AdminRequest; deps: SubmissionsAdminDeps; rows: readonly StorySubmission[]; total: number; status?: SubmissionStatus; page: number; pages: number; done?: AdminMessageKey }) {
  const { req, rows, status } = props;
  const { t } = req;
  const href = (p: number) => `/admin/submissions?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) }).toString()}`;
  return (
    <AdminLayout req={req} title={t('submissions.title')} stylesheet={props.deps.stylesheet} current="/admin/submissions">
      {props.done ? <FormMessage kind="success">{t(props.done)}</FormMessage> : null}
      <form method="get" action="/admin/submissions" class="filters" role="search" aria-label={t('documents.filters')}>
        <div class="field">
          <label for="filter-status">{t('submissions.filter.status')}</label>
          <select id="filter-status" name="status">
            <option value="" selected={status === undefined}>
              {t('submissions.filter.all')}
            </option>
            {SUBMISSION_STATUSES.map((s) => (
              <option value={s} selected={s === status}>
                {t(`submissions.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('documents.apply')}</button>
      </form>
      <h2 id="queue-heading">{t('submissions.count', { count: props.total })}</h2>
      {rows.length > 0 ? (
        <table class="table" aria-labelledby="queue-heading">
          <thead>
            <tr>
              <th scope="col">{t('submissions.col.name')}</th>
              <th scope="col">{t('submissions.col.countries')}</th>
              <th scope="col">{t('submissions.col.attachment')}</th>
              <th scope="col">{t('submissions.col.received')}</th>
              <th scope="col">{t('submissions.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr>
                <td>
                  <a href={`/admin/submissions/${s.id}`} dir="auto">
                    {s.displayName}
                  </a>
                </td>
                <td>{t('submissions.countries', { origin: countryName(req, s.originCountry), residence: countryName(req, s.residenceCountry) })}</td>
                <td>{t(s.photoImageId ? 'submissions.attachment.photo' : s.videoId ? 'submissions.attachment.video' : 'submissions.attachment.none')}</td>
                <td><When reader={req} iso={s.createdAt} /></td>
                <td>{t(`submissions.status.${s.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination req={req} page={props.page} pages={props.pages} href={href} />
    </AdminLayout>
  );
}

function DetailPage(props: {
  req: AdminRequest;
  deps: SubmissionsAdminDeps;
  submission: StorySubmission;
  contact: SubmissionContact | undefined;
  photo?: { src: string; width: number; height: number };
  moderator: string;
  message?: { kind: 'error' | 'success'; key: AdminMessageKey };
}) {
  const { req, submission: s, contact } = props;
  const { t } = req;
  const base = `/admin/submissions/${s.id}`;
  const languageName = new Intl.DisplayNames([req.locale], { type: 'language' }).of(s.storyLanguage) ?? s.storyLanguage;
  const confirm = (id: string) => (
    <div class="field field--checkbox">
      <input id={id} name="confirm" type="checkbox" value="yes" required />
      <label for={id}>{t('submissions.confirm')}</label>
    </div>
  );
  return (
    <AdminLayout req={req} title={t('submissions.detail.title', { name: s.displayName })} stylesheet={props.deps.stylesheet} current="/admin/submissions">
      <p>
        <a href="/admin/submissions">{t('submissions.detail.back')}</a>
      </p>
      {props.message ? <FormMessage kind={props.message.kind}>{t(props.message.key)}</FormMessage> : null}
      <dl class="facts">
        <dt>{t('submissions.col.status')}</dt>
        <dd>{t(`submissions.status.${s.status}`)}</dd>
        <dt>{t('submissions.col.countries')}</dt>
        <dd>{t('submissions.countries', { origin: countryName(req, s.originCountry), residence: countryName(req, s.residenceCountry) })}</dd>
      </dl>
      <p>{t('submissions.detail.language', { language: languageName })}</p>
      <p>{t('submissions.detail.received', { date: formatDate(req, s.createdAt), locale: req.locales.get(s.locale).endonym })}</p>
      <p>{t('submissions.detail.consent', { date: formatDate(req, s.consentedAt), version: s.consentTextVersion })}</p>
      {s.moderatedAt ? <p>{t('submissions.detail.moderated', { date: formatDate(req, s.moderatedAt), name: props.moderator })}</p> : null}
      {s.storyDocumentId ? (
        <p>
          <a href={`/admin/documents/${s.storyDocumentId}`}>{t('submissions.detail.draft')}</a>
        </p>
      ) : null}
      <section aria-labelledby="story-heading">
        <h2 id="story-heading">{t('submissions.detail.story')}</h2>
        {/* Plain text, shown as text: the sender's words are never read as markup. */}
        <div class="submission-story" lang={s.storyLanguage} dir="auto">
          {s.story.split(/\n{2,}/).map((paragraph) => (
            <p>
              {paragraph.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}
            </p>
          ))}
        </div>
      </section>
      {props.photo ? (
        <figure>
          <img src={props.photo.src} width={props.photo.width} height={props.photo.height} alt={t('submissions.detail.photo')} />
          <figcaption>{t('submissions.detail.photo')}</figcaption>
        </figure>
      ) : null}
      {s.videoId ? <p>{t('submissions.detail.video', { id: s.videoId })}</p> : null}
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('submissions.contact.title')}</h2>
        {contact && (contact.email || contact.phone) ? (
          <dl class="facts">
            {contact.email ? (
              <>
                <dt>{t('submissions.contact.email')}</dt>
                <dd dir="ltr">{contact.email}</dd>
              </>
            ) : null}
            {contact.phone ? (
              <>
                <dt>{t('submissions.contact.phone')}</dt>
                <dd dir="ltr">{contact.phone}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t('submissions.contact.none')}</p>
        )}
      </section>
      {s.status === 'pending' ? (
        <>
          <section aria-labelledby="approve-heading">
            <h2 id="approve-heading">{t('submissions.approve.title')}</h2>
            <p>{t('submissions.approve.hint')}</p>
            <PostForm action={`${base}/approve`} csrfToken={req.csrfToken} class="form">
              {confirm('confirm-approve')}
              <button type="submit">{t('submissions.approve.submit')}</button>
            </PostForm>
          </section>
          <section aria-labelledby="reject-heading">
            <h2 id="reject-heading">{t('submissions.reject.title')}</h2>
            <PostForm action={`${base}/reject`} csrfToken={req.csrfToken} class="form">
              {confirm('confirm-reject')}
              <button type="submit">{t('submissions.reject.submit')}</button>
            </PostForm>
          </section>
        </>
      ) : null}
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t('submissions.erase.title')}</h2>
        <p>{t('submissions.erase.hint')}</p>
        <PostForm action={`${base}/erase`} csrfToken={req.csrfToken} class="form">
          <div class="field field--checkbox">
            <input id="erase-whole" name="whole" type="checkbox" value="yes" />
            <label for="erase-whole">{t('submissions.erase.whole')}</label>
          </div>
          {confirm('confirm-erase')}
          <button type="submit" class="button--danger">
            {t('submissions.erase.submit')}
          </button>
        </PostForm>
      </section>
    </AdminLayout>
  );
}

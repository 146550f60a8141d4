import type { User } from '../../../modules/accounts/index.ts';
import type { JobDetail, JobSummary, TranslationJob } from '../../../modules/translation-jobs/index.ts';
import type { AdminDeps, AdminRequest } from '../admin-plugin.tsx';
import { When } from '../format-date.tsx';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from './admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from './form.view.tsx';

export const jobUrl = (id: string) => `/admin/jobs/${encodeURIComponent(id)}`;

function assigneeText(req: AdminRequest, job: TranslationJob, translators: readonly { id: string; name: string }[]): string {
  if (!job.assignee) return req.t('jobs.assignee.none');
  if (job.assignee.kind === 'agency') return req.t('jobs.assignee.agencyNamed', { name: job.assignee.name });
  const userId = job.assignee.userId;
  return translators.find((u) => u.id === userId)?.name ?? req.t('jobs.assignee.translator');
}

const names = (users: readonly User[]) => users.map((u) => ({ id: u.id, name: u.displayName }));

export function JobsList({ req, deps, jobs, canManage, translators }: { req: AdminRequest; deps: AdminDeps; jobs: readonly JobSummary[]; canManage: boolean; translators: readonly User[] }) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('jobs.title')} stylesheet={deps.stylesheet} current="/admin/jobs">
      <p>{t('jobs.intro')}</p>
      {canManage ? (
        <p>
          <a href="/admin/jobs/new">{t('jobs.new.title')}</a>
        </p>
      ) : null}
      {jobs.length === 0 ? (
        <p>{t('jobs.empty')}</p>
      ) : (
        <table class="table jobs-table">
          <thead>
            <tr>
              <th scope="col">{t('jobs.field.name')}</th>
              <th scope="col">{t('jobs.column.state')}</th>
              <th scope="col">{t('jobs.column.languages')}</th>
              <th scope="col">{t('jobs.column.documents')}</th>
              <th scope="col">{t('jobs.field.due')}</th>
              <th scope="col">{t('jobs.field.assignee')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr>
                <td>
                  <a href={jobUrl(job.id)}>{job.name}</a>
                </td>
                <td>{t(`jobs.state.${job.state}` as AdminMessageKey)}</td>
                <td>{`${job.sourceLocale} → ${job.locales.map((l) => l.locale).join(', ')}`}</td>
                <td>{job.documentCount}</td>
                <td>{job.dueDate ?? '—'}</td>
                <td>{assigneeText(req, job, names(translators))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

/** The assignee choice: nobody, one of the translators, or an agency named in words. */
export function AssigneeFields({ req, translators, assignee, agency, error }: { req: AdminRequest; translators: readonly { id: string; name: string }[]; assignee: string; agency: string; error?: string | undefined }) {
  const { t } = req;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for="field-assignee">{t('jobs.field.assignee')}</label>
      {error ? <p class="field__error">{error}</p> : null}
      <select id="field-assignee" name="assignee">
        <option value="">{t('jobs.assignee.none')}</option>
        {translators.map((u) => (
          <option value={`user:${u.id}`} selected={assignee === `user:${u.id}`}>
            {u.name}
          </option>
        ))}
        <option value="agency" selected={assignee === 'agency'}>
          {t('jobs.assignee.agency')}
        </option>
      </select>
      <Field name="agency" label={t('jobs.field.agency')} value={agency} hint={t('jobs.field.agencyHint')} />
    </div>
  );
}

export function JobPage(props: { req: AdminRequest; deps: AdminDeps; job: JobDetail; canManage: boolean; translators: readonly User[]; sections: readonly { id: string; title: string; depth: number }[]; done?: string | undefined; error?: string | undefined }) {
  const { req, deps, job, canManage } = props;
  const { t } = req;
  const open = job.state !== 'closed';
  const preparing = job.state === 'preparing';
  const item = (documentId: string, locale: string) => job.items.find((i) => i.documentId === documentId && i.locale === locale);
  const translators = names(props.translators);
  const current = job.assignee?.kind === 'user' ? `user:${job.assignee.userId}` : job.assignee?.kind === 'agency' ? 'agency' : '';
  return (
    <AdminLayout req={req} title={job.name} stylesheet={deps.stylesheet} current="/admin/jobs">
      {props.done ? <FormMessage kind="success">{t(`jobs.done.${props.done}` as AdminMessageKey)}</FormMessage> : null}
      {props.error ? <FormMessage kind="error">{props.error}</FormMessage> : null}
      <dl class="jobs-facts">
        <dt>{t('jobs.column.state')}</dt>
        <dd>{t(`jobs.state.${job.state}` as AdminMessageKey)}</dd>
        <dt>{t('jobs.column.languages')}</dt>
        <dd>{`${job.sourceLocale} → ${job.locales.map((l) => l.locale).join(', ')}`}</dd>
        <dt>{t('jobs.field.due')}</dt>
        <dd>{job.dueDate ?? '—'}</dd>
        <dt>{t('jobs.field.assignee')}</dt>
        <dd>{assigneeText(req, job, translators)}</dd>
        <dt>{t('jobs.created')}</dt>
        <dd>
          <When reader={req} iso={job.createdAt} />
        </dd>
      </dl>

      <h2 id="jobs-grid">{t('jobs.documents', { count: job.documents.length })}</h2>
      <table class="table jobs-grid" aria-labelledby="jobs-grid">
        <thead>
          <tr>
            <th scope="col">{t('jobs.column.document')}</th>
            {job.locales.map((l) => (
              <th scope="col">{`${l.locale} · ${t(`jobs.localeState.${l.state}` as AdminMessageKey)}`}</th>
            ))}
            {canManage && preparing ? <th scope="col">{t('jobs.column.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {job.documents.map((d) => (
            <tr>
              <th scope="row" lang={job.sourceLocale}>
                <a href={`/admin/documents/${encodeURIComponent(d.documentId)}`}>{d.type === null ? t('jobs.deleted') : d.title}</a>
              </th>
              {job.locales.map((l) => {
                const it = item(d.documentId, l.locale);
                return (
                  <td class={`jobs-item jobs-item--${it?.state ?? 'pending'}`}>
                    <a href={`/admin/documents/${encodeURIComponent(d.documentId)}/${encodeURIComponent(l.locale)}`}>{t(`jobs.itemState.${it?.state ?? 'pending'}` as AdminMessageKey)}</a>
                  </td>
                );
              })}
              {canManage && preparing ? (
                <td>
                  <PostForm action={`${jobUrl(job.id)}/documents/${encodeURIComponent(d.documentId)}/remove`} csrfToken={req.csrfToken}>
                    <button type="submit" class="button-secondary" aria-label={t('jobs.remove.named', { title: d.title })}>
                      {t('jobs.remove')}
                    </button>
                  </PostForm>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>

      {canManage && preparing && props.sections.length > 0 ? (
        <PostForm action={`${jobUrl(job.id)}/documents`} csrfToken={req.csrfToken} class="form form--inline">
          <label for="add-section">{t('jobs.add.section')}</label>
          <select id="add-section" name="section">
            {props.sections.map((s) => (
              <option value={s.id}>{`${'— '.repeat(s.depth)}${s.title}`}</option>
            ))}
          </select>
          <button type="submit">{t('jobs.add.submit')}</button>
        </PostForm>
      ) : null}

      {open ? (
        <section aria-labelledby="jobs-export">
          <h2 id="jobs-export">{t('jobs.export.title')}</h2>
          <p>{t('jobs.export.intro')}</p>
          <PostForm action={`${jobUrl(job.id)}/export`} csrfToken={req.csrfToken} class="form form--inline">
            <label for="export-locale">{t('jobs.export.locale')}</label>
            <select id="export-locale" name="locale">
              {job.locales.map((l) => (
                <option value={l.locale}>{l.locale}</option>
              ))}
              {job.locales.length > 1 ? <option value="all">{t('jobs.export.all')}</option> : null}
            </select>
            <label for="export-format">{t('jobs.export.format')}</label>
            <select id="export-format" name="format">
              <option value="2.0">XLIFF 2.0</option>
              <option value="1.2">{t('jobs.export.v12')}</option>
            </select>
            <button type="submit">{t('jobs.export.submit')}</button>
          </PostForm>
        </section>
      ) : null}

      {open ? (
        <section aria-labelledby="jobs-import">
          <h2 id="jobs-import">{t('jobs.import.title')}</h2>
          <p>{t('jobs.import.intro')}</p>
          <form method="post" action={`${jobUrl(job.id)}/import`} enctype="multipart/form-data" class="form form--narrow" novalidate>
            <input type="hidden" name="_csrf" value={req.csrfToken} />
            <div class="field">
              <label for="import-file">{t('jobs.import.file')}</label>
              <input id="import-file" type="file" name="file" accept=".xlf,.xliff,.xml" required />
            </div>
            <button type="submit">{t('jobs.import.submit')}</button>
          </form>
        </section>
      ) : null}

      {canManage && open ? (
        <section aria-labelledby="jobs-details">
          <h2 id="jobs-details">{t('jobs.details.title')}</h2>
          <PostForm action={`${jobUrl(job.id)}/details`} csrfToken={req.csrfToken} class="form form--narrow">
            <Field name="dueDate" type="date" label={t('jobs.field.due')} value={job.dueDate ?? ''} />
            <AssigneeFields req={req} translators={translators} assignee={current} agency={job.assignee?.kind === 'agency' ? job.assignee.name : ''} />
            <button type="submit">{t('jobs.details.submit')}</button>
          </PostForm>
          <PostForm action={`${jobUrl(job.id)}/close`} csrfToken={req.csrfToken}>
            <button type="submit" class="button-secondary">
              {t('jobs.close')}
            </button>
          </PostForm>
        </section>
      ) : null}

      <h2 id="jobs-history">{t('jobs.history')}</h2>
      <ol class="jobs-history" aria-labelledby="jobs-history">
        {job.events.map((e) => (
          <li>
            <When reader={req} iso={e.at} /> — {t(`jobs.event.${e.kind}` as AdminMessageKey, eventValues(e.details, e.locale))}
          </li>
        ))}
      </ol>
    </AdminLayout>
  );
}

function eventValues(details: Readonly<Record<string, unknown>>, locale: string | null): Record<string, string | number> {
  const out: Record<string, string | number> = { locale: locale ?? '' };
  for (const [k, v] of Object.entries(details)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

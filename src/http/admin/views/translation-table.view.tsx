import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import type { AuditEntry } from '../../../modules/audit/index.ts';
import type { WorkingCopy } from '../../../modules/content/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { formatWhen, type DocumentContext } from '../document-context.ts';
import { localeName } from './labels.view.tsx';
import type { AdminMessageKey, AdminT } from '../messages/index.ts';
import { WorkflowButtons } from './workflow-buttons.view.tsx';

/** An audit entry with the actor's name resolved. */
export type HistoryEntry = AuditEntry & { readonly who: string };

/**
 * Every locale of a document: status, version, the last change and who made it (from the audit
 * log), the link to edit or create it, and the workflow steps the user may take.
 */
export function TranslationTable({ req, ctx, history }: { req: AdminRequest; ctx: DocumentContext; history: readonly HistoryEntry[] }) {
  const { t } = req;
  const user = req.auth?.user;
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('documents.locale')}</th>
          <th scope="col">{t('documents.titleColumn')}</th>
          <th scope="col">{t('documents.status')}</th>
          <th scope="col">{t('edit.overview.version')}</th>
          <th scope="col">{t('edit.overview.lastChange')}</th>
          <th scope="col">{t('edit.overview.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {req.locales.allCodes.map((locale) => {
          const copy = ctx.copies.get(locale);
          const translation = copy?.text;
          const isSource = locale === ctx.sourceLocale;
          const mayEdit = user ? allows(userActor(user), 'translation.edit', { locale, isSource }) : false;
          const last = history.find((e) => e.locale === locale);
          return (
            <tr>
              <th scope="row">
                <span lang={locale}>{req.locales.get(locale).endonym}</span>
                {isSource ? <span class="tag">{t('edit.overview.source')}</span> : null}
              </th>
              <td lang={translation ? locale : undefined} dir={translation ? req.locales.get(locale).dir : undefined}>
                {translation?.title ?? <span class="state state--missing">{t('edit.overview.missing')}</span>}
              </td>
              <td>{copy ? <StatusBadge req={req} copy={copy} /> : '—'}</td>
              <td>{translation ? translation.version : '—'}</td>
              <td>
                {translation ? <time datetime={translation.updatedAt}>{formatWhen(req, translation.updatedAt)}</time> : '—'}
                {last ? <div class="field__hint">{t('edit.overview.by', { action: actionLabel(t, last.action), who: last.who })}</div> : null}
              </td>
              <td>
                {mayEdit ? (
                  <a href={`/admin/documents/${ctx.document.id}/${locale}`}>
                    {t(translation ? 'edit.overview.edit' : 'edit.overview.create')}
                    <span class="visually-hidden"> ({req.locales.get(locale).endonym})</span>
                  </a>
                ) : null}
                {copy ? <WorkflowButtons req={req} copy={copy} isSource={isSource} back="overview" /> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Where a translation stands: its status, and for a published one whether changes wait. */
export function StatusBadge({ req, copy }: { req: AdminRequest; copy: WorkingCopy }) {
  const { translation, pending } = copy;
  if (pending) {
    return <span class="status status--pending">{req.t(pending.reviewState === 'in_review' ? 'review.status.pendingInReview' : 'review.status.pending')}</span>;
  }
  return <span class={`status status--${translation.status}`}>{req.t(`status.${translation.status}`)}</span>;
}

/** What was done to the document, newest first, with what reviewers and authors wrote. */
export function DocumentHistory({ req, entries }: { req: AdminRequest; entries: readonly HistoryEntry[] }) {
  const { t } = req;
  if (entries.length === 0) return <p class="field__hint">{t('edit.overview.noHistory')}</p>;
  return (
    <ol class="history">
      {entries.map((entry) => (
        <li>
          <time datetime={entry.at}>{formatWhen(req, entry.at)}</time> · {entry.who} · {actionLabel(t, entry.action)}
          {entry.locale ? ` (${localeName(req.locale, entry.locale)})` : ''}
          {typeof entry.details.message === 'string' && entry.details.message !== '' ? <blockquote class="history__message">{entry.details.message}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}

/** An audit action in words, or as recorded when the catalog does not know it. */
export function actionLabel(t: AdminT, action: string): string {
  const key = `edit.log.${action}` as AdminMessageKey;
  const label = t(key);
  return label === key ? action : label;
}

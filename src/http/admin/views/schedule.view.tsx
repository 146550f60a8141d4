import { formatInstant } from '../format-date.tsx';
import { localeName } from './labels.view.tsx';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import type { Translation } from '../../../modules/content/index.ts';
import type { ScheduledChange } from '../../../modules/workflow/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { formatInZone, translationPath } from '../workflow-context.tsx';
import { PostForm } from './form.view.tsx';

export interface ChangeRow {
  readonly change: ScheduledChange;
  /** The translation the change is about, as it is now (undefined if it was deleted). */
  readonly translation: Translation | undefined;
  readonly author: string;
}

/**
 * Scheduled changes with their local time in the zone they were chosen in, and UTC beside it.
 * Pending ones carry a cancel button for those who may schedule; done ones say how it went.
 */
export function ChangeTable({ req, rows, showContent, back }: { req: AdminRequest; rows: readonly ChangeRow[]; showContent?: boolean; back?: 'list' }) {
  const { t } = req;
  if (rows.length === 0) return <p>{t('schedule.none')}</p>;
  const mayCancel = allows(userActor(req.auth!.user), 'content.publish');
  return (
    <table class="table">
      <thead>
        <tr>
          {showContent ? <th scope="col">{t('schedule.content')}</th> : null}
          <th scope="col">{t('schedule.action')}</th>
          <th scope="col">{t('schedule.when')}</th>
          <th scope="col">{t('schedule.readerZone')}</th>
          <th scope="col">{t('schedule.by')}</th>
          <th scope="col">{t('schedule.result')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ change, translation, author }) => (
          <tr>
            {showContent ? (
              <td>
                {translation ? (
                  <a href={`${translationPath(translation)}/schedule`} lang={translation.locale} dir={req.locales.get(translation.locale).dir}>
                    {translation.title}
                  </a>
                ) : (
                  <code>{change.documentId}</code>
                )}{' '}
                ({localeName(req.locale, change.locale)})
              </td>
            ) : null}
            <td>{t(`schedule.action.${change.action}`)}</td>
            <td>{formatInZone(req, change.runAt, change.timeZone)}</td>
            <td>
              <time datetime={change.runAt}>{formatInstant(req, change.runAt)}</time>
            </td>
            <td>{author}</td>
            <td>
              {change.doneAt === null ? (
                mayCancel ? (
                  <PostForm action={`${translationPath(change)}/schedule`} csrfToken={req.csrfToken}>
                    <input type="hidden" name="intent" value="cancel" />
                    <input type="hidden" name="change" value={change.id} />
                    {back ? <input type="hidden" name="back" value={back} /> : null}
                    <button type="submit" class="button-secondary">
                      {t('schedule.cancel')}
                      <span class="visually-hidden"> ({t(`schedule.action.${change.action}`)}, {formatInstant(req, change.runAt)})</span>
                    </button>
                  </PostForm>
                ) : (
                  t('schedule.pending')
                )
              ) : change.error ? (
                <span class="form-message--error">{t('schedule.failed', { error: change.error })}</span>
              ) : (
                <>
                  {t('schedule.ok')} <time datetime={change.doneAt}>{formatInstant(req, change.doneAt)}</time>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

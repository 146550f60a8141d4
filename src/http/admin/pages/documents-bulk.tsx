import type { Actor, BulkItem, BulkResult } from '../../../modules/content/index.ts';
import { CONTENT_DOCUMENT_NOT_FOUND, CONTENT_INVALID, CONTENT_TRANSITION_NOT_ALLOWED, CONTENT_TRANSLATION_NOT_FOUND, CONTENT_VERSION_CONFLICT, STEP_PERMISSION } from '../../../modules/content/index.ts';
import type { LocaleSet } from '../../../modules/locales/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import type { AdminMessageKey } from '../messages/index.ts';
import { FormMessage } from '../views/form.view.tsx';

/**
 * The documents list's bulk actions: the workflow steps an editor takes on many translations at
 * once, and `job`, which opens the new translation job form with the ticked documents chosen.
 */
export type BulkAction = WorkflowBulkAction | 'job';
type WorkflowBulkAction = 'submit' | 'publish' | 'archive';
const BULK_ACTIONS: readonly WorkflowBulkAction[] = ['submit', 'publish', 'archive'];

/** The bulk actions this actor's role may take somewhere (each translation is still checked in its locale). */
export function bulkActionsFor(actor: Actor): BulkAction[] {
  const steps: BulkAction[] = BULK_ACTIONS.filter((action) => allows(actor, STEP_PERMISSION[action]));
  return allows(actor, 'translation.jobs') ? [...steps, 'job'] : steps;
}

/** The new-job form's address with the ticked documents chosen, in the locale of the first ticked row. */
export function newJobAddress(items: readonly BulkItem[]): string {
  const documents = [...new Set(items.map((i) => i.documentId))].join(',');
  return `/admin/jobs/new?${new URLSearchParams({ documents, ...(items[0] ? { source: items[0].locale } : {}) }).toString()}`;
}

/** The ticked rows (`documentId|locale`), known locales only, at most a page's worth twice over. */
export function readBulkItems(raw: string | readonly string[] | undefined, locales: LocaleSet): BulkItem[] {
  const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  return values.slice(0, 100).flatMap((value) => {
    const [documentId = '', locale = ''] = value.split('|');
    const code = locales.allCodes.find((c) => c === locale);
    return documentId && documentId.length <= 64 && code ? [{ documentId, locale: code }] : [];
  });
}

export function BulkBar({ req, actions }: { req: AdminRequest; actions: readonly BulkAction[] }) {
  const { t } = req;
  return (
    <div class="bulk-bar">
      <div class="field">
        <label for="bulk-action">{t('doclist.bulk.label')}</label>
        <select id="bulk-action" name="action">
          {actions.map((action) => (
            <option value={action}>{action === 'job' ? t('jobs.bulk.option') : t(`doclist.bulk.${action}`)}</option>
          ))}
        </select>
      </div>
      <button type="submit">{t('doclist.bulk.apply')}</button>
    </div>
  );
}

export function BulkResults(props: { req: AdminRequest; results: readonly BulkResult[]; titles: ReadonlyMap<string, string>; action: BulkAction | undefined; back: string }) {
  const { req } = props;
  const { t } = req;
  const done = props.results.filter((r) => r.ok).length;
  return (
    <>
      {props.results.length === 0 ? (
        <FormMessage kind="error">{t('doclist.bulk.none')}</FormMessage>
      ) : (
        <>
          <p role="status">{t('doclist.bulk.summary', { done, refused: props.results.length - done })}</p>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('documents.titleColumn')}</th>
                <th scope="col">{t('documents.locale')}</th>
                <th scope="col">{t('doclist.bulk.result')}</th>
              </tr>
            </thead>
            <tbody>
              {props.results.map((r) => (
                <tr>
                  <td lang={r.locale}>
                    <a href={`/admin/documents/${r.documentId}/${r.locale}`}>{props.titles.get(`${r.documentId}|${r.locale}`) ?? r.documentId}</a>
                  </td>
                  <td>{r.locale.toUpperCase()}</td>
                  <td>
                    {r.ok ? (
                      <span class="bulk-result--done">{t('doclist.bulk.done', { status: t(`status.${r.status}`) })}</span>
                    ) : (
                      <span class="bulk-result--refused">{t('doclist.bulk.refused', { reason: reasonOf(req, r) })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <a href={props.back}>{t('doclist.bulk.back')}</a>
      </p>
    </>
  );
}

const REASONS: Readonly<Record<string, AdminMessageKey>> = {
  [POLICY_FORBIDDEN]: 'doclist.reason.forbidden',
  [CONTENT_TRANSITION_NOT_ALLOWED]: 'doclist.reason.notAllowed',
  [CONTENT_VERSION_CONFLICT]: 'doclist.reason.conflict',
  [CONTENT_TRANSLATION_NOT_FOUND]: 'doclist.reason.notFound',
  [CONTENT_DOCUMENT_NOT_FOUND]: 'doclist.reason.notFound',
};

function reasonOf(req: AdminRequest, result: Extract<BulkResult, { ok: false }>): string {
  if (result.code === CONTENT_INVALID) return req.t('doclist.reason.invalid', { problems: result.details.map((d) => `${d.path}: ${d.message}`).join('; ') });
  const key = REASONS[result.code];
  return key ? req.t(key) : result.message;
}

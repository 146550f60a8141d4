import { transitionTarget, WORKFLOW_ACTIONS, type Translation } from '../../../modules/content/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { mayRunAction } from '../document-context.ts';
import { PostForm } from './form.view.tsx';

/**
 * The workflow steps this user may take on one translation from its current status, each a
 * small POST form carrying the version it was shown, so a step on stale information is refused.
 */
export function WorkflowButtons(props: { req: AdminRequest; translation: Translation; isSource: boolean; back: 'overview' | 'edit' }) {
  const { req, translation } = props;
  const user = req.auth?.user;
  if (!user) return null;
  const actions = WORKFLOW_ACTIONS.filter(
    (action) =>
      transitionTarget(action, translation.status) !== undefined &&
      mayRunAction(user, action, { locale: translation.locale, isSource: props.isSource }),
  );
  if (actions.length === 0) return null;
  return (
    <div class="workflow">
      {actions.map((action) => (
        <PostForm action={`/admin/documents/${translation.documentId}/${translation.locale}/${action}`} csrfToken={req.csrfToken} class="workflow__step">
          <input type="hidden" name="expectedVersion" value={String(translation.version)} />
          <input type="hidden" name="back" value={props.back} />
          <button type="submit" class={action === 'publish' ? undefined : 'button-secondary'}>
            {req.t(`edit.action.${action}`)}
            <span class="visually-hidden"> ({translation.locale.toUpperCase()})</span>
          </button>
        </PostForm>
      ))}
    </div>
  );
}

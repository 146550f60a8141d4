import { userActor } from '../../../modules/accounts/index.ts';
import { planTransition, STEP_PERMISSION, WORKFLOW_ACTIONS, type WorkingCopy } from '../../../modules/content/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { PostForm } from './form.view.tsx';


/**
 * The workflow steps this user may take on one translation from where it stands (with its working
 * copy, if any), as the policy module answers: each a small POST form carrying the version it was
 * shown, so a step on stale information is refused. Submitting carries an optional message for the
 * reviewer; requesting changes, the comment its author will read.
 */
export function WorkflowButtons(props: { req: AdminRequest; copy: WorkingCopy; isSource: boolean; back: 'overview' | 'edit' }) {
  const { req, copy } = props;
  const user = req.auth?.user;
  if (!user) return null;
  const actor = userActor(user);
  const { translation, pending } = copy;
  const actions = WORKFLOW_ACTIONS.filter(
    (action) =>
      planTransition(action, translation.status, pending?.reviewState) !== undefined &&
      allows(actor, STEP_PERMISSION[action], { locale: translation.locale, isSource: props.isSource }),
  );
  if (actions.length === 0) return null;
  const suffix = translation.locale.toUpperCase();
  return (
    <div class="workflow">
      {actions.map((action) => {
        const id = `wf-${translation.locale}-${action}`;
        return (
          <PostForm
            action={`/admin/documents/${translation.documentId}/${translation.locale}/${action}`}
            csrfToken={req.csrfToken}
            class={action === 'submit' || action === 'request-changes' ? 'workflow__step workflow__step--note' : 'workflow__step'}
          >
            <input type="hidden" name="expectedVersion" value={String(translation.version)} />
            <input type="hidden" name="back" value={props.back} />
            {action === 'submit' || action === 'request-changes' ? (
              <p>
                <label for={id}>{req.t(action === 'submit' ? 'review.message.label' : 'review.comment.label')}</label>
                <textarea id={id} name="message" rows={2} maxLength={2000} required={action === 'request-changes'} />
              </p>
            ) : null}
            <button type="submit" class={action === 'publish' ? undefined : 'button-secondary'}>
              {req.t(`edit.action.${action}`)}
              <span class="visually-hidden"> ({suffix})</span>
            </button>
          </PostForm>
        );
      })}
    </div>
  );
}

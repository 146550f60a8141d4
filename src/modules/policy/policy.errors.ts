import { AppError, defineErrors } from '../../platform/errors.ts';
import type { Actor } from '../accounts/index.ts';
import type { PolicyTarget } from './policy.ts';

export const POLICY_FORBIDDEN = 'POLICY_FORBIDDEN';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const POLICY_ERRORS = defineErrors({
  POLICY_FORBIDDEN: { kind: 'forbidden', status: 403, when: 'The actor (person, API token or system) may not do this, or not in this locale; `details` names the permission.' },
});

export function forbidden(actor: Actor, permission: string, target: PolicyTarget): AppError {
  const where = target.locale ? ` in ${target.locale}${target.isSource ? ' (the source text)' : ''}` : '';
  return new AppError(POLICY_FORBIDDEN, 'forbidden', `This ${actor.kind} may not ${permission}${where}`, {
    details: [{ path: 'permission', message: permission, reason: target.locale ?? permission }],
  });
}

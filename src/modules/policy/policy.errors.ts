import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/index.ts';
import type { PolicyTarget } from './policy.ts';

export const POLICY_FORBIDDEN = 'POLICY_FORBIDDEN';

export function forbidden(actor: Actor, permission: string, target: PolicyTarget): AppError {
  const where = target.locale ? ` in ${target.locale}${target.isSource ? ' (the source text)' : ''}` : '';
  return new AppError(POLICY_FORBIDDEN, 'forbidden', `This ${actor.kind} may not ${permission}${where}`, {
    details: [{ path: 'permission', message: permission, reason: target.locale ?? permission }],
  });
}

import type { Actor, Role, TokenScope } from '../accounts/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { forbidden } from './policy.errors.ts';

const ALL_ROLES = ['administrator', 'editor', 'translator', 'reviewer'] as const satisfies readonly Role[];

interface Rule {
  /** Roles of signed-in people who may do it. */
  readonly roles: readonly Role[];
  /** The token scope that grants it; absent: no token ever may (people's data, accounts, settings). */
  readonly scope?: TokenScope;
  /**
   * `text`: changes a translation's words; a translator only in their locales, never the source.
   * `locale`: acts on one locale; a token only in its locales.
   */
  readonly target?: 'text' | 'locale';
}

/**
 * Every action an operation may be asked to do, and who may: the one place access is declared.
 * Operations call `authorize`; the back office asks `allows` to decide which buttons to show.
 */
export const POLICY = {
  'admin.access': { roles: ALL_ROLES },
  'content.read': { roles: ALL_ROLES, scope: 'read' },
  'content.create': { roles: ['administrator', 'editor'], scope: 'write' },
  // Shared fields, the page tree, menus, media and videos: what every locale shows.
  'content.edit': { roles: ['administrator', 'editor'], scope: 'write' },
  'translation.edit': { roles: ['administrator', 'editor', 'translator'], scope: 'write', target: 'text' },
  // Asking a machine for a pending version (a person reviews it); a translator only in their locales.
  'translation.machine': { roles: ['administrator', 'editor', 'translator'], target: 'text' },
  'content.submit': { roles: ['administrator', 'editor', 'translator'], scope: 'write', target: 'text' },
  // Publish, unpublish, archive, schedule, request changes: what visitors see.
  'content.publish': { roles: ['administrator', 'reviewer'], scope: 'publish', target: 'locale' },
  'users.manage': { roles: ['administrator'] },
  'tokens.manage': { roles: ['administrator'] },
  'settings.manage': { roles: ['administrator'] },
  // The provider, its address and API key, and the locale pairs machine translation may serve.
  'machineTranslation.configure': { roles: ['administrator'] },
  // Which languages the site speaks: routing, URLs and fallbacks of every page.
  'locales.manage': { roles: ['administrator'] },
  // The public site's interface strings, per locale; a translator only in their locales.
  'messages.edit': { roles: ['administrator', 'editor', 'translator'], target: 'text' },
  'audit.read': { roles: ['administrator'] },
  // Consent records hold personal data: the fewest roles that need them. Translators never do.
  'consent.read': { roles: ['administrator', 'editor', 'reviewer'] },
  'consent.manage': { roles: ['administrator', 'editor'] },
  'submissions.moderate': { roles: ['administrator', 'editor', 'reviewer'] },
  // The translation memory's TMX exchange and the glossary of every locale pair. Reading matches
  // and terms beside a translation needs only the right to edit that translation.
  'translation.memory': { roles: ['administrator', 'editor'] },
  // Translation jobs: prepare, send, take back and close. A translator assigned to a job reads it
  // and imports its files without this (the jobs module checks the assignment).
  'translation.jobs': { roles: ['administrator', 'editor'], scope: 'write' },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;
export const PERMISSIONS = Object.keys(POLICY) as Permission[];

/** What an action is done to: the locale of a translation, and whether it is the document's source. */
export interface PolicyTarget {
  readonly locale?: LocaleCode;
  readonly isSource?: boolean;
}

/** May this actor do this (to this translation)? */
export function allows(actor: Actor, permission: Permission, target: PolicyTarget = {}): boolean {
  const rule: Rule = POLICY[permission];
  if (actor.kind === 'system') return true;
  if (actor.kind === 'token') {
    if (!rule.scope || !actor.scopes.includes(rule.scope)) return false;
    if (rule.target && target.locale !== undefined && actor.locales !== null) return actor.locales.includes(target.locale);
    return true;
  }
  if (!rule.roles.includes(actor.role)) return false;
  if (rule.target === 'text' && actor.role === 'translator' && target.locale !== undefined) {
    return target.isSource !== true && actor.locales.includes(target.locale);
  }
  return true;
}

/**
 * Refuses, with POLICY_FORBIDDEN, what the actor may not do.
 * @throws POLICY_FORBIDDEN
 */
export function authorize(actor: Actor, permission: Permission, target: PolicyTarget = {}): void {
  if (!allows(actor, permission, target)) throw forbidden(actor, permission, target);
}

/** The roles that hold a permission (for the back office's list of roles). */
export function rolesWith(permission: Permission): readonly Role[] {
  return POLICY[permission].roles;
}

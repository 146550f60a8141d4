import type { LocaleCode } from '../locales/index.ts';
import type { Role, User } from './accounts.types.ts';

/**
 * Every permission of the back office, and which roles hold it: the one place access is declared.
 * Routes name the permission they need; the permission matrix test checks each route × role.
 */
export const PERMISSIONS = {
  'admin.access': ['administrator', 'editor', 'translator', 'reviewer'],
  'content.read': ['administrator', 'editor', 'translator', 'reviewer'],
  'content.create': ['administrator', 'editor'],
  'content.edit': ['administrator', 'editor'],
  'content.submit': ['administrator', 'editor', 'translator'],
  'content.publish': ['administrator', 'reviewer'],
  'translation.edit': ['administrator', 'editor', 'translator'],
  'users.manage': ['administrator'],
  'audit.read': ['administrator'],
  // Consent records hold personal data: the fewest roles that need them. Translators never do.
  'consent.read': ['administrator', 'editor', 'reviewer'],
  'consent.manage': ['administrator', 'editor'],
  'submissions.moderate': ['administrator', 'editor', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: Pick<User, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/**
 * Whether the user may change the text of one translation. Translators work only in the locales
 * assigned to them and never on the source text a translation is made from.
 */
export function canEditTranslation(
  user: Pick<User, 'role' | 'locales'>,
  target: { locale: LocaleCode; isSource: boolean },
): boolean {
  if (user.role === 'translator') return !target.isSource && user.locales.includes(target.locale);
  return can(user, 'content.edit');
}

import type { FieldProblem } from '../../platform/errors.ts';
import { ADMIN_LOCALES, isAdminLocale, type LocaleCode, type LocaleSet } from '../locales/index.ts';
import { ROLES, type Role } from './accounts.types.ts';

const EMAIL_MAX_LENGTH = 254;
const DISPLAY_NAME_MAX_LENGTH = 100;
// Practical, not RFC 5322: one @, no spaces or quoting, a dotted domain (letters of any script).
const EMAIL_PATTERN =
  /^[^\s@"<>()[\]\\,;:\p{Cc}]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string, problems: FieldProblem[]): void {
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email)) {
    problems.push({ path: 'email', message: `must be an email address of at most ${EMAIL_MAX_LENGTH} characters` });
  }
}

export function checkDisplayName(displayName: string, problems: FieldProblem[]): void {
  const length = [...displayName].length;
  if (length < 1 || length > DISPLAY_NAME_MAX_LENGTH || CONTROL_CHARACTERS.test(displayName)) {
    problems.push({ path: 'displayName', message: `must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters` });
  }
}

export function checkRole(role: string, problems: FieldProblem[]): role is Role {
  if ((ROLES as readonly string[]).includes(role)) return true;
  problems.push({ path: 'role', message: `must be one of ${ROLES.join(', ')}` });
  return false;
}

export function checkUiLocale(uiLocale: string, problems: FieldProblem[]): void {
  if (!isAdminLocale(uiLocale)) problems.push({ path: 'uiLocale', message: `must be one of ${ADMIN_LOCALES.join(', ')}` });
}

/** An IANA zone name this runtime knows (Europe/Paris, Asia/Dhaka, UTC). */
export function checkTimeZone(zone: string, problems: FieldProblem[]): void {
  let known = zone.length <= 64 && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
  try {
    if (known) new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    known = false;
  }
  if (!known) problems.push({ path: 'timeZone', message: 'must be an IANA time zone' });
}

/**
 * The locales a user of this role keeps: a translator's (at least one, without repeats); nobody
 * else's, since other roles are not limited by locale.
 */
export function checkLocales(role: Role, locales: readonly string[], problems: FieldProblem[], configured: LocaleSet): LocaleCode[] {
  if (role !== 'translator') return [];
  const known = [...new Set(locales)].filter((l) => configured.has(l));
  if (known.length !== locales.length || known.length === 0) {
    problems.push({ path: 'locales', message: `a translator needs one or more of ${configured.all.map((l) => l.code).join(', ')}, each once` });
  }
  return known;
}

import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';

export const ROLES = ['administrator', 'editor', 'translator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** A person who works in the back office. Passwords never leave the accounts module. */
export interface User {
  readonly id: string;
  /** Stored lower-cased and trimmed; unique. */
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  /** Locales a translator may edit; empty for other roles. */
  readonly locales: readonly LocaleCode[];
  /** Language of the admin interface for this user. */
  readonly uiLocale: LocaleCode;
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** A signed-in browser. The cookie holds a random token; the database holds only its hash (`id`). */
export interface Session {
  readonly id: string;
  readonly userId: string;
  /** Synchronizer token for this session's forms (CSRF). */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** Absolute end, whatever the activity. */
  readonly expiresAt: string;
}

export interface AuthenticatedSession {
  readonly session: Session;
  readonly user: User;
}

export interface AccountsConfig {
  /** A session unused this long ends. */
  readonly idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  readonly absoluteHours: number;
  /** Failed sign-ins allowed per window, counted per account and per client address separately. */
  readonly signInLimit: { readonly perAccount: number; readonly perClient: number; readonly windowMinutes: number };
  /** Lifetime of a set-password or setup link. */
  readonly tokenHours: number;
}

export const DEFAULT_ACCOUNTS_CONFIG: AccountsConfig = {
  idleMinutes: 120,
  absoluteHours: 12,
  signInLimit: { perAccount: 5, perClient: 20, windowMinutes: 15 },
  tokenHours: 24,
};

/** What every accounts service is built from. */
export interface AccountsDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: AccountsConfig;
  /** Where user, password and session events are recorded. */
  readonly audit: Pick<AuditModule, 'record'>;
}

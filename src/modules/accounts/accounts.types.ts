import type { LocaleSource } from '../locales/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { TokenScope } from './actor.ts';

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
  /** IANA zone the back office shows this person's dates in; null follows the organisation's. */
  readonly timeZone: string | null;
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
  /** Requests one API token may make per minute (counted in memory, per instance). */
  readonly apiTokenRequestsPerMinute: number;
}

export const DEFAULT_ACCOUNTS_CONFIG: AccountsConfig = {
  idleMinutes: 120,
  absoluteHours: 12,
  signInLimit: { perAccount: 5, perClient: 20, windowMinutes: 15 },
  tokenHours: 24,
  apiTokenRequestsPerMinute: 600,
};

/** An API token as administrators see it: never its secret, nor the secret's hash. */
export interface ApiTokenInfo {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  /** null: every locale. */
  readonly locales: readonly LocaleCode[] | null;
  /** The id of the actor who created it (a user id, or `system`). */
  readonly createdBy: string;
  readonly createdAt: string;
  /** null: never expires. */
  readonly expiresAt: string | null;
  /** Recorded at most once a minute, so it may lag the latest request by that much. */
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  /** At the time it was read. */
  readonly state: ApiTokenState;
}

export type ApiTokenState = 'active' | 'expired' | 'revoked';

/** What every accounts service is built from. */
export interface AccountsDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: AccountsConfig;
  /** Where user, password and session events are recorded. */
  readonly audit: Pick<AuditModule, 'record'>;
  /** The configured locales a translator or a token may be limited to; a module tested on its own gets the initial four. */
  readonly locales?: LocaleSource;
}

import type { LocaleCode } from '../locales/index.ts';
import type { Role, User } from './accounts.types.ts';

/** What an API token may do: read, write (create, edit, submit, upload) and publish are separate grants. */
export const TOKEN_SCOPES = ['read', 'write', 'publish'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A person signed in to the back office. */
export interface UserActor {
  readonly kind: 'user';
  readonly id: string;
  readonly role: Role;
  /** Locales a translator may edit; empty for other roles. */
  readonly locales: readonly LocaleCode[];
}

/** A program holding an API token, acting within the token's scopes and locales. */
export interface TokenActor {
  readonly kind: 'token';
  /** `token:<id>`, so revisions and the audit log tell a token's work from a person's. */
  readonly id: string;
  readonly tokenId: string;
  readonly scopes: readonly TokenScope[];
  /** null: every locale. */
  readonly locales: readonly LocaleCode[] | null;
}

/** Ensemble itself: the scheduler, the CLI, imports and the demo loader. */
export interface SystemActor {
  readonly kind: 'system';
  readonly id: 'system';
}

/** Who asks an operation to run. Every operation takes one; the policy module decides on it. */
export type Actor = UserActor | TokenActor | SystemActor;

export const SYSTEM: SystemActor = Object.freeze({ kind: 'system', id: 'system' });

export function userActor(user: Pick<User, 'id' | 'role' | 'locales'>): UserActor {
  return { kind: 'user', id: user.id, role: user.role, locales: user.locales };
}

/** The id recorded as the author of an audit entry or revision. */
export function actorId(actor: Actor): string {
  return actor.id;
}

/** @module audit — the append-only log of who did what in the back office, and when. */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { createAuditService } from './audit.service.ts';
import type { Schema } from '../../platform/db/schema.ts';

export function createAuditModule(deps: { db: Db; clock: Clock }) {
  return createAuditService(deps);
}

export type AuditModule = ReturnType<typeof createAuditModule>;
export type * from './audit.types.ts';
export * from './audit.errors.ts';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['auditLog'] as const satisfies readonly (keyof Schema)[];

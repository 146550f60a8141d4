import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { currentRequestId } from '../../platform/request-context.ts';
import { invalidAudit } from './audit.errors.ts';
import { createAuditRepository } from './audit.repository.ts';
import type { AuditEntry, AuditPage, AuditQuery, AuditRecordInput } from './audit.types.ts';

const ACTION_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
// A safety net: details are for facts about an action, and secrets must never reach the log.
const SECRET_KEY_PATTERN = /password|token|secret/i;
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 50;

export type AuditService = ReturnType<typeof createAuditService>;

/** Writes and reads the audit log; entries are never changed or deleted. */
export function createAuditService({ db, clock }: { db: Db; clock: Clock }) {
  const repo = createAuditRepository(db);

  return {
    /**
     * Appends one entry at the clock's "now"; inside `trx` when given, so the entry commits (or
     * rolls back) with the change it records.
     * @throws AUDIT_INVALID (action not a short dotted name, or details that name a secret)
     */
    async record(input: AuditRecordInput, trx?: Db): Promise<AuditEntry> {
      const problems: FieldProblem[] = [];
      if (input.action.length > 64 || !ACTION_PATTERN.test(input.action)) {
        problems.push({ path: 'action', message: 'must be a short dotted name such as user.created' });
      }
      for (const key of Object.keys(input.details ?? {})) {
        if (SECRET_KEY_PATTERN.test(key)) problems.push({ path: `details.${key}`, message: 'must not hold a secret' });
      }
      if (problems.length > 0) throw invalidAudit(problems);
      const entry: AuditEntry = {
        id: newId(),
        at: clock.now().toISOString(),
        actorId: input.actorId,
        action: input.action,
        documentId: input.documentId ?? null,
        locale: input.locale ?? null,
        details: input.details ?? {},
        // Read from the request being served, so no operation has to pass it along.
        requestId: currentRequestId(),
      };
      await (trx ? createAuditRepository(trx) : repo).insertEntry(entry);
      return entry;
    },

    /**
     * One page of entries, newest first, with the number of all matching entries.
     * @throws AUDIT_INVALID (limit outside 1–100, negative offset)
     */
    async list(query: AuditQuery = {}): Promise<AuditPage> {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = query.offset ?? 0;
      const problems: FieldProblem[] = [];
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        problems.push({ path: 'limit', message: `must be a whole number from 1 to ${MAX_LIMIT}` });
      }
      if (!Number.isInteger(offset) || offset < 0) problems.push({ path: 'offset', message: 'must be 0 or more' });
      if (problems.length > 0) throw invalidAudit(problems);
      const filter = { actorId: query.actorId, action: query.action, documentId: query.documentId };
      const [entries, total] = await Promise.all([repo.listEntries(filter, limit, offset), repo.countEntries(filter)]);
      return { entries, total };
    },
  };
}

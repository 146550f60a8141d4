/** One line of the audit log: who did what, when, and to which content. */
export interface AuditEntry {
  readonly id: string;
  /** ISO-8601 UTC. */
  readonly at: string;
  /** The user who acted; null for anonymous actions such as a failed sign-in. Not a foreign key. */
  readonly actorId: string | null;
  /** Short dotted name: 'user.created', 'session.signed-in', 'translation.saved'… */
  readonly action: string;
  readonly documentId: string | null;
  readonly locale: string | null;
  /** Extra facts about the action; never passwords or tokens. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The HTTP request it was written for (its X-Request-Id, also in the server's log); null outside a request. */
  readonly requestId: string | null;
}

export interface AuditRecordInput {
  readonly actorId: string | null;
  readonly action: string;
  readonly documentId?: string | null;
  readonly locale?: string | null;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface AuditQuery {
  readonly actorId?: string;
  readonly action?: string;
  readonly documentId?: string;
  /** 1–100; 50 when left out. */
  readonly limit?: number;
  readonly offset?: number;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  /** How many entries match the filters, over all pages. */
  readonly total: number;
}

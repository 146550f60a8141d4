import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { AuditModule, AuditRecordInput } from '../audit/index.ts';
import { createContentRepository, type ContentRepository } from './content.repository.ts';
import type { ContentChange } from './content.service.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { Actor, PendingVersion, Translation } from './content.types.ts';

/** What one operation works with inside its transaction. */
export interface Operation {
  readonly repo: ContentRepository;
  /** The transaction this operation runs in, for other modules' work that commits with it. */
  readonly unit: UnitOfWork;
  /** Records an audit entry in this transaction. */
  record(entry: AuditRecordInput): Promise<void>;
  /** Documents whose public pages change: announced once the transaction has committed. */
  touch(...documentIds: string[]): void;
  /**
   * Documents whose text changed in one locale only (a save, a publish): the search index redoes
   * that locale's entries, not the forty others (and the pages showing them in every locale).
   * touch() wins when both are called.
   */
  touchIn(locale: LocaleCode, ...documentIds: string[]): void;
}

export type OperationRunner = <T>(unit: UnitOfWork | undefined, work: (op: Operation) => Promise<T>) => Promise<T>;

/**
 * Runs content operations: each in one transaction (the caller's unit when given) with its audit
 * entries, and the documents it touched announced after the commit.
 */
export function createOperationRunner({ db, onChange, audit }: { db: Db; onChange?: ((change: ContentChange) => unknown) | undefined; audit?: Pick<AuditModule, 'record'> | undefined }): OperationRunner {
  return (unit, work) =>
    withUnitOfWork(db, unit, async (u) => {
      const touched = new Set<string>();
      // undefined once any document was touched in every locale.
      let locales: Set<LocaleCode> | undefined = new Set();
      const op: Operation = {
        repo: createContentRepository(u.trx),
        unit: u,
        record: async (entry) => {
          await audit?.record(entry, u.trx);
        },
        touch: (...ids) => {
          ids.forEach((id) => touched.add(id));
          if (ids.length > 0) locales = undefined;
        },
        touchIn: (locale, ...ids) => {
          ids.forEach((id) => touched.add(id));
          locales?.add(locale);
        },
      };
      const result = await work(op);
      const change: ContentChange = { documentIds: [...touched], ...(locales ? { locales: [...locales] } : {}) };
      u.afterCommit(() => (touched.size > 0 ? onChange?.(change) : undefined));
      return result;
    });
}

/** The published translation with its working copy's text: what editors edit and preview. */
export function withPending(t: Translation, p: PendingVersion, version: number): Translation {
  const { slug, title, summary, body, fields, sourceVersion, sourceFingerprint, updatedAt } = p;
  return { ...t, slug, title, summary, body, fields, sourceVersion, sourceFingerprint, updatedAt, version };
}

/** A snapshot of every save and step; `pending` marks a working copy saved while the live text stayed. */
export async function writeRevision(repo: ContentRepository, t: Translation, actor: Actor, pending: boolean): Promise<void> {
  await repo.insertRevision({
    documentId: t.documentId,
    locale: t.locale,
    version: t.version,
    snapshot: { slug: t.slug, title: t.title, summary: t.summary, body: t.body, fields: t.fields, status: t.status, ...(pending ? { pending: true } : {}) },
    author: actor.id,
    createdAt: t.updatedAt,
  });
}

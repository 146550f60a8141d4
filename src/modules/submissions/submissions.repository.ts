import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import type { StorySubmissionsTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { StorySubmission, SubmissionContact, SubmissionStatus } from './submissions.types.ts';

export type SubmissionsRepository = ReturnType<typeof createSubmissionsRepository>;

/** The only SQL for story submissions and their contacts. */
export function createSubmissionsRepository(db: Db) {
  return {
    /** Both rows or neither. */
    async insert(submission: StorySubmission, contact: SubmissionContact | undefined): Promise<void> {
      // Joins the caller's transaction when given one (the notice to moderators commits with it).
      await withUnitOfWork(db, undefined, async ({ trx }) => {
        await trx.insertInto('storySubmissions').values(submission).execute();
        if (contact) await trx.insertInto('submissionContacts').values(contact).execute();
      });
    },

    async find(id: string): Promise<StorySubmission | undefined> {
      const row = await db.selectFrom('storySubmissions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSubmission(row) : undefined;
    },

    async findContact(submissionId: string): Promise<SubmissionContact | undefined> {
      return db.selectFrom('submissionContacts').selectAll().where('submissionId', '=', submissionId).executeTakeFirst();
    },

    /** Pending first (oldest first, as a queue), then the moderated ones, most recent first. */
    async list(status: SubmissionStatus | undefined, limit: number, offset: number): Promise<{ rows: StorySubmission[]; total: number }> {
      let query = db.selectFrom('storySubmissions');
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query
        .selectAll()
        .orderBy((eb) => eb.case().when('status', '=', 'pending').then(0).else(1).end())
        .orderBy((eb) => eb.case().when('status', '=', 'pending').then(eb.ref('createdAt')).else(null).end())
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      const count = await query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      return { rows: rows.map(toSubmission), total: Number(count.n) };
    },

    /** Moves a pending submission to its outcome; false when another moderator got there first. */
    async moderate(id: string, change: { status: SubmissionStatus; moderatedBy: string; moderatedAt: string; storyDocumentId?: string }): Promise<boolean> {
      const result = await db
        .updateTable('storySubmissions')
        .set({ status: change.status, moderatedBy: change.moderatedBy, moderatedAt: change.moderatedAt, storyDocumentId: change.storyDocumentId ?? null })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteContact(submissionId: string): Promise<boolean> {
      const result = await db.deleteFrom('submissionContacts').where('submissionId', '=', submissionId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** The submission and (by cascade, and explicitly for safety) its contact. */
    async delete(id: string): Promise<void> {
      await withUnitOfWork(db, undefined, async ({ trx }) => {
        await trx.deleteFrom('submissionContacts').where('submissionId', '=', id).execute();
        await trx.deleteFrom('storySubmissions').where('id', '=', id).execute();
      });
    },
  };
}

function toSubmission(row: Selectable<StorySubmissionsTable>): StorySubmission {
  return { ...row, locale: row.locale as LocaleCode, status: row.status as SubmissionStatus };
}

import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { NotificationsTable } from '../../platform/db/schema.ts';
import type { Delivery, MailState, Notification, NotificationKind } from './notifications.types.ts';

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;

/** The only SQL for notifications and notification preferences. */
export function createNotificationsRepository(db: Db) {
  return {
    async insert(rows: readonly Notification[]): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('notifications')
        .values(rows.map((n) => ({ ...n, claimedUntil: null })))
        .execute();
    },

    async listForUser(userId: string, limit: number, offset: number): Promise<Notification[]> {
      const rows = await db.selectFrom('notifications').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map(toNotification);
    },

    async countForUser(userId: string, unreadOnly: boolean): Promise<number> {
      let query = db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).where('userId', '=', userId);
      if (unreadOnly) query = query.where('readAt', 'is', null);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async find(id: string): Promise<Notification | undefined> {
      const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toNotification(row) : undefined;
    },

    /** Marks one (or, without id, every) unread notice of the user read; returns how many changed. */
    async markRead(userId: string, at: string, id?: string): Promise<number> {
      let query = db.updateTable('notifications').set({ readAt: at }).where('userId', '=', userId).where('readAt', 'is', null);
      if (id !== undefined) query = query.where('id', '=', id);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async listPreferences(userIds: readonly string[]): Promise<{ userId: string; kind: string; delivery: string }[]> {
      if (userIds.length === 0) return [];
      return db.selectFrom('notificationPreferences').select(['userId', 'kind', 'delivery']).where('userId', 'in', userIds).execute();
    },

    async savePreference(userId: string, kind: NotificationKind, delivery: Delivery, at: string): Promise<void> {
      await db
        .insertInto('notificationPreferences')
        .values({ userId, kind, delivery, updatedAt: at })
        .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet({ delivery, updatedAt: at }))
        .execute();
    },

    /** Mail waiting whose time has come and that no dispatcher holds, oldest first. */
    async listDueMail(now: string, limit: number): Promise<Notification[]> {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('mailState', 'in', ['pending', 'digest'])
        .where('nextAttemptAt', '<=', now)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)]))
        .orderBy('createdAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toNotification);
    },

    /**
     * Takes a row for one dispatcher until `until`, if it is still waiting and nobody holds it: of
     * two instances, exactly one gets it.
     */
    async claim(id: string, state: MailState, now: string, until: string): Promise<boolean> {
      const result = await db
        .updateTable('notifications')
        .set({ claimedUntil: until })
        .where('id', '=', id)
        .where('mailState', '=', state)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markSent(ids: readonly string[], lease: string, at: string): Promise<void> {
      if (ids.length === 0) return;
      await db.updateTable('notifications').set({ mailState: 'sent', sentAt: at, claimedUntil: null, lastError: null }).where('id', 'in', ids).where('claimedUntil', '=', lease).execute();
    },

    /** A send failed: try again at `retryAt`, or give up (`retryAt` null). */
    async markFailed(ids: readonly string[], lease: string, attempts: number, retryAt: string | null, error: string): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('notifications')
        .set({ attempts, nextAttemptAt: retryAt, claimedUntil: null, lastError: error.slice(0, 500), ...(retryAt === null ? { mailState: 'failed' } : {}) })
        .where('id', 'in', ids)
        .where('claimedUntil', '=', lease)
        .execute();
    },

    /** Nobody to send to any more (account gone or disabled): the notice stays in-app only. */
    async markUndeliverable(ids: readonly string[], lease: string): Promise<void> {
      if (ids.length === 0) return;
      await db.updateTable('notifications').set({ mailState: 'none', claimedUntil: null }).where('id', 'in', ids).where('claimedUntil', '=', lease).execute();
    },
  };
}

function toNotification(row: Selectable<NotificationsTable>): Notification {
  const { claimedUntil: _claimed, ...rest } = row;
  return { ...rest, kind: row.kind as NotificationKind, mailState: row.mailState as MailState, attempts: Number(row.attempts) };
}

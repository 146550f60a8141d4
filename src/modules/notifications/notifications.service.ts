import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { userActor, type Actor, type User } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { allows, authorize, type Permission } from '../policy/index.ts';
import { invalidPreferences, notificationNotFound } from './notifications.errors.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import {
  DEFAULT_DELIVERY,
  DELIVERIES,
  NOTIFICATION_KINDS,
  OFFERED_KINDS,
  type Delivery,
  type MailState,
  type Notification,
  type NotificationKind,
  type NotificationPage,
  type NotificationsConfig,
  type Preferences,
} from './notifications.types.ts';

/** The accounts module's list of people, read in the caller's transaction. */
export type ListUsers = (unit?: UnitOfWork) => Promise<readonly User[]>;

/** Who each kind concerns: a person is offered (and sent) a kind only with this permission. */
export const KIND_PERMISSION: Readonly<Record<NotificationKind, Permission>> = {
  'review-requested': 'content.publish',
  'changes-requested': 'content.submit',
  published: 'content.submit',
  'schedule-failed': 'content.publish',
  'story-submitted': 'submissions.moderate',
  'translation-assigned': 'translation.edit',
};

/** What a notice says, before it is addressed to each recipient. */
export interface NoticeInput {
  readonly kind: NotificationKind;
  /** Who acted: never told of their own action. */
  readonly actor: Actor;
  readonly documentId?: string | null;
  readonly locale?: LocaleCode | null;
  readonly subject: string;
  readonly message?: string;
  readonly path: string;
  /** Whom to tell: ids, or everyone `allows` lets do `permission` (in `locale`). */
  readonly to: { readonly userIds: readonly (string | null)[] } | { readonly permission: Permission; readonly locale?: LocaleCode };
}

const PAGE_MAX = 100;
const MESSAGE_MAX = 2000;

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/**
 * Notices for back-office people: written by the operation that causes them, inside its
 * transaction (each recipient's row carries how its mail goes out, by their preferences), read
 * and marked read by their recipient, and each person's preferences.
 */
export function createNotificationsService({ db, clock, audit, listUsers, config, onQueued }: {
  db: Db;
  clock: Clock;
  audit: Pick<AuditModule, 'record'>;
  listUsers: ListUsers;
  config: NotificationsConfig;
  /** Told after a commit that queued mail, so it goes out without waiting for the next round. */
  onQueued?: () => void;
}) {
  const repo = createNotificationsRepository(db);

  /** The next digest time strictly after `now`: today's hour if still ahead, else tomorrow's. */
  const nextDigestAt = (now: Date): string => {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), config.digestHourUtc));
    if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
    return at.toISOString();
  };

  return {
    /**
     * Writes a notice for each recipient in the caller's transaction (none for the actor, a
     * disabled account, or someone the kind does not concern), with its mail queued by their
     * preference; the dispatcher is woken once the transaction commits.
     */
    async notify(input: NoticeInput, unit: UnitOfWork): Promise<readonly Notification[]> {
      const users = await listUsers(unit);
      const actorName = input.actor.kind === 'user' ? (users.find((u) => u.id === input.actor.id)?.displayName ?? null) : input.actor.kind === 'token' ? 'API' : null;
      const permission = KIND_PERMISSION[input.kind];
      const wanted = 'userIds' in input.to ? new Set(input.to.userIds.filter((id): id is string => id !== null)) : undefined;
      const locale = 'permission' in input.to ? input.to.locale : undefined;
      const recipients = users.filter(
        (u) =>
          u.id !== input.actor.id &&
          u.disabledAt === null &&
          (wanted ? wanted.has(u.id) : allows(userActor(u), (input.to as { permission: Permission }).permission, locale ? { locale } : {})) &&
          allows(userActor(u), permission),
      );
      if (recipients.length === 0) return [];
      const r = createNotificationsRepository(unit.trx);
      const stored = await r.listPreferences(recipients.map((u) => u.id));
      const now = clock.now();
      const rows = recipients.map((u): Notification => {
        const delivery = (stored.find((p) => p.userId === u.id && p.kind === input.kind)?.delivery ?? DEFAULT_DELIVERY) as Delivery;
        const mailState: MailState = delivery === 'immediate' ? 'pending' : delivery === 'digest' ? 'digest' : 'none';
        return {
          id: newId(),
          userId: u.id,
          kind: input.kind,
          documentId: input.documentId ?? null,
          locale: input.locale ?? null,
          subject: input.subject,
          message: (input.message ?? '').slice(0, MESSAGE_MAX),
          actorName,
          path: input.path,
          createdAt: now.toISOString(),
          readAt: null,
          mailState,
          attempts: 0,
          nextAttemptAt: mailState === 'pending' ? now.toISOString() : mailState === 'digest' ? nextDigestAt(now) : null,
          sentAt: null,
          lastError: null,
        };
      });
      await r.insert(rows);
      if (onQueued && rows.some((n) => n.mailState === 'pending')) unit.afterCommit(onQueued);
      return rows;
    },

    /** One page of the person's notices, newest first, with how many there are and how many are unread. */
    async list(userId: string, page: { limit: number; offset: number }): Promise<NotificationPage> {
      const limit = Math.min(Math.max(1, Math.floor(page.limit)), PAGE_MAX);
      const offset = Math.max(0, Math.floor(page.offset));
      const [rows, total, unread] = await Promise.all([repo.listForUser(userId, limit, offset), repo.countForUser(userId, false), repo.countForUser(userId, true)]);
      return { rows, total, unread };
    },

    countUnread: (userId: string): Promise<number> => repo.countForUser(userId, true),

    /**
     * Marks one of the actor's notices read, or all of them without `id`; returns how many changed.
     * Reading is personal state, not an editorial act: it is not written to the audit log.
     * @throws POLICY_FORBIDDEN (not a person), NOTIFICATIONS_NOT_FOUND (not theirs, or no such notice)
     */
    async markRead(input: { actor: Actor; id?: string }): Promise<number> {
      authorize(input.actor, 'admin.access');
      if (input.id !== undefined) {
        const found = await repo.find(input.id);
        if (!found || found.userId !== input.actor.id) throw notificationNotFound(input.id);
      }
      return repo.markRead(input.actor.id, clock.now().toISOString(), input.id);
    },

    /** The person's choice for every kind (immediate where they chose nothing). */
    async getPreferences(userId: string): Promise<Preferences> {
      const stored = await repo.listPreferences([userId]);
      return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, (stored.find((p) => p.kind === kind)?.delivery as Delivery | undefined) ?? DEFAULT_DELIVERY])) as Preferences;
    },

    /** The kinds that concern this person (by role), in the account page's order. */
    kindsFor(user: Pick<User, 'id' | 'role' | 'locales'>): readonly NotificationKind[] {
      return OFFERED_KINDS.filter((kind) => allows(userActor(user), KIND_PERMISSION[kind]));
    },

    /**
     * Sets the actor's own preferences, kind by kind; the change and its
     * `notifications.preferences-updated` entry commit together.
     * @throws POLICY_FORBIDDEN (a token or the system), NOTIFICATIONS_INVALID (unknown kind or delivery; nothing changed)
     */
    async setPreferences(input: { actor: Actor; preferences: Readonly<Record<string, string>>; unit?: UnitOfWork }): Promise<Preferences> {
      authorize(input.actor, 'admin.access');
      if (input.actor.kind !== 'user') throw invalidPreferences([{ path: 'actor', message: 'only a person has preferences' }]);
      const problems: FieldProblem[] = [];
      const changes: [NotificationKind, Delivery][] = [];
      for (const [kind, delivery] of Object.entries(input.preferences)) {
        if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) problems.push({ path: kind, message: 'is not a kind of notification' });
        else if (!(DELIVERIES as readonly string[]).includes(delivery)) problems.push({ path: kind, message: `must be one of ${DELIVERIES.join(', ')}` });
        else changes.push([kind as NotificationKind, delivery as Delivery]);
      }
      if (problems.length > 0) throw invalidPreferences(problems);
      const actorId = input.actor.id;
      if (changes.length === 0) return this.getPreferences(actorId);
      const at = clock.now().toISOString();
      await withUnitOfWork(db, input.unit, async ({ trx }) => {
        const r = createNotificationsRepository(trx);
        for (const [kind, delivery] of changes) await r.savePreference(actorId, kind, delivery, at);
        await audit.record({ actorId, action: 'notifications.preferences-updated', details: Object.fromEntries(changes) }, trx);
      });
      return this.getPreferences(actorId);
    },
  };
}

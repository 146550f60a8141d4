/**
 * @module notifications — telling back-office people that work waits or was sent back: a notice
 * per recipient written in the transaction of the step it tells of (the outbox), an in-app list,
 * each person's choice per kind (e-mail at once, daily digest, in-app only), and a dispatcher that
 * sends the mails through a mail port (SMTP, or the log when none is configured).
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { WorkflowStepEvent } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { createMailDispatcher } from './mail-dispatcher.ts';
import { createNotificationsService, type ListUsers } from './notifications.service.ts';
import type { Mailer, NotificationsConfig } from './notifications.types.ts';

export type * from './notifications.types.ts';
export { NOTIFICATION_KINDS, OFFERED_KINDS, DELIVERIES, DEFAULT_DELIVERY } from './notifications.types.ts';
export * from './notifications.errors.ts';
export { KIND_PERMISSION, type NotificationsService } from './notifications.service.ts';
export { MAX_ATTEMPTS, retryDelayMs, type DispatchResult } from './mail-dispatcher.ts';
export { composeMail, composeDigest, PREFERENCES_PATH } from './mail-compose.ts';
export { createSmtpMailer, createLogMailer } from './smtp-mailer.ts';

export const DEFAULT_NOTIFICATIONS_CONFIG: NotificationsConfig = { adminOrigin: 'http://localhost:3000', digestHourUtc: 7 };

/** A scheduled change the runner could not carry out. */
export interface ScheduleFailure {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly title: string;
  /** Who scheduled it (a user id, or a token's `token:…`). */
  readonly scheduledBy: string;
  readonly error: string;
}

export function createNotificationsModule({ db, clock, audit, listUsers, mailer, config = DEFAULT_NOTIFICATIONS_CONFIG, onError }: {
  db: Db;
  clock: Clock;
  audit: Pick<AuditModule, 'record'>;
  listUsers: ListUsers;
  mailer: Mailer;
  config?: NotificationsConfig;
  onError?: (error: unknown) => void;
}) {
  const dispatcher = createMailDispatcher({
    db,
    clock,
    mailer,
    config,
    findRecipients: async (ids) => (await listUsers()).filter((u) => ids.includes(u.id)),
    ...(onError ? { onError } : {}),
  });
  const service = createNotificationsService({ db, clock, audit, listUsers, config, onQueued: () => dispatcher.wake() });
  const documentPath = (documentId: string) => `/admin/documents/${encodeURIComponent(documentId)}`;
  const translationPath = (documentId: string, locale: LocaleCode) => `${documentPath(documentId)}/${encodeURIComponent(locale)}`;

  return {
    ...service,
    /** Sends due mail now (tests, and the after-commit wake-up); see mail-dispatcher.ts. */
    runDue: dispatcher.runDue,
    /** Starts the periodic round (digests fall due at their hour; failed sends are retried). */
    start: dispatcher.start,
    stop: dispatcher.stop,
    mailerKind: mailer.kind,

    /**
     * Content's workflow listener, in the step's transaction: a submission tells the reviewers of
     * that locale; changes requested and a publish tell the translation's author.
     */
    async onWorkflowStep(event: WorkflowStepEvent, unit: UnitOfWork): Promise<void> {
      const base = { actor: event.actor, documentId: event.documentId, locale: event.locale, subject: event.title, message: event.message };
      if (event.action === 'submit') {
        await service.notify({ ...base, kind: 'review-requested', path: documentPath(event.documentId), to: { permission: 'content.publish', locale: event.locale } }, unit);
      } else if (event.action === 'request-changes') {
        await service.notify({ ...base, kind: 'changes-requested', path: translationPath(event.documentId, event.locale), to: { userIds: [event.authorId] } }, unit);
      } else if (event.action === 'publish') {
        await service.notify({ ...base, kind: 'published', path: translationPath(event.documentId, event.locale), to: { userIds: [event.authorId] } }, unit);
      }
    },

    /** The schedule runner's failure listener: tells whoever scheduled the change. */
    async onScheduleFailed(failure: ScheduleFailure, actor: Actor, unit: UnitOfWork): Promise<void> {
      await service.notify(
        {
          kind: 'schedule-failed',
          actor,
          documentId: failure.documentId,
          locale: failure.locale,
          subject: failure.title,
          message: failure.error,
          path: `${translationPath(failure.documentId, failure.locale)}/schedule`,
          to: { userIds: [failure.scheduledBy] },
        },
        unit,
      );
    },

    /**
     * The submissions module's listener: a story from the public form tells its moderators. The
     * notice and its mail hold no word of the sender's (not even their name): a mail cannot be
     * erased when the sender asks, so it says only the form's language and links to the submission.
     */
    async onStorySubmitted(submission: { readonly id: string; readonly locale: LocaleCode }, actor: Actor, unit: UnitOfWork): Promise<void> {
      await service.notify({ kind: 'story-submitted', actor, locale: submission.locale, subject: '', path: `/admin/submissions/${encodeURIComponent(submission.id)}`, to: { permission: 'submissions.moderate' } }, unit);
    },

    /**
     * Translation jobs call it in the assignment's transaction; the assignee is told as for any
     * other kind, with a link to the job (`path`) or else to the translation.
     */
    async notifyTranslationAssigned(input: { readonly assigneeId: string; readonly documentId: string; readonly locale: LocaleCode; readonly title: string; readonly path?: string; readonly actor: Actor }, unit: UnitOfWork): Promise<void> {
      await service.notify({ kind: 'translation-assigned', actor: input.actor, documentId: input.documentId, locale: input.locale, subject: input.title, path: input.path ?? translationPath(input.documentId, input.locale), to: { userIds: [input.assigneeId] } }, unit);
    },
  };
}

export type NotificationsModule = ReturnType<typeof createNotificationsModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['notifications', 'notificationPreferences'] as const satisfies readonly (keyof Schema)[];

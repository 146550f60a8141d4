import type { LocaleCode } from '../locales/index.ts';

/** What a person can be told of; `translation-assigned` is sent by translation jobs. */
export const NOTIFICATION_KINDS = ['review-requested', 'changes-requested', 'published', 'schedule-failed', 'story-submitted', 'translation-assigned'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds something sends today, in the order the account page lists them. */
export const OFFERED_KINDS: readonly NotificationKind[] = ['review-requested', 'changes-requested', 'published', 'schedule-failed', 'story-submitted', 'translation-assigned'];

/**
 * How a person wants one kind: an e-mail at once, in the daily digest, or only in the back
 * office's list (every notice is there whatever the choice).
 */
export const DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const DEFAULT_DELIVERY: Delivery = 'immediate';

/** What became of a notice's e-mail. */
export type MailState = 'pending' | 'digest' | 'sent' | 'none' | 'failed';

/** One notice to one person, as the list shows it and the mail tells it. */
export interface Notification {
  readonly id: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly documentId: string | null;
  readonly locale: LocaleCode | null;
  /** What it is about: a translation's title, a story's sender name. */
  readonly subject: string;
  /** What the actor wrote (a reviewer's comment), or why a scheduled change failed; may be empty. */
  readonly message: string;
  /** Who acted; null for Ensemble itself (the scheduler, the public form). */
  readonly actorName: string | null;
  /** The back-office address of the item (starts with /admin/). */
  readonly path: string;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly mailState: MailState;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly sentAt: string | null;
  readonly lastError: string | null;
}

export interface NotificationPage {
  readonly rows: readonly Notification[];
  readonly total: number;
  readonly unread: number;
}

export type Preferences = Readonly<Record<NotificationKind, Delivery>>;

/** A message as the mail port takes it: both parts, already in the recipient's language. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The mail port: the one thing notifications need of a mail system. `sendMail` resolves once the
 * server accepted the message and throws when it did not (the dispatcher retries later).
 */
export interface Mailer {
  readonly kind: 'smtp' | 'log' | 'memory';
  sendMail(message: MailMessage): Promise<void>;
  close?(): Promise<void>;
}

/** The people a notice may go to, as the accounts module knows them. */
export interface Recipient {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly uiLocale: LocaleCode;
  readonly disabledAt: string | null;
}

export interface NotificationsConfig {
  /** Origin of the back office's links in mails, such as https://www.example.org. */
  readonly adminOrigin: string;
  /** Hour (0–23, UTC) at which the day's digest goes out. */
  readonly digestHourUtc: number;
}

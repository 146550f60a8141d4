import nodemailer from 'nodemailer';
import type { Mailer, MailMessage } from './notifications.types.ts';

/**
 * The mail port over SMTP (nodemailer): `smtp://user:password@host:587` (STARTTLS when the
 * server offers it) or `smtps://…:465`. One pooled connection; short timeouts, so a server that
 * does not answer fails the attempt (retried later) instead of holding the dispatcher.
 */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    kind: 'smtp',
    async sendMail(message: MailMessage): Promise<void> {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: { ...message.headers } });
    },
    async close(): Promise<void> {
      transport.close();
    },
  };
}

/** Without SMTP settings: each mail is written to the log (recipient, subject, text), and counts as sent. */
export function createLogMailer(log: (entry: { to: string; subject: string; text: string }, message: string) => void): Mailer {
  return {
    kind: 'log',
    async sendMail(message: MailMessage): Promise<void> {
      log({ to: message.to, subject: message.subject, text: message.text }, 'mail not sent (SMTP_URL is not set): written here instead');
    },
  };
}

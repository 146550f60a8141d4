import type { LocaleCode } from '../locales/index.ts';
import { mailTranslator, type MailKey } from './mail-messages.ts';
import type { MailMessage, Notification, Recipient } from './notifications.types.ts';

/** Where a person chooses which mails they get: the target of every mail's unsubscribe link. */
export const PREFERENCES_PATH = '/admin/account#notifications';

/**
 * One notice as an e-mail in its recipient's language: a text part and an HTML part (every value
 * escaped), the absolute link back to the item, and a List-Unsubscribe link to the preferences.
 */
export function composeMail(notice: Notification, to: Recipient, adminOrigin: string): MailMessage {
  const t = mailTranslator(to.uiLocale);
  const values = valuesOf(notice, to.uiLocale, t);
  const url = adminOrigin + notice.path;
  const body = t(`mail.${notice.kind}.body` as MailKey, values);
  const text = [body, ...(notice.message ? ['', t('mail.message'), notice.message] : []), '', t('mail.open', { url }), ...footerText(t, adminOrigin)].join('\n');
  const html = page(to.uiLocale, [
    `<p>${escapeHtml(body)}</p>`,
    notice.message ? `<p>${escapeHtml(t('mail.message'))}</p>\n<blockquote>${paragraphs(notice.message)}</blockquote>` : '',
    `<p><a href="${escapeHtml(url)}">${escapeHtml(t('mail.openLink'))}</a></p>`,
    footerHtml(t, adminOrigin),
  ]);
  return { to: to.email, subject: t(`mail.${notice.kind}.subject` as MailKey, values), text, html, headers: headersFor(adminOrigin, notice.kind) };
}

/** A day's notices of one person as one mail, newest last, each with its link. */
export function composeDigest(notices: readonly Notification[], to: Recipient, adminOrigin: string): MailMessage {
  const t = mailTranslator(to.uiLocale);
  const items = notices.map((n) => ({ line: t(`mail.${n.kind}.body` as MailKey, valuesOf(n, to.uiLocale, t)), message: n.message, url: adminOrigin + n.path }));
  const text = [
    t('mail.digest.intro'),
    '',
    ...items.flatMap((item) => [`- ${item.line}`, ...(item.message ? [`  ${t('mail.message')} ${item.message.replace(/\n/g, '\n  ')}`] : []), `  ${item.url}`, '']),
    ...footerText(t, adminOrigin).slice(1),
  ].join('\n');
  const html = page(to.uiLocale, [
    `<p>${escapeHtml(t('mail.digest.intro'))}</p>`,
    `<ul>\n${items
      .map((item) => `<li><p>${escapeHtml(item.line)}</p>${item.message ? `<blockquote>${paragraphs(item.message)}</blockquote>` : ''}<p><a href="${escapeHtml(item.url)}">${escapeHtml(t('mail.openLink'))}</a></p></li>`)
      .join('\n')}\n</ul>`,
    footerHtml(t, adminOrigin),
  ]);
  return { to: to.email, subject: t('mail.digest.subject', { count: notices.length }), text, html, headers: headersFor(adminOrigin, 'digest') };
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function valuesOf(n: Notification, uiLocale: LocaleCode, t: ReturnType<typeof mailTranslator>): Record<string, string> {
  return { title: n.subject, actor: n.actorName ?? t('mail.system'), language: n.locale ? languageName(n.locale, uiLocale) : '' };
}

/** A locale's name in the reader's language ("anglais", "inglés"), its tag when Intl does not know it. */
function languageName(locale: string, reader: LocaleCode): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

function headersFor(adminOrigin: string, kind: string): Record<string, string> {
  return {
    // A one-click unsubscribe needs a POST endpoint without a session; the link opens the preferences instead.
    'List-Unsubscribe': `<${adminOrigin}${PREFERENCES_PATH}>`,
    'Auto-Submitted': 'auto-generated',
    'X-Ensemble-Notification': kind,
  };
}

function footerText(t: ReturnType<typeof mailTranslator>, adminOrigin: string): string[] {
  return ['', '-- ', t('mail.preferences', { url: adminOrigin + PREFERENCES_PATH })];
}

function footerHtml(t: ReturnType<typeof mailTranslator>, adminOrigin: string): string {
  return `<hr>\n<p><small><a href="${escapeHtml(adminOrigin + PREFERENCES_PATH)}">${escapeHtml(t('mail.preferencesLink'))}</a></small></p>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function page(locale: LocaleCode, parts: readonly string[]): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(locale)}" dir="${dir}">\n<head><meta charset="utf-8"></head>\n<body>\n${parts.filter(Boolean).join('\n')}\n</body>\n</html>\n`;
}

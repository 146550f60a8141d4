import type { FastifyReply } from 'fastify';
import type { Translation } from '../../modules/content/index.ts';
import { isLanguageTag } from '../../modules/locales/index.ts';
import { formatOffset, offsetMinutesAt } from '../../modules/workflow/index.ts';
import { sendAdminPage, type AdminDeps, type AdminRequest } from './admin-plugin.tsx';
import { AdminMessagePage } from './views/admin-layout.view.tsx';

/** The translation named by `/admin/documents/:id/:locale/…`, or undefined when there is none. */
export async function loadTranslation(deps: AdminDeps, params: { readonly id: string; readonly locale: string }): Promise<Translation | undefined> {
  const { id, locale } = params;
  if (id.length > 64 || !isLanguageTag(locale)) return undefined;
  return deps.content.service.findTranslation(id, locale);
}

/** Base address of a translation's workflow pages. */
export function translationPath(t: Pick<Translation, 'documentId' | 'locale'>): string {
  return `/admin/documents/${encodeURIComponent(t.documentId)}/${t.locale}`;
}

export function sendTranslationNotFound(reply: FastifyReply, req: AdminRequest, deps: AdminDeps) {
  return sendAdminPage(reply, 404, <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('wf.notFound.title')} message={req.t('wf.notFound.body')} />);
}

/** "18 déc. 2026, 00:00 (Europe/Zurich, UTC+1)": the moment as clocks in its zone show it. */
export function formatInZone(req: AdminRequest, iso: string, zone: string): string {
  const date = new Date(iso);
  const format = new Intl.DateTimeFormat(uiTag(req), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  return `${format.format(date)} (${zone}, ${formatOffset(offsetMinutesAt(date, zone))})`;
}

/** Who an author id names: the account's name or email, "system" for scripts, else the id. */
export async function authorNames(deps: AdminDeps, req: AdminRequest): Promise<(id: string | null) => string> {
  const users = new Map((await deps.accounts.users.listUsers()).map((u) => [u.id, u.displayName || u.email]));
  return (id) => (id === null ? '—' : id === 'system' ? req.t('wf.system') : (users.get(id) ?? id));
}

function uiTag(req: AdminRequest): string {
  return req.locale === 'en' ? 'en-GB' : req.locale;
}

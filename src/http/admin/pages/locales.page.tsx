import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { statusOf } from '../../../error-catalog.ts';
import { defaultPrefix, LOCALE_EXISTS, LOCALE_INVALID, LOCALE_NOT_FOUND, LOCALE_TAG_INVALID, type Direction } from '../../../modules/locales/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError, type AppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, TokenOnlyForm, UrlLocale, type AdminInstance } from '../admin-schemas.ts';
import { sendForbidden, sendNotFound } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { LocalesPage, localizeLocaleProblems, type LocaleForm, type LocalesOutcome } from '../views/locales.view.tsx';

const TagParams = Type.Object({ tag: UrlLocale });
const AddLocaleForm = form({ tag: FormList, fallbacks: FormList, prefix: FormList, dir: FormList });
const LocaleSettingsForm = form({ fallbacks: FormList, prefix: FormList, dir: FormList });
const EnabledForm = form({ enabled: FormList });
const MoveForm = form({ direction: FormList });

const DONE: Readonly<Record<string, AdminMessageKey>> = {
  added: 'locales.done.added',
  saved: 'locales.done.saved',
  enabled: 'locales.done.enabled',
  disabled: 'locales.done.disabled',
  default: 'locales.done.default',
  moved: 'locales.done.moved',
};

/**
 * The site's languages: add one, enable or disable it, make it the default, change its fallbacks,
 * prefix and direction, order them. The locales operations hold every rule; this reads the forms.
 */
export function registerLocaleRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/locales', { config: { access: 'locales.manage' }, schema: { response: PageResponses, querystring: query({ done: QueryText, tag: QueryText }) } }, async (request, reply) => {
    const { done, tag } = request.query;
    const key = done !== undefined && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
    const outcome: LocalesOutcome | undefined = key ? { kind: 'done', key, tag: tag !== undefined && request.admin.locales.has(tag) ? tag : undefined } : undefined;
    return sendLocales(reply, 200, request.admin, deps, outcome);
  });

  app.post('/admin/locales', { config: { access: 'locales.manage' }, schema: { response: PageResponses, body: AddLocaleForm } }, async (request, reply) => {
    const req = request.admin;
    const values = readForm(request.body);
    try {
      const record = await deps.locales.service.add(
        { tag: values.tag, fallbacks: values.fallbacks.trim() === '' ? undefined : splitTags(values.fallbacks), prefix: values.prefix === '' ? undefined : values.prefix, dir: directionOf(values.dir) },
        actorOf(req),
      );
      return reply.redirect(`/admin/locales?done=added&tag=${encodeURIComponent(record.tag)}#locale-${record.tag}`, 303);
    } catch (error) {
      if (isAppError(error) && [LOCALE_TAG_INVALID, LOCALE_EXISTS, LOCALE_INVALID].includes(error.code)) return sendInvalid(reply, req, deps, error, 'add', values);
      return answerRefusal(reply, req, deps, error);
    }
  });

  app.post('/admin/locales/:tag', { config: { access: 'locales.manage' }, schema: { response: PageResponses, params: TagParams, body: LocaleSettingsForm } }, async (request, reply) => {
    const req = request.admin;
    const { tag } = request.params;
    const values = readForm(request.body);
    try {
      await deps.locales.service.update(
        tag,
        { fallbacks: splitTags(values.fallbacks), prefix: values.prefix === '' ? defaultPrefix(tag) : values.prefix, dir: directionOf(values.dir) },
        actorOf(req),
      );
      return reply.redirect(`/admin/locales?done=saved&tag=${encodeURIComponent(tag)}#locale-${tag}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === LOCALE_INVALID) return sendInvalid(reply, req, deps, error, tag, values);
      return answerRefusal(reply, req, deps, error);
    }
  });

  app.post('/admin/locales/:tag/enabled', { config: { access: 'locales.manage' }, schema: { response: PageResponses, params: TagParams, body: EnabledForm } }, async (request, reply) => {
    const req = request.admin;
    const { tag } = request.params;
    const { enabled } = request.body;
    if (enabled !== '1' && enabled !== '0') return sendLocales(reply, 400, req, deps, { kind: 'error', key: 'locales.error.input' });
    try {
      await deps.locales.service.update(tag, { enabled: enabled === '1' }, actorOf(req));
      return reply.redirect(`/admin/locales?done=${enabled === '1' ? 'enabled' : 'disabled'}&tag=${encodeURIComponent(tag)}#locale-${tag}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === LOCALE_INVALID) return sendInvalid(reply, req, deps, error, tag);
      return answerRefusal(reply, req, deps, error);
    }
  });

  app.post('/admin/locales/:tag/default', { config: { access: 'locales.manage' }, schema: { response: PageResponses, params: TagParams, body: TokenOnlyForm } }, async (request, reply) => {
    const req = request.admin;
    const { tag } = request.params;
    try {
      await deps.locales.service.update(tag, { isDefault: true }, actorOf(req));
      return reply.redirect(`/admin/locales?done=default&tag=${encodeURIComponent(tag)}#locale-${tag}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === LOCALE_INVALID) return sendInvalid(reply, req, deps, error, tag);
      return answerRefusal(reply, req, deps, error);
    }
  });

  app.post('/admin/locales/:tag/move', { config: { access: 'locales.manage' }, schema: { response: PageResponses, params: TagParams, body: MoveForm } }, async (request, reply) => {
    const req = request.admin;
    const { tag } = request.params;
    const { direction } = request.body;
    const order = [...req.locales.allCodes];
    const index = order.indexOf(tag);
    if (index === -1) return sendNotFound(reply, req, deps);
    if (direction !== 'up' && direction !== 'down') return sendLocales(reply, 400, req, deps, { kind: 'error', key: 'locales.error.input' });
    const other = direction === 'up' ? index - 1 : index + 1;
    if (other >= 0 && other < order.length) [order[index], order[other]] = [order[other]!, order[index]!];
    try {
      await deps.locales.service.reorder(order, actorOf(req));
      return reply.redirect(`/admin/locales?done=moved#locale-${tag}`, 303);
    } catch (error) {
      return answerRefusal(reply, req, deps, error);
    }
  });
}

function sendLocales(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, outcome?: LocalesOutcome) {
  const missing = new Map(req.locales.allCodes.map((code) => [code, deps.locales.missingMessages(code).length]));
  return sendAdminPage(reply, status, <LocalesPage req={req} stylesheet={deps.stylesheet} missing={missing} outcome={outcome} />);
}

function sendInvalid(reply: FastifyReply, req: AdminRequest, deps: AdminDeps, error: AppError, target: string, values?: LocaleForm) {
  return sendLocales(reply, statusOf(error), req, deps, { kind: 'invalid', target, values, errors: localizeLocaleProblems(error, req) });
}

function answerRefusal(reply: FastifyReply, req: AdminRequest, deps: AdminDeps, error: unknown) {
  if (isAppError(error) && (error.code === LOCALE_NOT_FOUND || error.code === LOCALE_TAG_INVALID)) return sendNotFound(reply, req, deps);
  if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
  throw error;
}

function readForm(body: Readonly<Record<string, unknown>>): LocaleForm {
  const text = (value: unknown) => (Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '')).trim().slice(0, 200);
  return { tag: text(body.tag), fallbacks: text(body.fallbacks), prefix: text(body.prefix), dir: text(body.dir) };
}

/** "en, fr" as typed: commas (Latin, Arabic, ideographic) or spaces between the tags. */
function splitTags(value: string): string[] {
  return value.split(/[\s,،、]+/).filter((tag) => tag !== '');
}

function directionOf(value: string): Direction | null {
  return value === 'ltr' || value === 'rtl' ? value : null;
}

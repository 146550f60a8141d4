import type { FastifyReply } from 'fastify';
import { statusOf } from '../../../error-catalog.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_VERSION_CONFLICT } from '../../../modules/content/index.ts';
import type { LocalePair } from '../../../modules/machine-translation/index.ts';
import { MT_SETTINGS_INVALID } from '../../../modules/machine-translation/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, TokenOnlyForm, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import { loadTranslationTarget, sendForbidden } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminMessagePage } from '../views/admin-layout.view.tsx';
import { MachineTranslationSettingsPage, type SettingsFormValues, type SettingsOutcome } from '../views/machine-translation.view.tsx';

const SettingsForm = form({ enabled: FormList, provider: FormList, baseUrl: FormList, apiKey: FormList, clearKey: FormList, pairs: FormList });

/** What each refusal of the operation tells the person, in their language; the provider's own words follow as a detail. */
const ERROR_KEYS: Readonly<Record<string, AdminMessageKey>> = {
  MT_HUMAN_EDIT: 'mt.error.humanEdit',
  MT_NOT_CONFIGURED: 'mt.error.notConfigured',
  MT_PAIR_NOT_ALLOWED: 'mt.error.pair',
  MT_NO_SOURCE: 'mt.error.noSource',
  MT_PROVIDER_AUTH: 'mt.error.auth',
  MT_PROVIDER_QUOTA: 'mt.error.quota',
  MT_PROVIDER_RATE_LIMITED: 'mt.error.rate',
  MT_PROVIDER_TIMEOUT: 'mt.error.timeout',
  MT_PROVIDER_FAILED: 'mt.error.failed',
  MT_KEY_UNREADABLE: 'mt.error.keyUnreadable',
  [CONTENT_VERSION_CONFLICT]: 'mt.error.conflict',
  [CONTENT_INVALID]: 'mt.error.invalid',
  [CONTENT_SLUG_TAKEN]: 'mt.error.invalid',
};
const PROVIDER_CODES = new Set(['MT_PROVIDER_AUTH', 'MT_PROVIDER_QUOTA', 'MT_PROVIDER_RATE_LIMITED', 'MT_PROVIDER_TIMEOUT', 'MT_PROVIDER_FAILED']);

/**
 * Machine translation in the back office: the administrator's settings page (with a connection
 * test) and the translation form's "Translate by machine" button. The operations hold the rules.
 */
export function registerMachineTranslationRoutes(app: AdminInstance, deps: AdminDeps): void {
  const configure = { access: 'machineTranslation.configure' as const };

  app.get('/admin/machine-translation', { config: configure, schema: { response: PageResponses, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    return sendSettings(reply, 200, request.admin, deps, undefined, request.query.done === 'saved' ? { kind: 'saved' } : undefined);
  });

  app.post('/admin/machine-translation', { config: configure, schema: { response: PageResponses, body: SettingsForm } }, async (request, reply) => {
    const body = request.body;
    const values: SettingsFormValues = { enabled: text(body.enabled) === 'yes', provider: text(body.provider), baseUrl: text(body.baseUrl), pairs: text(body.pairs) };
    const { pairs, problems } = parsePairs(values.pairs);
    try {
      if (problems.length > 0) throw Object.assign(new Error('pairs'), { problems });
      await deps.machineTranslation.settings.save(
        { enabled: values.enabled, provider: values.provider, baseUrl: values.baseUrl, apiKey: text(body.apiKey), clearKey: text(body.clearKey) === 'yes', pairs },
        actorOf(request.admin),
      );
    } catch (error) {
      if (isAppError(error) && error.code === MT_SETTINGS_INVALID) return sendSettings(reply, 400, request.admin, deps, values, { kind: 'invalid', problems: error.details });
      const local = (error as { problems?: { path: string; message: string }[] }).problems;
      if (local) return sendSettings(reply, 400, request.admin, deps, values, { kind: 'invalid', problems: local });
      throw error;
    }
    return reply.redirect('/admin/machine-translation?done=saved', 303);
  });

  app.post('/admin/machine-translation/test', { config: configure, schema: { response: PageResponses, body: TokenOnlyForm } }, async (request, reply) => {
    try {
      const result = await deps.machineTranslation.settings.testConnection(actorOf(request.admin));
      return sendSettings(reply, 200, request.admin, deps, undefined, { kind: 'tested', from: result.from, to: result.to, received: result.received });
    } catch (error) {
      if (!isAppError(error) || !ERROR_KEYS[error.code]) throw error;
      return sendSettings(reply, statusOf(error), request.admin, deps, undefined, { kind: 'testFailed', key: ERROR_KEYS[error.code]!, detail: error.message });
    }
  });

  app.post('/admin/documents/:id/:locale/machine-translate', { config: { access: 'translation.machine' }, schema: { response: PageResponses, params: TranslationParams, body: TokenOnlyForm } }, async (request, reply) => {
    const target = await loadTranslationTarget(request, reply, deps);
    if (!target) return reply;
    const req = request.admin;
    try {
      await deps.machineTranslation.service.machineTranslate({ documentId: target.ctx.document.id, targetLocale: target.locale, actor: actorOf(req) });
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('edit.forbiddenLocale', { locale: req.locales.get(target.locale).endonym }));
      const key = ERROR_KEYS[error.code];
      if (!key) throw error;
      const message = PROVIDER_CODES.has(error.code) ? `${req.t(key)} ${req.t('mt.error.detail', { detail: error.message })}` : req.t(key);
      return sendAdminPage(reply, statusOf(error), <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('mt.failed.title')} message={message} />);
    }
    return reply.redirect(`/admin/documents/${target.ctx.document.id}/${target.locale}?done=machine`, 303);
  });
}

async function sendSettings(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, values: SettingsFormValues | undefined, outcome: SettingsOutcome | undefined) {
  const settings = await deps.machineTranslation.settings.read(actorOf(req));
  const shown: SettingsFormValues = values ?? { enabled: settings.enabled, provider: settings.provider, baseUrl: settings.baseUrl, pairs: settings.pairs.map((p) => `${p.from} > ${p.to}`).join('\n') };
  return sendAdminPage(reply, status, <MachineTranslationSettingsPage req={req} stylesheet={deps.stylesheet} settings={settings} values={shown} outcome={outcome} />);
}

function text(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** "fr > ar" a line (also "fr>ar", "fr → ar", "fr ar"); a line that is none of these is named by its number. */
function parsePairs(raw: string): { pairs: LocalePair[]; problems: { path: string; message: string }[] } {
  const pairs: LocalePair[] = [];
  const problems: { path: string; message: string }[] = [];
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  lines.forEach((line, i) => {
    if (line === '') return;
    const m = /^([A-Za-z0-9-]{2,35})\s*(?:>|→|->|\s)\s*([A-Za-z0-9-]{2,35})$/.exec(line);
    if (m) pairs.push({ from: m[1]!, to: m[2]! });
    // At most twenty lines named: a pasted page of junk gets a readable answer.
    else if (problems.length < 20) problems.push({ path: `pairs.${i}`, message: `line ${i + 1}: "${line.slice(0, 40)}" is not "source > target"` });
  });
  if (lines.length > 500) problems.push({ path: 'pairs', message: 'at most 500 lines' });
  return { pairs, problems };
}

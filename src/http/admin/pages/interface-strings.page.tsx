import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { languageName, LOCALE_NOT_FOUND, MESSAGE_INVALID, MESSAGE_KEYS, MESSAGES_SOURCE_LOCALE, type LocaleCode, type MessageState } from '../../../modules/locales/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, UrlLocale, type AdminInstance } from '../admin-schemas.ts';
import { sendForbidden, sendNotFound } from '../document-context.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';

const TagParams = Type.Object({ tag: UrlLocale });
const StringForm = form({ key: FormList, message: FormList, revert: FormList, missing: FormList });

type Outcome =
  | { readonly kind: 'saved' | 'reverted'; readonly key: string }
  | { readonly kind: 'invalid'; readonly key: string; readonly value: string; readonly error: string };

/**
 * The public site's interface strings in one locale: the French source, what visitors see now and
 * where it comes from, and a form per string. Who may edit which locale is the operation's rule.
 */
export function registerInterfaceStringRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get(
    '/admin/locales/:tag/strings',
    { config: { access: 'messages.edit' }, schema: { response: PageResponses, params: TagParams, querystring: query({ missing: QueryText, done: QueryText, key: QueryText }) } },
    async (request, reply) => {
      const { done, key, missing } = request.query;
      // Only a real key is echoed back: the address is anyone's to write.
      const outcome: Outcome | undefined = (done === 'saved' || done === 'reverted') && (MESSAGE_KEYS as readonly (string | undefined)[]).includes(key) ? { kind: done, key: key! } : undefined;
      return sendStrings(reply, 200, request.admin, deps, request.params.tag, missing === '1', outcome);
    },
  );

  app.post('/admin/locales/:tag/strings', { config: { access: 'messages.edit' }, schema: { response: PageResponses, params: TagParams, body: StringForm } }, async (request, reply) => {
    const req = request.admin;
    const { tag } = request.params;
    const first = (value: string | readonly string[] | undefined) => (Array.isArray(value) ? String(value[0] ?? '') : String(value ?? ''));
    const key = first(request.body.key).slice(0, 200);
    const value = first(request.body.message);
    const onlyMissing = first(request.body.missing) === '1';
    const revert = first(request.body.revert) === '1';
    if (!req.locales.has(tag)) return sendNotFound(reply, req, deps);
    try {
      const saved = await deps.locales.messages.setMessage({ locale: tag, key, message: revert ? null : value, actor: actorOf(req) });
      const done = saved.message === null ? 'reverted' : 'saved';
      return reply.redirect(`/admin/locales/${encodeURIComponent(tag)}/strings?done=${done}&key=${encodeURIComponent(key)}${onlyMissing ? '&missing=1' : ''}#string-${key}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === MESSAGE_INVALID) {
        return sendStrings(reply, 400, req, deps, tag, onlyMissing, { kind: 'invalid', key, value, error: localizeMessageProblems(error.details, req) });
      }
      if (isAppError(error) && error.code === LOCALE_NOT_FOUND) return sendNotFound(reply, req, deps);
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
      throw error;
    }
  });
}

function sendStrings(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, tag: string, onlyMissing: boolean, outcome?: Outcome) {
  if (!req.locales.has(tag)) return sendNotFound(reply, req, deps);
  const states = deps.locales.describeMessages(tag);
  const canEdit = allows(actorOf(req), 'messages.edit', { locale: tag, isSource: tag === MESSAGES_SOURCE_LOCALE });
  return sendAdminPage(reply, status, <StringsPage req={req} stylesheet={deps.stylesheet} tag={tag} states={states} onlyMissing={onlyMissing} canEdit={canEdit} outcome={outcome} />);
}

function localizeMessageProblems(problems: readonly FieldProblem[], req: AdminRequest): string {
  if (problems.some((p) => p.reason === 'key')) return req.t('strings.error.key');
  if (problems.some((p) => p.reason === 'length')) return req.t('strings.error.length');
  return req.t('strings.error.icu', { details: problems.map((p) => p.message).join('; ') });
}

function StringsPage(props: { req: AdminRequest; stylesheet: string; tag: LocaleCode; states: readonly MessageState[]; onlyMissing: boolean; canEdit: boolean; outcome?: Outcome }) {
  const { req, tag, states, onlyMissing, canEdit, outcome } = props;
  const { t } = req;
  const locale = req.locales.get(tag);
  const action = `/admin/locales/${tag}/strings`;
  const shown = states.filter((s) => !onlyMissing || s.origin === 'fallback' || (outcome?.kind === 'invalid' && outcome.key === s.key));
  return (
    <AdminLayout req={req} title={t('strings.title', { language: `${languageName(tag, req.locale)} (${tag})` })} stylesheet={props.stylesheet} current="/admin/locales">
      {outcome?.kind === 'saved' || outcome?.kind === 'reverted' ? <FormMessage kind="success">{t(outcome.kind === 'saved' ? 'strings.done.saved' : 'strings.done.reverted', { key: outcome.key })}</FormMessage> : null}
      {outcome?.kind === 'invalid' ? <FormMessage kind="error">{t('strings.error.form', { key: outcome.key })}</FormMessage> : null}
      <p>{t('strings.intro')}</p>
      {canEdit ? null : <p class="message">{t('strings.readOnly')}</p>}
      <form method="get" action={action} class="filters">
        <label class="choice">
          <input type="checkbox" name="missing" value="1" checked={onlyMissing} /> {t('strings.missingOnly')}
        </label>
        <button type="submit" class="button-secondary">
          {t('strings.filter')}
        </button>
      </form>
      <p>{t('strings.count', { shown: shown.length, total: states.length })}</p>
      {shown.length === 0 ? (
        <p>{t('strings.none')}</p>
      ) : (
        <table class={canEdit ? 'table table--strings' : 'table'}>
          <thead>
            <tr>
              <th scope="col">{t('strings.key')}</th>
              <th scope="col">{t('strings.source')}</th>
              <th scope="col">{t('strings.current')}</th>
              {canEdit ? <th scope="col">{t('strings.edit')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((state) => {
              const refused = outcome?.kind === 'invalid' && outcome.key === state.key ? outcome : undefined;
              const id = `message-${state.key}`;
              return (
                <tr id={`string-${state.key}`}>
                  <th scope="row" dir="ltr">
                    <code>{state.key}</code>
                  </th>
                  <td lang={MESSAGES_SOURCE_LOCALE} dir="ltr">
                    {state.source}
                  </td>
                  <td>
                    <span lang={state.textLocale} dir={req.locales.get(state.textLocale).dir}>
                      {state.text}
                    </span>{' '}
                    <span class={state.origin === 'fallback' ? 'state state--missing' : 'tag'} data-origin={state.origin}>
                      {state.origin === 'fallback' ? t('strings.origin.fallback', { language: languageName(state.textLocale, req.locale) }) : t(`strings.origin.${state.origin}`)}
                    </span>
                  </td>
                  {canEdit ? (
                    <td>
                      <PostForm action={action} csrfToken={req.csrfToken}>
                        <input type="hidden" name="key" value={state.key} />
                        {onlyMissing ? <input type="hidden" name="missing" value="1" /> : null}
                        <div class={refused ? 'field field--error' : 'field'}>
                          <label for={id} class="visually-hidden">
                            {t('strings.editLabel', { key: state.key })}
                          </label>
                          {refused ? (
                            <p class="field__error" id={`${id}-error`}>
                              {refused.error}
                            </p>
                          ) : null}
                          <textarea id={id} name="message" rows={2} lang={tag} dir={locale.dir} aria-invalid={refused ? 'true' : undefined} aria-describedby={refused ? `${id}-error` : undefined}
                            value={refused ? refused.value : state.origin === 'fallback' ? '' : state.text}
                          />
                        </div>
                        <div class="workflow">
                          <button type="submit">{t('strings.save')}</button>
                          {state.origin === 'edited' ? (
                            <button type="submit" name="revert" value="1" class="button-secondary" aria-label={t('strings.revertLabel', { key: state.key })}>
                              {t('strings.revert')}
                            </button>
                          ) : null}
                        </div>
                      </PostForm>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

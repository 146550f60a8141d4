import type { FastifyReply } from 'fastify';
import {
  ACCOUNTS_API_TOKEN_INVALID,
  ACCOUNTS_API_TOKEN_NOT_FOUND,
  TOKEN_SCOPES,
  userActor,
  type ApiTokenInfo,
  type TokenScope,
} from '../../../modules/accounts/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { When } from '../format-date.tsx';
import { localeName } from '../views/labels.view.tsx';
import { form, FormList, IdParams, PageResponses, TokenOnlyForm, type AdminInstance } from '../admin-schemas.ts';
import { sendForbidden, sendNotFound } from '../document-context.ts';
import { NO_ERRORS, type FormErrors } from '../field-errors.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the create form sent back, to show again when it is refused. */
interface TokenForm {
  readonly name: string;
  readonly scopes: readonly string[];
  readonly locales: readonly string[];
  readonly expiresOn: string;
}

type Outcome =
  | { readonly kind: 'created'; readonly token: ApiTokenInfo; readonly secret: string }
  | { readonly kind: 'revoked'; readonly token: ApiTokenInfo }
  | { readonly kind: 'invalid'; readonly form: TokenForm; readonly errors: FormErrors };

/**
 * API tokens: administrators create them (the secret is shown once, in the response to the POST,
 * never in an address) and revoke them. The operations decide access; this only reads the form.
 */
const TokenBody = form({ name: FormList, scopes: FormList, locales: FormList, expiresOn: FormList });

export function registerTokenRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/tokens', { config: { access: 'tokens.manage' }, schema: { response: PageResponses } }, async (request, reply) => {
    return sendTokens(reply, 200, request.admin, deps);
  });

  app.post('/admin/tokens', { config: { access: 'tokens.manage' }, schema: { response: PageResponses, body: TokenBody } }, async (request, reply) => {
    const req = request.admin;
    const form = readForm(request.body);
    try {
      const { token, secret } = await deps.accounts.apiTokens.createApiToken({
        actor: userActor(req.auth!.user),
        name: form.name,
        scopes: form.scopes,
        locales: form.locales.length === 0 ? null : form.locales,
        // A day, not an instant: the token stops working as that day begins, in UTC.
        expiresAt: form.expiresOn === '' ? null : DATE.test(form.expiresOn) ? `${form.expiresOn}T00:00:00.000Z` : form.expiresOn,
      });
      return sendTokens(reply, 201, req, deps, { kind: 'created', token, secret });
    } catch (error) {
      if (isAppError(error) && error.code === ACCOUNTS_API_TOKEN_INVALID) {
        return sendTokens(reply, 400, req, deps, { kind: 'invalid', form, errors: localizeTokenProblems(error.details, req) });
      }
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
      throw error;
    }
  });

  app.post('/admin/tokens/:id/revoke', { config: { access: 'tokens.manage' }, schema: { response: PageResponses, params: IdParams, body: TokenOnlyForm } }, async (request, reply) => {
    const req = request.admin;
    const { id } = request.params;
    try {
      const token = await deps.accounts.apiTokens.revokeApiToken({ actor: userActor(req.auth!.user), id });
      return sendTokens(reply, 200, req, deps, { kind: 'revoked', token });
    } catch (error) {
      if (isAppError(error) && error.code === ACCOUNTS_API_TOKEN_NOT_FOUND) return sendNotFound(reply, req, deps);
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
      throw error;
    }
  });
}

async function sendTokens(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, outcome?: Outcome) {
  try {
    const tokens = await deps.accounts.apiTokens.listApiTokens(userActor(req.auth!.user));
    return sendAdminPage(reply, status, <TokensPage req={req} deps={deps} tokens={tokens} outcome={outcome} />);
  } catch (error) {
    if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, req, deps, req.t('error.forbidden.body'));
    throw error;
  }
}

function readForm(body: Record<string, unknown>): TokenForm {
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String).slice(0, 10);
  return {
    name: String(body.name ?? '').slice(0, 200),
    scopes: list(body.scopes),
    locales: list(body.locales),
    expiresOn: String(body.expiresOn ?? '').trim().slice(0, 40),
  };
}

const PROBLEM_MESSAGES: Readonly<Record<string, AdminMessageKey>> = {
  name: 'tokens.error.name',
  scopes: 'tokens.error.scopes',
  locales: 'tokens.error.locales',
  'expiresAt:format': 'tokens.error.expiresAt.format',
  'expiresAt:range': 'tokens.error.expiresAt.range',
};

/** The service's problems, by path (and reason), as messages beside the form's inputs. */
function localizeTokenProblems(problems: readonly FieldProblem[], req: AdminRequest): FormErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const key = PROBLEM_MESSAGES[problem.path] ?? PROBLEM_MESSAGES[`${problem.path}:${problem.reason}`];
    const input = problem.path === 'expiresAt' ? 'expiresOn' : problem.path;
    if (key) byField[input] = req.t(key);
    else other.push(req.t('field.invalid', { message: `${problem.path}: ${problem.message}` }));
  }
  return { byField, other };
}

function TokensPage({ req, deps, tokens, outcome }: { req: AdminRequest; deps: AdminDeps; tokens: readonly ApiTokenInfo[]; outcome?: Outcome }) {
  const { t } = req;
  const form = outcome?.kind === 'invalid' ? outcome.form : undefined;
  const errors = outcome?.kind === 'invalid' ? outcome.errors : NO_ERRORS;
  const when = (iso: string | null) => (iso === null ? t('tokens.never') : <When reader={req} iso={iso} />);
  return (
    <AdminLayout req={req} title={t('tokens.title')} stylesheet={deps.stylesheet} current="/admin/tokens">
      {outcome?.kind === 'created' ? <NewSecret req={req} token={outcome.token} secret={outcome.secret} /> : null}
      {outcome?.kind === 'revoked' ? <FormMessage kind="success">{t('tokens.revoked', { name: outcome.token.name })}</FormMessage> : null}
      <p class="field__hint">{t('tokens.intro')}</p>
      {tokens.length === 0 ? (
        <p>{t('tokens.empty')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.scopes')}</th>
              <th scope="col">{t('tokens.locales')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.expires')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.state')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr id={`token-${token.id}`}>
                <th scope="row">{token.name}</th>
                <td>{token.scopes.map((scope) => t(`tokens.scope.${scope}`)).join(', ')}</td>
                <td>{token.locales === null ? t('tokens.locales.all') : token.locales.map((l) => localeName(req.locale, l)).join(', ')}</td>
                <td>{when(token.createdAt)}</td>
                <td>{when(token.expiresAt)}</td>
                <td>{when(token.lastUsedAt)}</td>
                <td>
                  <span class="tag">{t(`tokens.state.${token.state}`)}</span>
                </td>
                <td>
                  {token.state !== 'revoked' ? (
                    <PostForm action={`/admin/tokens/${token.id}/revoke`} csrfToken={req.csrfToken}>
                      <button type="submit" aria-label={t('tokens.revokeLabel', { name: token.name })}>
                        {t('tokens.revoke')}
                      </button>
                    </PostForm>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('tokens.add')}</h2>
      {outcome?.kind === 'invalid' ? (
        <FormMessage kind="error">
          {t('tokens.error.form')}
          {errors.other.length > 0 ? <ul>{errors.other.map((message) => <li>{message}</li>)}</ul> : null}
        </FormMessage>
      ) : null}
      <PostForm action="/admin/tokens" csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="name" label={t('tokens.name')} hint={t('tokens.name.hint')} value={form?.name} error={errors.byField.name} required autocomplete="off" />
        <Checkboxes
          name="scopes"
          legend={t('tokens.scopes')}
          hint={t('tokens.scopes.hint')}
          error={errors.byField.scopes}
          options={TOKEN_SCOPES.map((scope: TokenScope) => ({ value: scope, label: t(`tokens.scope.${scope}`) }))}
          checked={form?.scopes ?? ['read']}
        />
        <Checkboxes
          name="locales"
          legend={t('tokens.locales')}
          hint={t('tokens.locales.hint')}
          error={errors.byField.locales}
          options={req.locales.allCodes.map((code) => ({ value: code, label: req.locales.get(code).endonym, lang: code }))}
          checked={form?.locales ?? []}
        />
        <Field name="expiresOn" type="date" label={t('tokens.expiresAt')} hint={t('tokens.expiresAt.hint')} value={form?.expiresOn} error={errors.byField.expiresOn} />
        <button type="submit">{t('tokens.create')}</button>
      </PostForm>
    </AdminLayout>
  );
}

/** The one time the secret is shown: in this response only, in a field that is easy to select and copy. */
function NewSecret({ req, token, secret }: { req: AdminRequest; token: ApiTokenInfo; secret: string }) {
  const { t } = req;
  return (
    <section class="form-message form-message--success" role="status" aria-labelledby="new-token-title">
      <h2 id="new-token-title">{t('tokens.new.title', { name: token.name })}</h2>
      <p>
        <strong>{t('tokens.secret.warning')}</strong>
      </p>
      <div class="field">
        <label for="new-token-secret">{t('tokens.secret')}</label>
        <input id="new-token-secret" type="text" readonly value={secret} autocomplete="off" spellcheck={false} dir="ltr" />
      </div>
    </section>
  );
}

function Checkboxes(props: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string; lang?: string }[];
  checked: readonly string[];
}) {
  const id = `field-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={props.error ? 'field field--error' : 'field'} aria-describedby={described}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((option) => (
        <label class="check">
          <input type="checkbox" name={props.name} value={option.value} checked={props.checked.includes(option.value)} />{' '}
          <span lang={option.lang}>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

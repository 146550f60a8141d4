import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import {
  CONSENT_ALREADY_WITHDRAWN,
  CONSENT_CHANNELS,
  CONSENT_INVALID,
  CONSENT_NOT_FOUND,
  CONSENT_TYPE,
  consentStatus,
  FORM_REFERENCE_MAX,
  PERSON_LABEL_MAX,
  type ConsentAlert,
  type ConsentBlock,
  type ConsentModule,
  type ConsentRecord,
} from '../../../modules/consent/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, IdParams, PageResponses, query, QueryText, UrlId, type AdminInstance } from '../admin-schemas.ts';
import { documentTitle, loadDocument, sendNotFound, type DocumentContext } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';

/** What the consent pages need: the admin's modules and the consent module (wired in src/modules.ts). */
export type ConsentPageDeps = AdminDeps & { readonly consent: ConsentModule };

interface ConsentForm {
  readonly personLabel: string;
  readonly formReference: string;
  readonly identifiable: boolean;
  readonly minor: boolean;
  readonly guardianConsent: boolean;
  readonly channels: readonly string[];
  readonly collectedAt: string;
  readonly expiresAt: string;
}

type FormField = 'personLabel' | 'formReference' | 'channels' | 'collectedAt' | 'expiresAt';
type FieldErrors = Partial<Record<FormField, string>>;

const EMPTY_FORM: ConsentForm = { personLabel: '', formReference: '', identifiable: true, minor: false, guardianConsent: false, channels: ['web'], collectedAt: '', expiresAt: '' };

/**
 * A story's consent records (internal, never public): list, record, withdraw with a confirmation
 * step. Other document types have no consent page (404).
 */
// Text fields may arrive repeated (a tampered form): readForm keeps only a single string, as before.
const ConsentBody = form({
  personLabel: FormList, formReference: FormList, identifiable: FormList, minor: FormList,
  guardianConsent: FormList, channels: FormList, collectedAt: FormList, expiresAt: FormList,
});
const WithdrawParams = Type.Object({ id: UrlId, consentId: UrlId });
const WithdrawForm = form({ confirm: FormList });

export function registerConsentRoutes(app: AdminInstance, deps: ConsentPageDeps): void {
  app.get('/admin/documents/:id/consent', { config: { access: 'consent.read' }, schema: { response: PageResponses, params: IdParams, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const ctx = await loadStory(deps, request.params);
    if (!ctx) return sendNotFound(reply, request.admin, deps);
    const done = request.query.done;
    const notice: AdminMessageKey | undefined =
      done === 'recorded' ? 'consent.done.recorded'
      : done === 'withdrawn' ? 'consent.done.withdrawn'
      : done === 'withdrawn-offline' ? 'consent.done.withdrawnOffline'
      : undefined;
    return sendConsentPage(reply, 200, request.admin, deps, ctx, { notice });
  });

  app.post('/admin/documents/:id/consent', { config: { access: 'consent.manage' }, schema: { response: PageResponses, params: IdParams, body: ConsentBody } }, async (request, reply) => {
    const req = request.admin;
    const ctx = await loadStory(deps, request.params);
    if (!ctx) return sendNotFound(reply, req, deps);
    const form = readForm(request.body);
    try {
      await deps.consent.record(
        {
          documentId: ctx.document.id,
          personLabel: form.personLabel,
          formReference: form.formReference,
          identifiable: form.identifiable,
          minor: form.minor,
          guardianConsent: form.guardianConsent,
          channels: form.channels,
          collectedAt: form.collectedAt,
          expiresAt: form.expiresAt,
        },
        actorOf(req),
      );
    } catch (error) {
      if (!isAppError(error) || error.code !== CONSENT_INVALID) throw error;
      return sendConsentPage(reply, 400, req, deps, ctx, { form, errors: fieldErrors(req, error.details) });
    }
    return reply.redirect(`/admin/documents/${ctx.document.id}/consent?done=recorded`, 303);
  });

  app.post('/admin/documents/:id/consent/:consentId/withdraw', { config: { access: 'consent.manage' }, schema: { response: PageResponses, params: WithdrawParams, body: WithdrawForm } }, async (request, reply) => {
    const req = request.admin;
    const ctx = await loadStory(deps, request.params);
    if (!ctx) return sendNotFound(reply, req, deps);
    const consentId = request.params.consentId;
    const record = (await deps.consent.listForDocument(ctx.document.id)).find((r) => r.id === consentId);
    if (!record) return sendNotFound(reply, req, deps);
    const base = `/admin/documents/${ctx.document.id}/consent`;
    const body = request.body;
    // First POST asks; only the confirmation form (confirm=yes) withdraws, since it cannot be undone.
    if (body.confirm !== 'yes') {
      if (record.withdrawnAt !== null) return sendConsentPage(reply, 409, req, deps, ctx, { error: req.t('consent.withdraw.gone') });
      return sendAdminPage(
        reply,
        200,
        <AdminLayout req={req} title={req.t('consent.withdraw.title', { person: record.personLabel })} stylesheet={deps.stylesheet} current="/admin/documents">
          <p>{req.t('consent.withdraw.body')}</p>
          <PostForm action={`${base}/${record.id}/withdraw`} csrfToken={req.csrfToken} class="form form--narrow">
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" class="button--danger">{req.t('consent.withdraw.confirm')}</button>
          </PostForm>
          <p>
            <a href={base}>{req.t('consent.withdraw.cancel')}</a>
          </p>
        </AdminLayout>,
      );
    }
    try {
      const { unpublished } = await deps.consent.withdraw(record.id, actorOf(req));
      return reply.redirect(`${base}?done=${unpublished.length > 0 ? 'withdrawn' : 'withdrawn-offline'}`, 303);
    } catch (error) {
      if (!isAppError(error) || (error.code !== CONSENT_ALREADY_WITHDRAWN && error.code !== CONSENT_NOT_FOUND)) throw error;
      return sendConsentPage(reply, 409, req, deps, ctx, { error: req.t('consent.withdraw.gone') });
    }
  });
}

/** The notice of stories taken off the web because of consent; renders nothing when there are none. */
export function ConsentAlerts({ req, alerts }: { req: AdminRequest; alerts: readonly ConsentAlert[] }) {
  if (alerts.length === 0) return null;
  const { t } = req;
  return (
    <section class="notice notice--warning" aria-labelledby="consent-alerts-title">
      <h2 id="consent-alerts-title">{t('consent.alerts.title')}</h2>
      <ul>
        {alerts.map((alert) => (
          <li>
            <a href={`/admin/documents/${alert.documentId}/consent`}>
              {t(alert.reason === 'expired' ? 'consent.alerts.expired' : 'consent.alerts.withdrawn', {
                title: alert.title,
                date: alert.at.slice(0, 10),
                locales: alert.locales.map((l) => req.locales.get(l).endonym).join(', '),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function loadStory(deps: ConsentPageDeps, params: { readonly id: string }): Promise<DocumentContext | undefined> {
  const ctx = await loadDocument(deps, params.id);
  return ctx && ctx.document.type === CONSENT_TYPE ? ctx : undefined;
}

function readForm(body: Record<string, unknown>): ConsentForm {
  const text = (name: string, max = 400) => {
    const value = body[name];
    return typeof value === 'string' ? value.slice(0, max) : '';
  };
  const raw = body.channels;
  const channels = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === 'string').slice(0, 10);
  return {
    personLabel: text('personLabel'),
    formReference: text('formReference'),
    identifiable: body.identifiable === 'yes',
    minor: body.minor === 'yes',
    guardianConsent: body.guardianConsent === 'yes',
    channels,
    collectedAt: text('collectedAt', 40),
    expiresAt: text('expiresAt', 40),
  };
}

/** The module's problems, as sentences in the editor's language, beside the field they concern. */
function fieldErrors(req: AdminRequest, problems: readonly FieldProblem[]): FieldErrors {
  const { t } = req;
  const errors: FieldErrors = {};
  for (const { path, message } of problems) {
    if (path === 'personLabel') errors.personLabel = t(/contact/.test(message) ? 'consent.error.contact' : 'consent.error.personLabel', { max: PERSON_LABEL_MAX });
    else if (path === 'formReference') errors.formReference = t('consent.error.formReference', { max: FORM_REFERENCE_MAX });
    else if (path === 'channels') errors.channels = t('consent.error.channels');
    else if (path === 'collectedAt') errors.collectedAt = t(/future/.test(message) ? 'consent.error.collectedFuture' : 'consent.error.collectedAt');
    else if (path === 'expiresAt') errors.expiresAt = t(/after/.test(message) ? 'consent.error.expiresBefore' : 'consent.error.expiresAt');
  }
  return errors;
}

async function sendConsentPage(
  reply: FastifyReply,
  status: number,
  req: AdminRequest,
  deps: ConsentPageDeps,
  ctx: DocumentContext,
  state: { form?: ConsentForm; errors?: FieldErrors; notice?: AdminMessageKey; error?: string },
) {
  const { t } = req;
  const id = ctx.document.id;
  const [records, problems, alerts] = await Promise.all([deps.consent.listForDocument(id), deps.consent.webConsentProblems(id), deps.consent.listAlerts()]);
  const blocks = blocksOf(problems, records);
  const mayManage = req.auth ? allows(userActor(req.auth.user), 'consent.manage') : false;
  const today = new Date().toISOString().slice(0, 10);
  return sendAdminPage(
    reply,
    status,
    <AdminLayout req={req} title={t('consent.title', { title: documentTitle(ctx) })} stylesheet={deps.stylesheet} current="/admin/documents">
      <ConsentAlerts req={req} alerts={alerts} />
      {state.notice ? <FormMessage kind="success">{t(state.notice)}</FormMessage> : null}
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      <p class="field__hint">{t('consent.intro')}</p>
      {blocks.length === 0 ? (
        <p>{t('consent.web.ok')}</p>
      ) : (
        <div>
          <p>{t('consent.web.blocked')}</p>
          <ul>{blocks.map((b) => <li>{t(`consent.block.${b}`)}</li>)}</ul>
        </div>
      )}
      <h2>{t('consent.records')}</h2>
      {records.length === 0 ? <p>{t('consent.none')}</p> : <RecordTable req={req} records={records} today={today} mayManage={mayManage} base={`/admin/documents/${id}/consent`} />}
      {mayManage ? <RecordForm req={req} action={`/admin/documents/${id}/consent`} form={state.form ?? EMPTY_FORM} errors={state.errors ?? {}} /> : null}
      <p>
        <a href={`/admin/documents/${id}`}>{t('consent.back')}</a>
      </p>
    </AdminLayout>,
  );
}

/** The module words its problems in English for developers; the page shows them by reason. */
function blocksOf(problems: readonly FieldProblem[], records: readonly ConsentRecord[]): ConsentBlock[] {
  if (problems.length === 0) return [];
  if (records.length === 0) return ['none'];
  const today = new Date().toISOString().slice(0, 10);
  const statuses = new Set(records.map((r) => consentStatus(r, today)));
  return (['withdrawn', 'expired', 'web_not_allowed', 'guardian_missing'] as const).filter((s) => statuses.has(s));
}

function RecordTable({ req, records, today, mayManage, base }: { req: AdminRequest; records: readonly ConsentRecord[]; today: string; mayManage: boolean; base: string }) {
  const { t } = req;
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('consent.col.person')}</th>
          <th scope="col">{t('consent.col.form')}</th>
          <th scope="col">{t('consent.col.identifiable')}</th>
          <th scope="col">{t('consent.col.age')}</th>
          <th scope="col">{t('consent.col.channels')}</th>
          <th scope="col">{t('consent.col.collected')}</th>
          <th scope="col">{t('consent.col.expires')}</th>
          <th scope="col">{t('consent.col.status')}</th>
          {mayManage ? <th scope="col">{t('consent.col.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const status = consentStatus(r, today);
          return (
            <tr>
              <th scope="row">{r.personLabel}</th>
              <td>{r.formReference ?? '—'}</td>
              <td>{t(r.identifiable ? 'consent.yes' : 'consent.no')}</td>
              <td>{t(!r.minor ? 'consent.adult' : r.guardianConsent ? 'consent.minor.guardian' : 'consent.minor.noGuardian')}</td>
              <td>{r.channels.map((c) => t(`consent.channel.${c}`)).join(', ')}</td>
              <td>{r.collectedAt}</td>
              <td>{r.expiresAt ?? t('consent.noExpiry')}</td>
              <td>{status === 'withdrawn' ? t('consent.status.withdrawn', { date: (r.withdrawnAt ?? '').slice(0, 10) }) : t(`consent.status.${status}`)}</td>
              {mayManage ? (
                <td>
                  {r.withdrawnAt === null ? (
                    <PostForm action={`${base}/${r.id}/withdraw`} csrfToken={req.csrfToken}>
                      <button type="submit">{t('consent.withdraw')}</button>
                    </PostForm>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RecordForm({ req, action, form, errors }: { req: AdminRequest; action: string; form: ConsentForm; errors: FieldErrors }) {
  const { t } = req;
  const errorOf = (name: FormField) =>
    errors[name] ? (
      <p class="field__error" id={`consent-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const described = (name: FormField, hint?: boolean) => [hint ? `consent-${name}-hint` : '', errors[name] ? `consent-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldClass = (name: FormField) => (errors[name] ? 'field field--error' : 'field');
  const input = (name: FormField, type: 'text' | 'date', value: string, hint?: string, required?: boolean) => (
    <div class={fieldClass(name)}>
      <label for={`consent-${name}`}>{t(`consent.field.${name}`)}</label>
      {hint ? (
        <p class="field__hint" id={`consent-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {errorOf(name)}
      <input id={`consent-${name}`} name={name} type={type} value={value} required={required} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={described(name, hint !== undefined)} />
    </div>
  );
  const check = (name: 'identifiable' | 'minor' | 'guardianConsent', checked: boolean) => (
    <div class="field">
      <label class="check">
        <input type="checkbox" name={name} value="yes" checked={checked} /> {t(`consent.field.${name}`)}
      </label>
    </div>
  );
  return (
    <>
      <h2>{t('consent.new')}</h2>
      <PostForm action={action} csrfToken={req.csrfToken} class="form form--narrow">
        {Object.keys(errors).length > 0 ? <FormMessage kind="error">{t('consent.error.summary')}</FormMessage> : null}
        {input('personLabel', 'text', form.personLabel, t('consent.field.personLabelHint', { max: PERSON_LABEL_MAX }), true)}
        {input('formReference', 'text', form.formReference, t('consent.field.formReferenceHint'))}
        {check('identifiable', form.identifiable)}
        {check('minor', form.minor)}
        {check('guardianConsent', form.guardianConsent)}
        <fieldset class={fieldClass('channels')} aria-describedby={described('channels')}>
          <legend>{t('consent.field.channels')}</legend>
          {errorOf('channels')}
          {CONSENT_CHANNELS.map((channel) => (
            <label class="check">
              <input type="checkbox" name="channels" value={channel} checked={form.channels.includes(channel)} /> {t(`consent.channel.${channel}`)}
            </label>
          ))}
        </fieldset>
        {input('collectedAt', 'date', form.collectedAt, undefined, true)}
        {input('expiresAt', 'date', form.expiresAt, t('consent.field.expiresAtHint'))}
        <button type="submit">{t('consent.submit')}</button>
      </PostForm>
    </>
  );
}

import type { FastifyReply } from 'fastify';
import { IdParams, PageResponses, query, QueryText, SharedFieldsForm, type AdminInstance } from '../admin-schemas.ts';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_VERSION_CONFLICT, type FieldDef } from '../../../modules/content/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { documentTitle, loadDocument, loadReferenceOptions, sendNotFound, type DocumentContext } from '../document-context.ts';
import { documentChanges, formVersion, rawFieldsOf, readRawFields, toFieldValues, type Change, type RawFields } from '../document-form.ts';
import { inputForPath, localizeProblems, NO_ERRORS, type FormErrors } from '../field-errors.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { ChangesMeanwhile, FormErrorList, SharedInputs } from '../views/document-form.view.tsx';
import { fieldLabel, typeLabel, type ReferenceOptions } from '../views/field-input.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { DocumentHistory, TranslationTable, type HistoryEntry } from '../views/translation-table.view.tsx';
import { captionsUrl, trackFields } from './captions.page.tsx';

/** A document's overview (type, shared fields, every locale with its state and steps) and the shared-field save. */
export function registerDocumentOverviewRoutes(app: AdminInstance, deps: AdminDeps): void {
  const overviewQuery = query({ done: QueryText });
  app.get('/admin/documents/:id', { config: { access: 'content.read' }, schema: { response: PageResponses, params: IdParams, querystring: overviewQuery } }, async (request, reply) => {
    const ctx = await loadDocument(deps, request.params.id);
    if (!ctx) return sendNotFound(reply, request.admin, deps);
    const query = request.query;
    const notice = typeof query.done === 'string' ? query.done : undefined;
    return sendOverview(reply, 200, request.admin, deps, ctx, { values: rawFieldsOf(ctx.document.fields), expectedVersion: ctx.document.version, notice });
  });

  app.post('/admin/documents/:id', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: IdParams, body: SharedFieldsForm } }, async (request, reply) => {
    const ctx = await loadDocument(deps, request.params.id);
    if (!ctx) return sendNotFound(reply, request.admin, deps);
    const body = request.body;
    const values = readRawFields(body, ctx.type.sharedFields, 'shared');
    const expectedVersion = formVersion(body);
    const actor = actorOf(request.admin);
    try {
      const saved = await deps.content.service.updateDocument({
        id: ctx.document.id,
        expectedVersion,
        fields: toFieldValues(ctx.type.sharedFields, values),
        actor,
      });
      return reply.redirect(`/admin/documents/${saved.id}?done=saved`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === CONTENT_VERSION_CONFLICT) {
        const now = (await loadDocument(deps, ctx.document.id)) ?? ctx;
        const base = (await deps.content.service.listRevisions(ctx.document.id, null)).find((r) => r.version === expectedVersion);
        const changes = documentChanges(base?.snapshot, now.document);
        return sendOverview(reply, 409, request.admin, deps, now, { values, expectedVersion: now.document.version, changes });
      }
      if (error.code !== CONTENT_INVALID && error.code !== CONTENT_SLUG_TAKEN) throw error;
      const errors = localizeProblems(error.details, request.admin.t, (path) => inputForPath(path, (name) => `shared.${name}`));
      return sendOverview(reply, 400, request.admin, deps, ctx, { values, expectedVersion, errors });
    }
  });
}

/** What a redirect back to the overview may announce (`?done=`). */
const DONE_NOTICES = ['saved', 'created', 'submit', 'publish', 'unpublish', 'archive'] as const;

interface OverviewState {
  readonly values: RawFields;
  readonly expectedVersion: number;
  readonly errors?: FormErrors;
  readonly changes?: readonly Change[];
  readonly notice?: string;
}

async function sendOverview(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, ctx: DocumentContext, state: OverviewState) {
  const [options, history, users] = await Promise.all([
    loadReferenceOptions(deps.content, ctx.type, req.locale, deps),
    deps.audit.list({ documentId: ctx.document.id, limit: 100 }),
    deps.accounts.users.listUsers(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName || u.email]));
  const entries: HistoryEntry[] = history.entries.map((e) => ({ ...e, who: e.actorId ? (names.get(e.actorId) ?? e.actorId) : '—' }));
  return sendAdminPage(reply, status, <OverviewPage req={req} deps={deps} ctx={ctx} state={state} options={options} history={entries} />);
}

function OverviewPage(props: { req: AdminRequest; deps: AdminDeps; ctx: DocumentContext; state: OverviewState; options: ReferenceOptions; history: readonly HistoryEntry[] }) {
  const { req, ctx, state } = props;
  const { t } = req;
  const mayEdit = req.auth ? allows(userActor(req.auth.user), 'content.edit') : false;
  const notice = DONE_NOTICES.find((n) => n === state.notice);
  return (
    <AdminLayout req={req} title={documentTitle(ctx)} stylesheet={props.deps.stylesheet} current="/admin/documents">
      {notice ? <FormMessage kind="success">{t(`edit.done.${notice}`)}</FormMessage> : null}
      <dl class="facts-list">
        <dt>{t('documents.type')}</dt>
        <dd>{typeLabel(t, ctx.type.name)}</dd>
        <dt>{t('edit.field.parent')}</dt>
        <dd>{ctx.document.parentId ? <a href={`/admin/documents/${ctx.document.parentId}`}>{t('edit.overview.openParent')}</a> : '—'}</dd>
        <dt>{t('edit.overview.id')}</dt>
        <dd><code>{ctx.document.id}</code></dd>
      </dl>
      {ctx.document.type === 'story' && req.auth && allows(userActor(req.auth.user), 'consent.read') ? (
        <p><a href={`/admin/documents/${ctx.document.id}/consent`}>{t('consent.link')}</a></p>
      ) : null}
      <h2>{t('edit.overview.translations')}</h2>
      <TranslationTable req={req} ctx={ctx} history={props.history} />
      {trackFields(ctx).length > 0 ? <CaptionsLinks req={req} ctx={ctx} /> : null}
      {ctx.type.routable && req.auth && allows(userActor(req.auth.user), 'content.create') ? (
        <p><a href={`/admin/documents/new?parent=${ctx.document.id}`}>{t('edit.overview.addChild')}</a></p>
      ) : null}
      <h2 id="shared">{t('edit.overview.shared')}</h2>
      {state.changes ? <ChangesMeanwhile changes={state.changes} t={t} /> : null}
      {mayEdit ? (
        <PostForm action={`/admin/documents/${ctx.document.id}`} csrfToken={req.csrfToken} class="form form--medium">
          <FormErrorList errors={state.errors ?? NO_ERRORS} t={t} />
          <input type="hidden" name="expectedVersion" value={String(state.expectedVersion)} />
          <SharedInputs type={ctx.type} values={state.values} errors={state.errors ?? NO_ERRORS} t={t} options={props.options} />
          {ctx.type.sharedFields.length > 0 ? <button type="submit">{t('edit.saveShared')}</button> : null}
        </PostForm>
      ) : (
        <SharedValues fields={ctx.type.sharedFields} values={state.values} req={req} options={props.options} />
      )}
      <h2>{t('edit.overview.history')}</h2>
      <DocumentHistory req={req} entries={props.history.slice(0, 30)} />
    </AdminLayout>
  );
}

/** Shared fields for those who may read but not change them. */
function SharedValues(props: { fields: readonly FieldDef[]; values: RawFields; req: AdminRequest; options: ReferenceOptions }) {
  const { t } = props.req;
  if (props.fields.length === 0) return <p class="field__hint">{t('edit.noSharedFields')}</p>;
  const show = (def: FieldDef) => {
    const raw = props.values[def.name] ?? '';
    const ids = typeof raw === 'string' ? (raw ? [raw] : []) : raw;
    if (!def.refType) return ids.join(', ') || '—';
    const known = props.options.get(def.refType) ?? [];
    return ids.map((id) => known.find((o) => o.id === id)?.title ?? id).join(', ') || '—';
  };
  return (
    <dl class="facts-list">
      {props.fields.map((def) => (
        <>
          <dt>{fieldLabel(t, def.name)}</dt>
          <dd>{show(def)}</dd>
        </>
      ))}
    </dl>
  );
}

/** Links to the captions page of each locale this user may edit (stories: captions and audio descriptions). */
function CaptionsLinks({ req, ctx }: { req: AdminRequest; ctx: DocumentContext }) {
  const user = req.auth?.user;
  const locales = user ? req.locales.allCodes.filter((locale) => allows(userActor(user), 'translation.edit', { locale, isSource: locale === ctx.sourceLocale })) : [];
  if (locales.length === 0) return null;
  return (
    <section aria-labelledby="captions-links">
      <h2 id="captions-links">{req.t('captionsPage.link')}</h2>
      <ul class="inline-list">
        {locales.map((locale) => (
          <li>
            <a href={captionsUrl(ctx.document.id, locale)} lang={locale}>
              {req.locales.get(locale).endonym}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

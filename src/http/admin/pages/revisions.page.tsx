import { formatInstant } from '../format-date.tsx';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_VERSION_CONFLICT, type Translation } from '../../../modules/content/index.ts';
import { WORKFLOW_REVISION_NOT_FOUND, type RevisionEntry } from '../../../modules/workflow/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, TranslationParams, UrlId, UrlLocale, type AdminInstance } from '../admin-schemas.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { ComparisonView } from '../views/revision-compare.view.tsx';
import { PreviewLinkForm, TranslationNav } from '../views/workflow.view.tsx';
import { authorNames, loadTranslation, sendTranslationNotFound, translationPath } from '../workflow-context.tsx';

/** A translation's revisions: the list, two of them side by side, and restoring one as a new save. */
const RestoreParams = Type.Object({ id: UrlId, locale: UrlLocale, version: Type.String({ minLength: 1, maxLength: 32 }) });

export function registerRevisionRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/documents/:id/:locale/revisions', { config: { access: 'content.read' }, schema: { response: PageResponses, params: TranslationParams, querystring: query({ done: QueryText, version: QueryText }) } }, async (request, reply) => {
    const translation = await loadTranslation(deps, request.params);
    if (!translation) return sendTranslationNotFound(reply, request.admin, deps);
    const query = request.query;
    const notice = query.done === 'restored' ? request.admin.t('revisions.restored', { version: String(query.version ?? '') }) : undefined;
    return sendRevisionList(reply, 200, request.admin, deps, translation, { notice });
  });

  app.get('/admin/documents/:id/:locale/revisions/compare', { config: { access: 'content.read' }, schema: { response: PageResponses, params: TranslationParams, querystring: query({ from: QueryText, to: QueryText }) } }, async (request, reply) => {
    const req = request.admin;
    const translation = await loadTranslation(deps, request.params);
    if (!translation) return sendTranslationNotFound(reply, req, deps);
    const query = request.query;
    const to = readVersion(query.to) ?? translation.version;
    const from = readVersion(query.from) ?? Math.max(1, to - 1);
    try {
      const comparison = await deps.workflow.revisions.compareRevisions(translation.documentId, translation.locale, from, to);
      const nameOf = await authorNames(deps, req);
      return sendAdminPage(
        reply,
        200,
        <AdminLayout req={req} title={req.t('revisions.compareTitle', { from, to })} stylesheet={deps.stylesheet} current="/admin/documents">
          <TranslationNav req={req} translation={translation} current="revisions" />
          <ComparisonView req={req} comparison={comparison} authorOf={nameOf} />
          <p>
            <a href={`${translationPath(translation)}/revisions`}>{req.t('revisions.back')}</a>
          </p>
        </AdminLayout>,
      );
    } catch (error) {
      if (!isAppError(error) || error.code !== WORKFLOW_REVISION_NOT_FOUND) throw error;
      return sendRevisionList(reply, 404, req, deps, translation, { error: req.t('revisions.badCompare') });
    }
  });

  app.post('/admin/documents/:id/:locale/revisions/:version/restore', { config: { access: 'content.edit' }, schema: { response: PageResponses, params: RestoreParams, body: form({ expectedVersion: FormList }) } }, async (request, reply) => {
    const req = request.admin;
    const translation = await loadTranslation(deps, request.params);
    const version = readVersion(request.params.version);
    if (!translation || version === undefined) return sendTranslationNotFound(reply, req, deps);
    const body = request.body;
    const expectedVersion = readVersion(body.expectedVersion) ?? 0;
    try {
      const saved = await deps.workflow.revisions.restoreRevision({
        documentId: translation.documentId,
        locale: translation.locale,
        version,
        expectedVersion,
        actor: actorOf(req),
      });
      return reply.redirect(`${translationPath(saved)}/revisions?done=restored&version=${version}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === WORKFLOW_REVISION_NOT_FOUND) return sendTranslationNotFound(reply, req, deps);
      const current = (await loadTranslation(deps, request.params)) ?? translation;
      if (error.code === CONTENT_VERSION_CONFLICT || error.code === 'WORKFLOW_INVALID') {
        const message = req.t('revisions.conflict', { expected: expectedVersion, actual: current.version });
        return sendRevisionList(reply, 409, req, deps, current, { error: message });
      }
      if (error.code === CONTENT_INVALID || error.code === CONTENT_SLUG_TAKEN) {
        const details = error.details.map((d) => `${d.path}: ${d.message}`).join(' · ') || error.message;
        return sendRevisionList(reply, error.kind === 'conflict' ? 409 : 400, req, deps, current, { error: req.t('revisions.invalid', { message: details }) });
      }
      throw error;
    }
  });
}

async function sendRevisionList(
  reply: FastifyReply,
  status: number,
  req: AdminRequest,
  deps: AdminDeps,
  translation: Translation,
  state: { notice?: string; error?: string },
) {
  const { t } = req;
  const revisions = await deps.workflow.revisions.listRevisions(translation.documentId, translation.locale);
  const nameOf = await authorNames(deps, req);
  const mayRestore = allows(userActor(req.auth!.user), 'content.edit');
  const base = translationPath(translation);
  return sendAdminPage(
    reply,
    status,
    <AdminLayout req={req} title={t('revisions.title')} stylesheet={deps.stylesheet} current="/admin/documents">
      <TranslationNav req={req} translation={translation} current="revisions" />
      {state.notice ? <FormMessage kind="success">{state.notice}</FormMessage> : null}
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      {revisions.length > 1 ? <CompareForm req={req} base={base} revisions={revisions} /> : null}
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('revisions.version')}</th>
            <th scope="col">{t('revisions.status')}</th>
            <th scope="col">{t('revisions.author')}</th>
            <th scope="col">{t('revisions.date')}</th>
            <th scope="col">{t('revisions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr>
              <th scope="row">
                {revision.version}
                {revision.version === translation.version ? <span class="tag">{t('revisions.current')}</span> : null}
              </th>
              <td>{revision.snapshot.status ? t(`status.${revision.snapshot.status as Translation['status']}`) : '—'}</td>
              <td>{nameOf(revision.author)}</td>
              <td>
                <time datetime={revision.createdAt}>{formatInstant(req, revision.createdAt)}</time>
              </td>
              <td class="workflow">
                {revision.version > 1 ? (
                  <a href={`${base}/revisions/compare?from=${revision.version - 1}&to=${revision.version}`}>
                    {t('revisions.compareWithPrevious')}
                    <span class="visually-hidden"> ({t('revisions.versionN', { version: revision.version })})</span>
                  </a>
                ) : null}
                {mayRestore && revision.version !== translation.version ? (
                  <PostForm action={`${base}/revisions/${revision.version}/restore`} csrfToken={req.csrfToken}>
                    <input type="hidden" name="expectedVersion" value={String(translation.version)} />
                    <button type="submit" class="button-secondary">
                      {t('revisions.restore')}
                      <span class="visually-hidden"> ({t('revisions.versionN', { version: revision.version })})</span>
                    </button>
                  </PostForm>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mayRestore ? <p class="field__hint">{t('revisions.restoreHelp')}</p> : null}
      <PreviewLinkForm req={req} translation={translation} />
    </AdminLayout>,
  );
}

function CompareForm({ req, base, revisions }: { req: AdminRequest; base: string; revisions: readonly RevisionEntry[] }) {
  const { t } = req;
  const newest = revisions[0]?.version ?? 1;
  const select = (name: 'from' | 'to', chosen: number) => (
    <div class="field">
      <label for={`compare-${name}`}>{t(name === 'from' ? 'revisions.from' : 'revisions.to')}</label>
      <select id={`compare-${name}`} name={name}>
        {revisions.map((r) => (
          <option value={String(r.version)} selected={r.version === chosen}>
            {t('revisions.versionN', { version: r.version })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={`${base}/revisions/compare`} class="filters" aria-label={t('revisions.compare')}>
      {select('from', Math.max(1, newest - 1))}
      {select('to', newest)}
      <button type="submit">{t('revisions.compare')}</button>
    </form>
  );
}

function readVersion(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

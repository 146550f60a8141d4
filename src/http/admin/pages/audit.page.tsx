import { PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { sendAdminPage, type AdminDeps } from '../admin-plugin.tsx';
import { When } from '../format-date.tsx';
import { ActionLabel, localeName } from '../views/labels.view.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';

const PAGE_SIZE = 50;

/** Who did what, when, to which document and locale; administrators filter by action or document. */
export function registerAuditRoutes(app: AdminInstance, deps: AdminDeps): void {
  const auditQuery = query({ action: QueryText, document: QueryText, page: QueryText });
  app.get('/admin/audit', { config: { access: 'audit.read' }, schema: { response: PageResponses, querystring: auditQuery } }, async (request, reply) => {
    const query = request.query;
    const action = typeof query.action === 'string' ? query.action.trim().slice(0, 80) : '';
    const documentId = typeof query.document === 'string' ? query.document.trim().slice(0, 64) : '';
    const page = Math.min(Math.max(1, Number.parseInt(String(query.page ?? '1'), 10) || 1), 10_000);
    const { entries, total } = await deps.audit.list({
      ...(action ? { action } : {}),
      ...(documentId ? { documentId } : {}),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const users = new Map((await deps.accounts.users.listUsers()).map((u) => [u.id, u]));
    const { t } = request.admin;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const href = (p: number) => `/admin/audit?${new URLSearchParams({ action, document: documentId, page: String(p) }).toString()}`;
    return sendAdminPage(
      reply,
      200,
      <AdminLayout req={request.admin} title={t('audit.title')} stylesheet={deps.stylesheet} current="/admin/audit">
        <form method="get" action="/admin/audit" class="filters" role="search" aria-label={t('documents.filters')}>
          <div class="field">
            <label for="filter-action">{t('audit.filterAction')}</label>
            <input id="filter-action" name="action" type="search" value={action} />
          </div>
          <div class="field">
            <label for="filter-document">{t('audit.filterDocument')}</label>
            <input id="filter-document" name="document" type="search" value={documentId} />
          </div>
          <button type="submit">{t('documents.apply')}</button>
        </form>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.document')}</th>
              <th scope="col">{t('audit.locale')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>
                  <When reader={request.admin} iso={entry.at} seconds />
                </td>
                <td>{entry.actorId === 'system' ? t('wf.system') : entry.actorId ? (users.get(entry.actorId)?.email ?? entry.actorId) : '—'}</td>
                <td>
                  <ActionLabel t={t} action={entry.action} />
                </td>
                <td>{entry.documentId ? <code>{entry.documentId}</code> : '—'}</td>
                <td>{entry.locale ? localeName(request.admin.locale, entry.locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination req={request.admin} page={Math.min(page, pages)} pages={pages} href={href} />
      </AdminLayout>,
    );
  });
}

import type { LocaleCode, LocaleSet } from '../../../modules/locales/index.ts';
import type { Static } from 'typebox';
import { form, FormList, FormText, PageResponses, query, QueryText, type AdminInstance } from '../admin-schemas.ts';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import { CONTENT_TYPES, TRANSLATION_STATUSES, type AdminListRow, type TranslationStatus } from '../../../modules/content/index.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { BulkBar, BulkResults, bulkActionsFor, newJobAddress, readBulkItems, type BulkAction } from './documents-bulk.tsx';
import { When } from '../format-date.tsx';
import { localeName } from '../views/labels.view.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Pagination } from '../views/pagination.view.tsx';
import { ReviewQueue } from '../views/review-queue.view.tsx';
import { ConsentAlerts } from './consent.page.tsx';

const PAGE_SIZE = 25;
const FilterQuery = query({ type: QueryText, status: QueryText, locale: QueryText, missing: QueryText, search: QueryText, page: QueryText });
const BulkForm = form({ item: FormList, action: FormText, back: FormText });

/** The dashboard and the content list: what exists, in which language, in which state. */
export function registerDocumentRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin', { config: { access: 'admin.access' }, schema: { response: PageResponses } }, async (request, reply) => {
    const { t, auth } = request.admin;
    const actor = auth ? userActor(auth.user) : undefined;
    // Stories taken off the site because consent ended: the editors hear of it first thing; and
    // what waits for review, for those who publish.
    const mayPublish = actor !== undefined && allows(actor, 'content.publish');
    const [{ rows }, alerts, queue] = await Promise.all([
      deps.content.service.listForAdmin({ limit: 10, offset: 0 }),
      actor && allows(actor, 'consent.read') ? deps.consent.listAlerts() : [],
      mayPublish ? deps.content.service.listReviewQueue(null) : [],
    ]);
    return sendAdminPage(
      reply,
      200,
      <AdminLayout req={request.admin} title={t('dashboard.title')} stylesheet={deps.stylesheet} current="/admin">
        <p>{t('dashboard.welcome', { name: auth?.user.displayName || auth?.user.email || '' })}</p>
        <ConsentAlerts req={request.admin} alerts={alerts} />
        {mayPublish ? <ReviewQueue req={request.admin} items={queue} /> : null}
        <h2>{t('dashboard.recent')}</h2>
        <DocumentTable req={request.admin} rows={rows} />
      </AdminLayout>,
    );
  });

  app.get('/admin/documents', { config: { access: 'content.read' }, schema: { response: PageResponses, querystring: FilterQuery } }, async (request, reply) => {
    const filter = readFilter(request.query, request.admin.locales);
    const actions = request.admin.auth ? bulkActionsFor(userActor(request.admin.auth.user)) : [];
    const { rows, total } = await deps.content.service.listForAdmin({
      ...filter,
      limit: PAGE_SIZE,
      offset: (filter.page - 1) * PAGE_SIZE,
    });
    const { t } = request.admin;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const query = (page: number) =>
      `/admin/documents?${new URLSearchParams({ ...stringEntries(filter), page: String(page) }).toString()}`;
    return sendAdminPage(
      reply,
      200,
      <AdminLayout req={request.admin} title={t('documents.title')} stylesheet={deps.stylesheet} current="/admin/documents">
        {request.admin.auth && allows(userActor(request.admin.auth.user), 'content.create') ? (
          <p>
            <a href="/admin/documents/new">{t('edit.newDocument')}</a>
          </p>
        ) : null}
        <FilterForm req={request.admin} filter={filter} />
        <p role="status">{t('documents.count', { count: total })}</p>
        <DocumentTable req={request.admin} rows={rows} bulk={{ actions, back: query(filter.page) }} />
        <Pagination req={request.admin} page={Math.min(filter.page, pages)} pages={pages} href={query} />
      </AdminLayout>,
    );
  });

  // The bulk actions: the ordinary workflow step on each ticked translation, each with its own result.
  app.post('/admin/documents/bulk', { config: { access: 'content.read' }, schema: { response: PageResponses, body: BulkForm } }, async (request, reply) => {
    const req = request.admin;
    const actor = actorOf(req);
    const action = bulkActionsFor(actor).find((a) => a === request.body.action);
    const items = readBulkItems(request.body.item, req.locales);
    const back = typeof request.body.back === 'string' && /^\/admin\/documents(?:\?|$)/.test(request.body.back) ? request.body.back : '/admin/documents';
    if (action === 'job' && items.length > 0) return reply.redirect(newJobAddress(items), 303);
    const step = action === 'job' ? undefined : action;
    const results = step && items.length > 0 ? (await deps.content.service.transitionMany({ items, action: step, actor })).results : [];
    const titles = new Map((await deps.content.service.listTranslationTitles(results)).map((r) => [`${r.documentId}|${r.locale}`, r.title]));
    return sendAdminPage(
      reply,
      step && items.length > 0 ? 200 : 400,
      <AdminLayout req={req} title={step ? req.t('doclist.bulk.title', { action: req.t(`doclist.bulk.${step}` as const) }) : req.t('documents.title')} stylesheet={deps.stylesheet} current="/admin/documents">
        <BulkResults req={req} results={results} titles={titles} action={step as BulkAction | undefined} back={back} />
      </AdminLayout>,
    );
  });
}

interface ListFilter {
  readonly type?: string;
  readonly status?: TranslationStatus;
  readonly locale?: LocaleCode;
  readonly search?: string;
  readonly missing?: LocaleCode;
  readonly page: number;
}

/** Reads the filter from the query string; anything unknown is ignored rather than trusted. */
function readFilter(query: Static<typeof FilterQuery>, locales: LocaleSet): ListFilter {
  const type = query.type !== undefined && CONTENT_TYPES.has(query.type) ? query.type : undefined;
  const status = TRANSLATION_STATUSES.find((s) => s === query.status);
  const locale = locales.allCodes.find((code) => code === query.locale);
  const search = (query.search ?? '').trim().slice(0, 200) || undefined;
  const missing = locales.allCodes.find((code) => code === query.missing);
  const page = Math.min(Math.max(1, Number.parseInt(query.page ?? '', 10) || 1), 10_000);
  return { type, status, locale, search, missing, page };
}

function stringEntries(filter: ListFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['type', 'status', 'locale', 'missing', 'search'] as const) {
    const value = filter[key];
    if (value) out[key] = value;
  }
  return out;
}

function FilterForm({ req, filter }: { req: AdminRequest; filter: ListFilter }) {
  const { t } = req;
  return (
    <form method="get" action="/admin/documents" class="filters" role="search" aria-label={t('documents.filters')}>
      <div class="field">
        <label for="filter-search">{t('documents.search')}</label>
        <input id="filter-search" name="search" type="search" value={filter.search ?? ''} />
      </div>
      <div class="field">
        <label for="filter-type">{t('documents.type')}</label>
        <select id="filter-type" name="type">
          <option value="">{t('documents.any')}</option>
          {[...CONTENT_TYPES.keys()].map((type) => (
            <option value={type} selected={filter.type === type}>
              {t(`type.${type}` as Parameters<typeof t>[0])}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-status">{t('documents.status')}</label>
        <select id="filter-status" name="status">
          <option value="">{t('documents.any')}</option>
          {TRANSLATION_STATUSES.map((status) => (
            <option value={status} selected={filter.status === status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-locale">{t('documents.locale')}</label>
        <select id="filter-locale" name="locale">
          <option value="">{t('documents.any')}</option>
          {req.locales.allCodes.map((code) => (
            <option value={code} selected={filter.locale === code} lang={code}>
              {req.locales.get(code).endonym}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-missing">{t('doclist.missing')}</label>
        <select id="filter-missing" name="missing">
          <option value="">{t('documents.any')}</option>
          {req.locales.allCodes.map((code) => (
            <option value={code} selected={filter.missing === code} lang={code}>
              {req.locales.get(code).endonym}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('documents.apply')}</button>
    </form>
  );
}

function DocumentTable({ req, rows, bulk }: { req: AdminRequest; rows: readonly AdminListRow[]; bulk?: { actions: readonly BulkAction[]; back: string } }) {
  const { t } = req;
  if (rows.length === 0) return null;
  const selectable = bulk !== undefined && bulk.actions.length > 0;
  const table = (
    <table class="table">
      <thead>
        <tr>
          {selectable ? <th scope="col"><span class="visually-hidden">{t('doclist.selectColumn')}</span></th> : null}
          <th scope="col">{t('documents.titleColumn')}</th>
          <th scope="col">{t('documents.type')}</th>
          <th scope="col">{t('documents.locale')}</th>
          <th scope="col">{t('documents.status')}</th>
          <th scope="col">{t('documents.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            {selectable ? (
              <td>
                <input type="checkbox" name="item" value={`${row.documentId}|${row.locale}`} id={`item-${row.documentId}-${row.locale}`} aria-label={t('doclist.select', { title: row.title, locale: row.locale.toUpperCase() })} />
              </td>
            ) : null}
            <td lang={row.locale} dir={req.locales.get(row.locale).dir}>
              <a href={`/admin/documents/${row.documentId}`}>{row.title}</a>
            </td>
            <td>{t(`type.${row.type}` as Parameters<typeof t>[0])}</td>
            <td>{localeName(req.locale, row.locale)}</td>
            <td>
              <span class={`status status--${row.status}`}>{t(`status.${row.status}`)}</span>
            </td>
            <td>
              <When reader={req} iso={row.updatedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!selectable) return table;
  return (
    <form method="post" action="/admin/documents/bulk" novalidate>
      <input type="hidden" name="_csrf" value={req.csrfToken} />
      <input type="hidden" name="back" value={bulk.back} />
      <BulkBar req={req} actions={bulk.actions} />
      {table}
    </form>
  );
}

import type { FastifyReply } from 'fastify';
import type { Translation } from '../../../modules/content/index.ts';
import {
  DEFAULT_TIME_ZONE,
  listTimeZones,
  SCHEDULED_ACTIONS,
  WORKFLOW_CHANGE_NOT_FOUND,
  WORKFLOW_INVALID,
  WORKFLOW_NONEXISTENT_LOCAL_TIME,
  type ScheduledChange,
} from '../../../modules/workflow/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, query, QueryText, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { ChangeTable, type ChangeRow } from '../views/schedule.view.tsx';
import { PreviewLinkForm, TranslationNav } from '../views/workflow.view.tsx';
import { authorNames, loadTranslation, sendTranslationNotFound, translationPath } from '../workflow-context.tsx';

interface ScheduleForm {
  readonly action: string;
  readonly date: string;
  readonly time: string;
  readonly timeZone: string;
}

type FieldErrors = Partial<Record<keyof ScheduleForm, AdminMessageKey>>;

/** Scheduled publish/unpublish: every upcoming change, and one translation's scheduling page. */
// Every value is read as a single string of at most 100 characters, anything else as empty.
const ScheduleBody = form({
  intent: FormList, back: FormList, change: FormList, action: FormList, date: FormList, time: FormList, timeZone: FormList,
});

export function registerScheduleRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/schedule', { config: { access: 'content.read' }, schema: { response: PageResponses, querystring: query({ done: QueryText }) } }, async (request, reply) => {
    const req = request.admin;
    const [pending, done] = await Promise.all([deps.workflow.schedule.listPending(), deps.workflow.schedule.listDone({}, 20)]);
    const titles = new Map<string, Translation | undefined>();
    for (const change of [...pending, ...done]) {
      const key = `${change.documentId}/${change.locale}`;
      if (!titles.has(key)) titles.set(key, await deps.content.service.findTranslation(change.documentId, change.locale));
    }
    const rows = await toRows(deps, req, [...pending, ...done], (c) => titles.get(`${c.documentId}/${c.locale}`));
    const notice = request.query.done === 'cancelled' ? req.t('schedule.cancelled') : undefined;
    return sendAdminPage(
      reply,
      200,
      <AdminLayout req={req} title={req.t('schedule.listTitle')} stylesheet={deps.stylesheet} current="/admin/schedule">
        {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
        <h2>{req.t('schedule.upcoming')}</h2>
        <ChangeTable req={req} rows={rows.filter((r) => r.change.doneAt === null)} showContent back="list" />
        <h2>{req.t('schedule.recent')}</h2>
        <ChangeTable req={req} rows={rows.filter((r) => r.change.doneAt !== null)} showContent />
      </AdminLayout>,
    );
  });

  app.get('/admin/documents/:id/:locale/schedule', { config: { access: 'content.publish' }, schema: { response: PageResponses, params: TranslationParams, querystring: query({ done: QueryText, fold: QueryText }) } }, async (request, reply) => {
    const translation = await loadTranslation(deps, request.params);
    if (!translation) return sendTranslationNotFound(reply, request.admin, deps);
    const query = request.query;
    const notice =
      query.done === 'scheduled' ? request.admin.t(query.fold === '1' ? 'schedule.createdAmbiguous' : 'schedule.created')
      : query.done === 'cancelled' ? request.admin.t('schedule.cancelled')
      : undefined;
    return sendSchedulePage(reply, 200, request.admin, deps, translation, { notice });
  });

  app.post('/admin/documents/:id/:locale/schedule', { config: { access: 'content.publish' }, schema: { response: PageResponses, params: TranslationParams, body: ScheduleBody } }, async (request, reply) => {
    const req = request.admin;
    const translation = await loadTranslation(deps, request.params);
    if (!translation) return sendTranslationNotFound(reply, req, deps);
    const body: Readonly<Record<string, unknown>> = request.body;
    const text = (name: string) => {
      const value = body[name];
      return typeof value === 'string' ? value.slice(0, 100) : '';
    };
    const base = `${translationPath(translation)}/schedule`;

    if (text('intent') === 'cancel') {
      const back = text('back') === 'list' ? '/admin/schedule' : base;
      try {
        await deps.workflow.schedule.cancelChange({ id: text('change'), documentId: translation.documentId, locale: translation.locale, actor: actorOf(req) });
      } catch (error) {
        if (!isAppError(error) || error.code !== WORKFLOW_CHANGE_NOT_FOUND) throw error;
        return sendSchedulePage(reply, 409, req, deps, translation, { error: req.t('schedule.error.gone') });
      }
      return reply.redirect(`${back}?done=cancelled`, 303);
    }

    const form: ScheduleForm = { action: text('action'), date: text('date'), time: text('time'), timeZone: text('timeZone') };
    try {
      const change = await deps.workflow.schedule.scheduleChange({ ...form, documentId: translation.documentId, locale: translation.locale, actor: actorOf(req) });
      return reply.redirect(`${base}?done=scheduled${change.ambiguous ? '&fold=1' : ''}`, 303);
    } catch (error) {
      if (!isAppError(error) || (error.code !== WORKFLOW_INVALID && error.code !== WORKFLOW_NONEXISTENT_LOCAL_TIME)) throw error;
      const errors: FieldErrors = {};
      for (const problem of error.details) {
        if (error.code === WORKFLOW_NONEXISTENT_LOCAL_TIME) errors.time = 'schedule.error.nonexistent';
        else if (problem.path === 'action') errors.action = 'schedule.error.action';
        else if (problem.path === 'timeZone') errors.timeZone = 'schedule.error.timeZone';
        else if (problem.path === 'date') errors.date = problem.message === 'must be in the future' ? 'schedule.error.past' : 'schedule.error.date';
      }
      return sendSchedulePage(reply, 400, req, deps, translation, { form, errors });
    }
  });
}

async function toRows(
  deps: AdminDeps,
  req: AdminRequest,
  changes: readonly ScheduledChange[],
  titleOf: (c: ScheduledChange) => Translation | undefined,
): Promise<ChangeRow[]> {
  const nameOf = await authorNames(deps, req);
  return changes.map((change) => ({ change, translation: titleOf(change), author: nameOf(change.createdBy) }));
}

async function sendSchedulePage(
  reply: FastifyReply,
  status: number,
  req: AdminRequest,
  deps: AdminDeps,
  translation: Translation,
  state: { form?: ScheduleForm; errors?: FieldErrors; notice?: string; error?: string },
) {
  const filter = { documentId: translation.documentId, locale: translation.locale };
  const [pending, done] = await Promise.all([deps.workflow.schedule.listPending(filter), deps.workflow.schedule.listDone(filter, 10)]);
  const rows = await toRows(deps, req, [...pending, ...done], () => translation);
  const form = state.form ?? { action: 'publish', date: '', time: '00:00', timeZone: DEFAULT_TIME_ZONE };
  const errors = state.errors ?? {};
  const { t } = req;
  const action = `${translationPath(translation)}/schedule`;
  const errorOf = (name: keyof ScheduleForm) =>
    errors[name] ? (
      <p class="field__error" id={`schedule-${name}-error`}>
        {t(errors[name])}
      </p>
    ) : null;
  const described = (name: keyof ScheduleForm, hint?: string) =>
    [hint, errors[name] ? `schedule-${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return sendAdminPage(
    reply,
    status,
    <AdminLayout req={req} title={t('schedule.title')} stylesheet={deps.stylesheet} current="/admin/schedule">
      <TranslationNav req={req} translation={translation} current="schedule" />
      {state.notice ? <FormMessage kind="success">{state.notice}</FormMessage> : null}
      {state.error ? <FormMessage kind="error">{state.error}</FormMessage> : null}
      {Object.keys(errors).length > 0 ? <FormMessage kind="error">{t('schedule.error.summary')}</FormMessage> : null}
      <h2>{t('schedule.upcoming')}</h2>
      <ChangeTable req={req} rows={rows.filter((r) => r.change.doneAt === null)} />
      <h2>{t('schedule.new')}</h2>
      <PostForm action={action} csrfToken={req.csrfToken} class="form form--narrow">
        <input type="hidden" name="intent" value="schedule" />
        <fieldset class="field">
          <legend>{t('schedule.action')}</legend>
          {errorOf('action')}
          {SCHEDULED_ACTIONS.map((value) => (
            <label class="check">
              <input type="radio" name="action" value={value} checked={form.action === value} /> {t(`schedule.action.${value}`)}
            </label>
          ))}
        </fieldset>
        <div class={errors.date ? 'field field--error' : 'field'}>
          <label for="schedule-date">{t('schedule.date')}</label>
          {errorOf('date')}
          <input id="schedule-date" name="date" type="date" value={form.date} required aria-invalid={errors.date ? 'true' : undefined} aria-describedby={described('date')} />
        </div>
        <div class={errors.time ? 'field field--error' : 'field'}>
          <label for="schedule-time">{t('schedule.time')}</label>
          {errorOf('time')}
          <input id="schedule-time" name="time" type="time" value={form.time} required aria-invalid={errors.time ? 'true' : undefined} aria-describedby={described('time')} />
        </div>
        <div class={errors.timeZone ? 'field field--error' : 'field'}>
          <label for="schedule-zone">{t('schedule.timeZone')}</label>
          <p class="field__hint" id="schedule-zone-hint">
            {t('schedule.timeZoneHint')}
          </p>
          {errorOf('timeZone')}
          <select id="schedule-zone" name="timeZone" aria-describedby={described('timeZone', 'schedule-zone-hint')}>
            {listTimeZones().map((zone) => (
              <option value={zone} selected={zone === form.timeZone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('schedule.submit')}</button>
      </PostForm>
      <h2>{t('schedule.recent')}</h2>
      <ChangeTable req={req} rows={rows.filter((r) => r.change.doneAt !== null)} />
      <PreviewLinkForm req={req} translation={translation} />
      <p>
        <a href="/admin/schedule">{t('schedule.allChanges')}</a>
      </p>
    </AdminLayout>,
  );
}

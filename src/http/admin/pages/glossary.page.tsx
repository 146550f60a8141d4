import type { FastifyReply } from 'fastify';
import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import { MEMORY_GLOSSARY_INVALID, MEMORY_GLOSSARY_NOT_FOUND, MEMORY_GLOSSARY_TERM_EXISTS, type GlossaryTerm } from '../../../modules/translation-memory/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { form, FormList, IdParams, PageResponses, query, QueryText, TokenOnlyForm, type AdminInstance } from '../admin-schemas.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { sendNotFound } from '../document-context.ts';
import { formText } from '../document-form.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from '../views/form.view.tsx';
import { localeName } from '../views/labels.view.tsx';
import { ProblemList } from './memory.page.tsx';

const PAIR = /^([A-Za-z0-9-]{2,35}):([A-Za-z0-9-]{2,35})$/;
const TermBody = form({ id: FormList, sourceLocale: FormList, targetLocale: FormList, term: FormList, translation: FormList, doNotTranslate: FormList, note: FormList });
const CsvBody = form({ csv: FormList });

interface TermForm {
  readonly id: string;
  readonly sourceLocale: string;
  readonly targetLocale: string;
  readonly term: string;
  readonly translation: string;
  readonly doNotTranslate: boolean;
  readonly note: string;
}

interface PageState {
  readonly pair?: { sourceLocale: string; targetLocale: string };
  readonly editing?: TermForm;
  readonly errors?: Readonly<Record<string, string>>;
  readonly error?: string;
  readonly notice?: string;
  readonly problems?: readonly FieldProblem[];
}

/**
 * The glossary: every term by locale pair, readable by everyone in the back office; adding,
 * changing, deleting and the CSV import are the module's operations (`translation.memory`).
 */
export function registerGlossaryRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/glossary', { config: { access: 'content.read' }, schema: { response: PageResponses, querystring: query({ pair: QueryText, edit: QueryText, done: QueryText, term: QueryText }) } }, async (request, reply) => {
    const req = request.admin;
    const { pair, edit, done, term } = request.query;
    const editing = edit ? await deps.memory.glossary.find(edit.slice(0, 64)) : undefined;
    const notice = done === 'saved' && term ? req.t('glossary.saved', { term: term.slice(0, 200) }) : done === 'deleted' ? req.t('glossary.deleted') : undefined;
    return sendGlossary(reply, 200, req, deps, { ...pairState(pair), ...(editing ? { editing: { ...editing } } : {}), ...(notice ? { notice } : {}) });
  });

  app.post('/admin/glossary', { config: { access: 'translation.memory' }, schema: { response: PageResponses, body: TermBody } }, async (request, reply) => {
    const req = request.admin;
    const body = request.body;
    const input: TermForm = {
      id: formText(body, 'id'),
      sourceLocale: formText(body, 'sourceLocale'),
      targetLocale: formText(body, 'targetLocale'),
      term: formText(body, 'term'),
      translation: formText(body, 'translation'),
      doNotTranslate: formText(body, 'doNotTranslate') === 'on',
      note: formText(body, 'note'),
    };
    try {
      const saved = await deps.memory.glossary.save({ ...input, ...(input.id ? { id: input.id } : {}), actor: actorOf(req) });
      return reply.redirect(`/admin/glossary?done=saved&term=${encodeURIComponent(saved.term)}&pair=${encodeURIComponent(`${saved.sourceLocale}:${saved.targetLocale}`)}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === MEMORY_GLOSSARY_NOT_FOUND) return sendNotFound(reply, req, deps);
      if (error.code === MEMORY_GLOSSARY_TERM_EXISTS) return sendGlossary(reply, 409, req, deps, { editing: input, errors: { term: req.t('glossary.exists') }, error: req.t('glossary.exists') });
      if (error.code !== MEMORY_GLOSSARY_INVALID) throw error;
      const errors = Object.fromEntries(error.details.map((d) => [d.path, req.t(`glossary.error.${d.reason ?? 'required'}` as AdminMessageKey)]));
      return sendGlossary(reply, 400, req, deps, { editing: input, errors, error: req.t('glossary.invalid') });
    }
  });

  app.post('/admin/glossary/:id/delete', { config: { access: 'translation.memory' }, schema: { response: PageResponses, params: IdParams, body: TokenOnlyForm } }, async (request, reply) => {
    try {
      await deps.memory.glossary.remove({ id: request.params.id, actor: actorOf(request.admin) });
      return reply.redirect('/admin/glossary?done=deleted', 303);
    } catch (error) {
      if (isAppError(error) && error.code === MEMORY_GLOSSARY_NOT_FOUND) return sendNotFound(reply, request.admin, deps);
      throw error;
    }
  });

  app.post('/admin/glossary/import', { config: { access: 'translation.memory' }, schema: { response: PageResponses, body: CsvBody } }, async (request, reply) => {
    const req = request.admin;
    try {
      const result = await deps.memory.glossary.importCsv({ text: formText(request.body, 'csv'), actor: actorOf(req) });
      return sendGlossary(reply, 200, req, deps, { notice: req.t('glossary.import.done', result) });
    } catch (error) {
      if (isAppError(error) && error.code === MEMORY_GLOSSARY_INVALID) return sendGlossary(reply, 400, req, deps, { error: req.t('glossary.import.refused'), problems: error.details });
      throw error;
    }
  });
}

function pairState(raw: string | undefined): Pick<PageState, 'pair'> {
  const match = PAIR.exec(raw ?? '');
  return match ? { pair: { sourceLocale: match[1]!, targetLocale: match[2]! } } : {};
}

async function sendGlossary(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, state: PageState) {
  const terms = await deps.memory.glossary.list(state.pair);
  return sendAdminPage(reply, status, <GlossaryPage req={req} deps={deps} terms={terms} state={state} />);
}

function GlossaryPage({ req, deps, terms, state }: { req: AdminRequest; deps: AdminDeps; terms: readonly GlossaryTerm[]; state: PageState }) {
  const { t, auth } = req;
  const canEdit = auth ? allows(userActor(auth.user), 'translation.memory') : false;
  const codes = req.locales.allCodes;
  const pairs = codes.flatMap((s) => codes.filter((c) => c !== s).map((c) => `${s}:${c}`));
  const selected = state.pair ? `${state.pair.sourceLocale}:${state.pair.targetLocale}` : '';
  return (
    <AdminLayout req={req} title={t('glossary.title')} stylesheet={deps.stylesheet} current="/admin/glossary">
      <p>{t('glossary.intro')}</p>
      {state.notice ? <FormMessage kind="success">{state.notice}</FormMessage> : null}
      {state.error ? (
        <div class="form-message form-message--error" role="alert">
          <p>{state.error}</p>
          {state.problems ? <ProblemList req={req} problems={state.problems} /> : null}
        </div>
      ) : null}
      {!canEdit ? <p>{t('glossary.readOnly')}</p> : null}
      <form method="get" action="/admin/glossary" class="form form--inline">
        <label for="glossary-pair">{t('glossary.filter')}</label>
        <select id="glossary-pair" name="pair">
          <option value="">{t('glossary.filter.all')}</option>
          {pairs.map((p) => (
            <option value={p} selected={p === selected}>{p.replace(':', ' → ')}</option>
          ))}
        </select>
        <button type="submit">{t('glossary.filter.submit')}</button>
      </form>
      {terms.length === 0 ? (
        <p>{t('glossary.empty')}</p>
      ) : (
        <table class="table glossary-table">
          <caption class="visually-hidden">{t('glossary.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('glossary.column.pair')}</th>
              <th scope="col">{t('glossary.column.term')}</th>
              <th scope="col">{t('glossary.column.translation')}</th>
              <th scope="col">{t('glossary.column.note')}</th>
              {canEdit ? <th scope="col">{t('glossary.column.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr>
                <td>{`${term.sourceLocale} → ${term.targetLocale}`}</td>
                <td lang={term.sourceLocale}>{term.term}</td>
                <td lang={term.targetLocale}>{term.doNotTranslate ? <em lang={req.locale}>{t('glossary.dnt')}</em> : term.translation}</td>
                <td>{term.note}</td>
                {canEdit ? (
                  <td class="glossary-actions">
                    <a href={`/admin/glossary?edit=${encodeURIComponent(term.id)}#term-form`} aria-label={t('glossary.editLabel', { term: term.term })}>{t('glossary.edit')}</a>
                    <PostForm action={`/admin/glossary/${encodeURIComponent(term.id)}/delete`} csrfToken={req.csrfToken} class="inline-form">
                      <button type="submit" class="button-link" aria-label={t('glossary.deleteLabel', { term: term.term })}>{t('glossary.delete')}</button>
                    </PostForm>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? <TermEditor req={req} state={state} /> : null}
      {canEdit ? (
        <section aria-labelledby="csv-heading">
          <h2 id="csv-heading">{t('glossary.import.title')}</h2>
          <PostForm action="/admin/glossary/import" csrfToken={req.csrfToken} class="form">
            <div class="field">
              <label for="glossary-csv">{t('glossary.import.field')}</label>
              <p class="field__hint" id="glossary-csv-hint">{t('glossary.import.hint')}</p>
              <textarea id="glossary-csv" name="csv" rows={6} aria-describedby="glossary-csv-hint" dir="ltr"></textarea>
            </div>
            <button type="submit">{t('glossary.import.submit')}</button>
          </PostForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}

function TermEditor({ req, state }: { req: AdminRequest; state: PageState }) {
  const { t } = req;
  const value = state.editing;
  const errors = state.errors ?? {};
  const codes = req.locales.allCodes;
  const localeSelect = (name: 'sourceLocale' | 'targetLocale', label: string, fallback: string) => (
    <div class={errors[name] ? 'field field--error' : 'field'}>
      <label for={`term-${name}`}>{label}</label>
      {errors[name] ? <p class="field__error" id={`term-${name}-error`}>{errors[name]}</p> : null}
      <select id={`term-${name}`} name={name} aria-describedby={errors[name] ? `term-${name}-error` : undefined}>
        {codes.map((code) => (
          <option value={code} selected={(value?.[name] ?? fallback) === code}>{`${localeName(req.locale, code)} (${code})`}</option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="term-form">
      <h2 id="term-form" tabindex={-1}>{value?.id ? t('glossary.editTitle', { term: value.term }) : t('glossary.add')}</h2>
      <PostForm action="/admin/glossary" csrfToken={req.csrfToken} class="form">
        {value?.id ? <input type="hidden" name="id" value={value.id} /> : null}
        {localeSelect('sourceLocale', t('glossary.sourceLocale'), state.pair?.sourceLocale ?? req.locales.defaultLocale)}
        {localeSelect('targetLocale', t('glossary.targetLocale'), state.pair?.targetLocale ?? codes.find((c) => c !== req.locales.defaultLocale) ?? '')}
        <Field name="term" id="term-term" label={t('glossary.term')} value={value?.term ?? ''} error={errors.term} required />
        <Field name="translation" id="term-translation" label={t('glossary.translation')} hint={t('glossary.translation.hint')} value={value?.translation ?? ''} error={errors.translation} />
        <div class="field field--checkbox">
          <input id="term-dnt" name="doNotTranslate" type="checkbox" checked={value?.doNotTranslate ?? false} />
          <label for="term-dnt">{t('glossary.dntField')}</label>
        </div>
        <Field name="note" id="term-note" label={t('glossary.note')} value={value?.note ?? ''} error={errors.note} />
        <button type="submit">{t('glossary.save')}</button>
        {value?.id ? <a href="/admin/glossary">{t('glossary.cancel')}</a> : null}
      </PostForm>
    </section>
  );
}

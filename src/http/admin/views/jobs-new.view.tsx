import type { TreeNode } from '../../../modules/content/index.ts';
import type { FieldProblem } from '../../../platform/errors.ts';
import { actorOf, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from './admin-layout.view.tsx';
import { Field, FormMessage, PostForm } from './form.view.tsx';
import { AssigneeFields } from './jobs.view.tsx';

export interface NewJobValues {
  readonly name: string;
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  readonly dueDate: string;
  readonly assignee: string;
  readonly agency: string;
  readonly mode: 'documents' | 'section' | 'needing';
  readonly documents: readonly string[];
  readonly section: string;
  readonly needingLocale: string;
  readonly needingSection: string;
}

export interface NewJobOptions {
  /** Every page of the tree, indented by depth, for the section choices. */
  readonly sections: readonly { readonly id: string; readonly title: string; readonly depth: number }[];
  /** Documents to choose one by one: those ticked first, then the rest of the site. */
  readonly documents: readonly { readonly id: string; readonly title: string; readonly type: string }[];
  readonly translators: readonly { readonly id: string; readonly name: string }[];
  /** Jobs still being prepared, which the chosen documents may join instead. */
  readonly preparing: readonly { readonly id: string; readonly name: string }[];
}

/** What the form offers; `values` null: only the sections (the job page's "add a section"). */
export async function loadNewJobOptions(deps: AdminDeps, req: AdminRequest, values: NewJobValues | null): Promise<NewJobOptions> {
  const locale = values?.sourceLocale && req.locales.has(values.sourceLocale) ? values.sourceLocale : req.locales.defaultLocale;
  const sections: { id: string; title: string; depth: number }[] = [];
  const walk = (nodes: readonly TreeNode[], depth: number) => {
    for (const n of nodes) {
      sections.push({ id: n.document.id, title: n.title, depth });
      walk(n.children, depth + 1);
    }
  };
  walk(await deps.content.tree.getTree(locale), 0);
  if (!values) return { sections, documents: [], translators: [], preparing: [] };
  const rows = await deps.content.service.listTranslationRows();
  const chosen = new Set(values.documents);
  const documents = [...rows.filter((r) => chosen.has(r.documentId)), ...rows.filter((r) => !chosen.has(r.documentId)).slice(0, 500)].map((r) => ({ id: r.documentId, title: r.title, type: r.type }));
  const translators = (await deps.translationJobs.listTranslators()).map((u) => ({ id: u.id, name: u.displayName }));
  const preparing = values.documents.length ? (await deps.translationJobs.listJobs(actorOf(req))).filter((j) => j.state === 'preparing').map((j) => ({ id: j.id, name: j.name })) : [];
  return { sections, documents, translators, preparing };
}

/** The new-job form: the job's facts, then one of three ways to choose its documents. */
export function NewJobPage({ req, deps, values, options, problems }: { req: AdminRequest; deps: AdminDeps; values: NewJobValues; options: NewJobOptions; problems: readonly FieldProblem[] }) {
  const { t } = req;
  const errorOf = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message).join('; ') || undefined;
  const locales = req.locales.all;
  const chosen = new Set(values.documents);
  const sectionSelect = (name: string, id: string, value: string, empty: string) => (
    <select id={id} name={name}>
      <option value="">{empty}</option>
      {options.sections.map((s) => (
        <option value={s.id} selected={s.id === value}>
          {`${'— '.repeat(s.depth)}${s.title}`}
        </option>
      ))}
    </select>
  );
  return (
    <AdminLayout req={req} title={t('jobs.new.title')} stylesheet={deps.stylesheet} current="/admin/jobs">
      {problems.length > 0 ? <FormMessage kind="error">{t('jobs.new.invalid')}</FormMessage> : null}
      {options.preparing.length > 0 ? (
        <section aria-labelledby="jobs-existing">
          <h2 id="jobs-existing">{t('jobs.bulk.existing')}</h2>
          <ul>
            {options.preparing.map((job) => (
              <li>
                <PostForm action={`/admin/jobs/${encodeURIComponent(job.id)}/documents`} csrfToken={req.csrfToken} class="form form--inline">
                  <input type="hidden" name="documents" value={values.documents.join(',')} />
                  <button type="submit" class="button-secondary">
                    {t('jobs.bulk.addTo', { name: job.name, count: values.documents.length })}
                  </button>
                </PostForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PostForm action="/admin/jobs/new" csrfToken={req.csrfToken} class="form jobs-form">
        <Field name="name" label={t('jobs.field.name')} value={values.name} error={errorOf('name')} required />
        <div class={errorOf('sourceLocale') ? 'field field--error' : 'field'}>
          <label for="field-sourceLocale">{t('jobs.field.source')}</label>
          <select id="field-sourceLocale" name="sourceLocale">
            {locales.map((l) => (
              <option value={l.code} selected={l.code === values.sourceLocale}>
                {`${l.endonym} (${l.code})`}
              </option>
            ))}
          </select>
        </div>
        <fieldset class={errorOf('targetLocales') ? 'field field--error' : 'field'}>
          <legend>{t('jobs.field.targets')}</legend>
          {errorOf('targetLocales') ? <p class="field__error">{errorOf('targetLocales')}</p> : null}
          <p class="field__hint">{t('jobs.field.targetsHint')}</p>
          {locales.map((l) => (
            <label class="jobs-check">
              <input type="checkbox" name="targetLocales" value={l.code} checked={values.targetLocales.includes(l.code)} /> {`${l.endonym} (${l.code})`}
            </label>
          ))}
        </fieldset>
        <Field name="dueDate" type="date" label={t('jobs.field.due')} value={values.dueDate} error={errorOf('dueDate')} />
        <AssigneeFields req={req} translators={options.translators} assignee={values.assignee} agency={values.agency} error={errorOf('assignee')} />
        <fieldset class={errorOf('documents') ? 'field field--error jobs-modes' : 'field jobs-modes'}>
          <legend>{t('jobs.new.how')}</legend>
          {errorOf('documents') ? <p class="field__error">{errorOf('documents')}</p> : null}
          <div class="jobs-mode">
            <label>
              <input type="radio" name="mode" value="needing" checked={values.mode === 'needing'} /> {t('jobs.mode.needing')}
            </label>
            <label for="field-needingLocale">{t('jobs.mode.needingLocale')}</label>
            <select id="field-needingLocale" name="needingLocale">
              <option value="">{t('jobs.mode.chooseLocale')}</option>
              {locales.map((l) => (
                <option value={l.code} selected={l.code === values.needingLocale}>
                  {`${l.endonym} (${l.code})`}
                </option>
              ))}
            </select>
            <label for="field-needingSection">{t('jobs.mode.within')}</label>
            {sectionSelect('needingSection', 'field-needingSection', values.needingSection, t('jobs.mode.wholeSite'))}
          </div>
          <div class="jobs-mode">
            <label>
              <input type="radio" name="mode" value="section" checked={values.mode === 'section'} /> {t('jobs.mode.section')}
            </label>
            <label for="field-section">{t('jobs.mode.sectionLabel')}</label>
            {sectionSelect('section', 'field-section', values.section, t('jobs.mode.chooseSection'))}
          </div>
          <div class="jobs-mode">
            <label>
              <input type="radio" name="mode" value="documents" checked={values.mode === 'documents'} /> {t('jobs.mode.documents')}
            </label>
            <div class="jobs-doclist" role="group" aria-label={t('jobs.mode.documents')}>
              {options.documents.map((d) => (
                <label class="jobs-check">
                  <input type="checkbox" name="documents" value={d.id} checked={chosen.has(d.id)} /> {d.title}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
        <button type="submit">{t('jobs.new.submit')}</button>
      </PostForm>
    </AdminLayout>
  );
}

import type { FastifyReply } from 'fastify';
import { FormList, NewDocumentForm, PageResponses, query, type AdminInstance } from '../admin-schemas.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_TYPES, type ContentTypeDef } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { documentTitle, loadDocument, loadReferenceOptions, type DocumentContext } from '../document-context.ts';
import { EMPTY_DRAFT, formText, readRawFields, readTranslationDraft, toFieldValues, toTranslationInput, type RawFields, type TranslationDraft } from '../document-form.ts';
import { inputForPath, localizeProblems, NO_ERRORS, type FormErrors } from '../field-errors.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormErrorList, SharedInputs, TranslationInputs } from '../views/document-form.view.tsx';
import { typeLabel, type ReferenceOptions } from '../views/field-input.view.tsx';
import { PostForm } from '../views/form.view.tsx';

/** Creating a document: pick a type, then one form for its shared fields and its first translation. */
export function registerDocumentCreateRoutes(app: AdminInstance, deps: AdminDeps): void {
  const typeQuery = query({ type: FormList, parent: FormList });
  app.get('/admin/documents/new', { config: { access: 'content.create' }, schema: { response: PageResponses, querystring: typeQuery } }, async (request, reply) => {
    const query = request.query;
    const type = CONTENT_TYPES.get(formText(query, 'type'));
    const parent = await findParent(deps, formText(query, 'parent'));
    if (!type) return sendAdminPage(reply, 200, <TypeChoice req={request.admin} deps={deps} parent={parent} />);
    const state: CreateState = { shared: {}, draft: EMPTY_DRAFT, locale: request.admin.locales.defaultLocale };
    return sendCreateForm(reply, 200, request.admin, deps, type, parent, state);
  });

  app.post('/admin/documents/new', { config: { access: 'content.create' }, schema: { response: PageResponses, body: NewDocumentForm } }, async (request, reply) => {
    const body = request.body;
    const type = CONTENT_TYPES.get(formText(body, 'type'));
    const parent = await findParent(deps, formText(body, 'parent'));
    if (!type) return sendAdminPage(reply, 400, <TypeChoice req={request.admin} deps={deps} parent={parent} />);
    const locale = request.admin.locales.allCodes.find((code) => code === formText(body, 'locale')) ?? request.admin.locales.defaultLocale;
    const shared = readRawFields(body, type.sharedFields, 'shared');
    const draft = readTranslationDraft(body, type.translatableFields);
    const actor = actorOf(request.admin);
    try {
      const { document } = await deps.content.service.createDocumentWithTranslation({
        type: type.name,
        parentId: parent?.document.id ?? null,
        fields: toFieldValues(type.sharedFields, shared),
        locale,
        translation: toTranslationInput(draft, type.translatableFields),
        actor,
      });
      return reply.redirect(`/admin/documents/${document.id}?done=created`, 303);
    } catch (error) {
      if (!isAppError(error) || (error.code !== CONTENT_INVALID && error.code !== CONTENT_SLUG_TAKEN)) throw error;
      // Both parts share the `fields.` prefix in the service's paths: the type says which one it is.
      const translatable = new Set(type.translatableFields.map((d) => d.name));
      const errors = localizeProblems(error.details, request.admin.t, (path) =>
        inputForPath(path, (name) => (translatable.has(name) ? `fields.${name}` : `shared.${name}`)),
      );
      return sendCreateForm(reply, 400, request.admin, deps, type, parent, { shared, draft, locale, errors });
    }
  });
}

interface CreateState {
  readonly shared: RawFields;
  readonly draft: TranslationDraft;
  readonly locale: LocaleCode;
  readonly errors?: FormErrors;
}

async function findParent(deps: AdminDeps, id: string): Promise<DocumentContext | undefined> {
  return id ? loadDocument(deps, id) : undefined;
}

async function sendCreateForm(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, type: ContentTypeDef, parent: DocumentContext | undefined, state: CreateState) {
  const options = await loadReferenceOptions(deps.content, type, req.locale, deps);
  return sendAdminPage(reply, status, <CreateForm req={req} deps={deps} type={type} parent={parent} state={state} options={options} />);
}

function TypeChoice({ req, deps, parent }: { req: AdminRequest; deps: AdminDeps; parent: DocumentContext | undefined }) {
  const { t } = req;
  const suffix = parent ? `&parent=${encodeURIComponent(parent.document.id)}` : '';
  return (
    <AdminLayout req={req} title={t('edit.new.title')} stylesheet={deps.stylesheet} current="/admin/documents">
      <p>{t('edit.new.chooseType')}</p>
      <ul class="type-list">
        {[...CONTENT_TYPES.values()]
          .filter((type) => !parent || type.routable)
          .map((type) => (
            <li><a href={`/admin/documents/new?type=${encodeURIComponent(type.name)}${suffix}`}>{typeLabel(t, type.name)}</a></li>
          ))}
      </ul>
    </AdminLayout>
  );
}

function CreateForm(props: { req: AdminRequest; deps: AdminDeps; type: ContentTypeDef; parent: DocumentContext | undefined; state: CreateState; options: ReferenceOptions }) {
  const { req, type, parent, state } = props;
  const { t } = req;
  const errors = state.errors ?? NO_ERRORS;
  return (
    <AdminLayout req={req} title={t('edit.new.typed', { type: typeLabel(t, type.name) })} stylesheet={props.deps.stylesheet} current="/admin/documents">
      <PostForm action="/admin/documents/new" csrfToken={req.csrfToken} class="form form--medium">
        <FormErrorList errors={errors} t={t} />
        <input type="hidden" name="type" value={type.name} />
        {parent ? (
          <>
            <input type="hidden" name="parent" value={parent.document.id} />
            <p>{t('edit.new.under', { parent: documentTitle(parent) })}</p>
          </>
        ) : null}
        <fieldset class="fieldset">
          <legend>{t('edit.overview.shared')}</legend>
          <SharedInputs type={type} values={state.shared} errors={errors} t={t} options={props.options} />
        </fieldset>
        <fieldset class="fieldset">
          <legend>{t('edit.new.firstTranslation')}</legend>
          <div class="field">
            <label for="field-locale">{t('edit.field.locale')}</label>
            <select id="field-locale" name="locale">
              {req.locales.allCodes.map((code) => (
                <option value={code} selected={state.locale === code} lang={code}>{req.locales.get(code).endonym}</option>
              ))}
            </select>
          </div>
          <TranslationInputs type={type} draft={state.draft} errors={errors} t={t} options={props.options} language={state.errors ? { lang: state.locale, dir: req.locales.get(state.locale).dir } : undefined} />
        </fieldset>
        <button type="submit">{t('edit.new.create')}</button>
      </PostForm>
    </AdminLayout>
  );
}

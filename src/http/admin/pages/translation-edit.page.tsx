import type { FastifyReply } from 'fastify';
import { PageResponses, query, QueryText, TranslationForm, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_VERSION_CONFLICT, richTextToMarkup, textFingerprint, type ReviewNote, type Translation } from '../../../modules/content/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import type { GlossaryTerm } from '../../../modules/translation-memory/index.ts';
import { type LocaleCode, ADMIN_LOCALE_SET } from '../../../modules/locales/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { choiceLabel } from '../views/labels.view.tsx';
import { documentTitle, formatWhen, loadDocument, loadReferenceOptions, loadTranslationTarget, sendForbidden, type DocumentContext } from '../document-context.ts';
import { draftOf, EMPTY_DRAFT, formVersion, readTranslationDraft, toTranslationInput, translationChanges, type Change, type TranslationDraft } from '../document-form.ts';
import { inputForPath, localizeProblems, NO_ERRORS, type FormErrors } from '../field-errors.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { ChangesMeanwhile, FormErrorList, TranslationInputs } from '../views/document-form.view.tsx';
import { fieldLabel, type ReferenceOptions } from '../views/field-input.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { StatusBadge } from '../views/translation-table.view.tsx';
import { WorkflowButtons } from '../views/workflow-buttons.view.tsx';
import { WorkflowLinks } from '../views/workflow.view.tsx';
import { LiveEditBar, LivePreviewPanel } from '../views/live-edit.view.tsx';
import { captionsUrl, trackFields } from './captions.page.tsx';
import { glossaryGaps, loadMemoryHelp, type MemoryHelp } from '../translation-memory-form.ts';
import { GlossaryText, GlossaryWarning, MemoryPanel, PrefillNotice } from '../views/memory-panel.view.tsx';
import { allows } from '../../../modules/policy/index.ts';
import type { MachineMark } from '../../../modules/machine-translation/index.ts';
import { MachineTranslationPanel } from '../views/machine-translation.view.tsx';

/**
 * Editing one translation. The permission says who may edit translations at all; the document
 * says which locale is its source, and a translator may only touch their own non-source locales.
 */
export function registerTranslationEditRoutes(app: AdminInstance, deps: AdminDeps): void {
  const editorQuery = query({ done: QueryText });
  app.get('/admin/documents/:id/:locale', { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TranslationParams, querystring: editorQuery } }, async (request, reply) => {
    const target = await loadTranslationTarget(request, reply, deps);
    if (!target) return reply;
    const { ctx, locale } = target;
    const copy = ctx.copies.get(locale);
    const done = request.query.done;
    const notice = DONE_NOTICES.find((n) => n === done);
    // A new translation starts from the memory's exact matches, when it has some.
    const help = await loadMemoryHelp(deps, ctx, locale);
    return sendEditor(reply, 200, request.admin, deps, ctx, locale, {
      help,
      draft: copy ? draftOf(copy.text) : (help.draft ?? EMPTY_DRAFT),
      expectedVersion: copy?.translation.version ?? 0,
      notice,
    });
  });

  app.post('/admin/documents/:id/:locale', { config: { access: 'translation.edit' }, schema: { response: PageResponses, params: TranslationParams, body: TranslationForm } }, async (request, reply) => {
    const target = await loadTranslationTarget(request, reply, deps);
    if (!target) return reply;
    const { ctx, locale } = target;
    const body = request.body;
    const draft = readTranslationDraft(body, ctx.type.translatableFields);
    const expectedVersion = formVersion(body);
    try {
      const saved = await deps.content.service.saveTranslation({
        documentId: ctx.document.id,
        locale,
        expectedVersion,
        translation: toTranslationInput(draft, ctx.type.translatableFields),
        actor: actorOf(request.admin),
      });
      // A published translation keeps its text for visitors: the save went to its working copy.
      const done = expectedVersion === 0 ? 'created' : saved.status === 'published' ? 'pending' : 'saved';
      return reply.redirect(`/admin/documents/${saved.documentId}/${locale}?done=${done}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('edit.forbiddenLocale', { locale: request.admin.locales.get(locale).endonym }));
      if (error.code === CONTENT_VERSION_CONFLICT) {
        // Someone saved first: keep this editor's text, show what is stored now, and let a second
        // save (now knowingly made on the current version) replace it.
        const now = (await loadDocument(deps, ctx.document.id)) ?? ctx;
        const stored = now.copies.get(locale)?.text;
        const base = (await deps.content.service.listRevisions(ctx.document.id, locale)).find((r) => r.version === expectedVersion);
        const changes = stored ? translationChanges(base?.snapshot, stored) : [];
        return sendEditor(reply, 409, request.admin, deps, now, locale, { draft, expectedVersion: stored?.version ?? 0, changes });
      }
      if (error.code !== CONTENT_INVALID && error.code !== CONTENT_SLUG_TAKEN) throw error;
      const errors = localizeProblems(error.details, request.admin.t, (path) => inputForPath(path));
      return sendEditor(reply, 400, request.admin, deps, ctx, locale, { draft, expectedVersion, errors });
    }
  });
}

interface EditorState {
  readonly draft: TranslationDraft;
  readonly expectedVersion: number;
  readonly errors?: FormErrors;
  readonly changes?: readonly Change[];
  readonly notice?: (typeof DONE_NOTICES)[number];
  readonly help?: MemoryHelp;
}

/** What a redirect back to the form may announce (`?done=`): a save or a workflow step. */
const DONE_NOTICES = ['saved', 'created', 'pending', 'submit', 'request-changes', 'publish', 'unpublish', 'archive', 'discard', 'machine'] as const;

async function sendEditor(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, ctx: DocumentContext, locale: LocaleCode, state: EditorState) {
  const options = await loadReferenceOptions(deps.content, ctx.type, req.locale, deps);
  if (!state.help) state = { ...state, help: { terms: (await loadMemoryHelp(deps, ctx, locale)).terms } };
  const review = ctx.copies.has(locale) ? await reviewState(deps, ctx, locale) : undefined;
  const machine = await machineState(req, deps, ctx, locale);
  return sendAdminPage(reply, status, <EditorPage req={req} deps={deps} ctx={ctx} locale={locale} state={state} options={options} review={review} machine={machine} />);
}

/**
 * Machine translation on this form: its mark while the text is still the machine's, and whether to
 * offer the button (an allowed pair, a person who may ask, and no person's words in the way).
 */
async function machineState(req: AdminRequest, deps: AdminDeps, ctx: DocumentContext, locale: LocaleCode): Promise<{ mark: MachineMark | undefined; offer: boolean }> {
  if (locale === ctx.sourceLocale || !ctx.translations.has(ctx.sourceLocale)) return { mark: undefined, offer: false };
  const mark = await deps.machineTranslation.service.markOf(ctx.document.id, locale);
  const mayAsk = allows(actorOf(req), 'translation.machine', { locale, isSource: false }) && (await deps.machineTranslation.settings.allowsPair(ctx.sourceLocale, locale));
  return { mark, offer: mayAsk && (!ctx.copies.has(locale) || (await deps.machineTranslation.service.mayRefill(ctx.document.id, locale))) };
}

/** What the editor shows of the review: a reviewer's comment still to act on, and how to compare pending with live. */
interface ReviewInfo {
  readonly changesRequested: ReviewNote | undefined;
  /** The latest revision of the published text and of the working copy, to compare them. */
  readonly liveVersion: number | undefined;
  readonly pendingVersion: number | undefined;
}

async function reviewState(deps: AdminDeps, ctx: DocumentContext, locale: LocaleCode): Promise<ReviewInfo> {
  const [notes, revisions] = await Promise.all([
    deps.content.service.listReviewNotes(ctx.document.id, locale),
    ctx.copies.get(locale)?.pending ? deps.content.service.listRevisions(ctx.document.id, locale) : [],
  ]);
  const latest = notes[0];
  const live = revisions.find((r) => !(typeof r.snapshot === 'object' && r.snapshot !== null && 'pending' in r.snapshot));
  return { changesRequested: latest?.step === 'changes-requested' ? latest : undefined, liveVersion: live?.version, pendingVersion: revisions[0]?.version };
}

function EditorPage(props: { req: AdminRequest; deps: AdminDeps; ctx: DocumentContext; locale: LocaleCode; state: EditorState; options: ReferenceOptions; review: ReviewInfo | undefined; machine: { mark: MachineMark | undefined; offer: boolean } }) {
  const { req, ctx, locale, state, review } = props;
  const { t } = req;
  const copy = ctx.copies.get(locale);
  const current = copy?.text;
  const isSource = locale === ctx.sourceLocale;
  const source = isSource ? undefined : ctx.translations.get(ctx.sourceLocale);
  const language = req.locales.get(locale);
  const title = t(current ? 'edit.translation.title' : 'edit.translation.new', { language: language.endonym, document: documentTitle(ctx) });
  const errors = state.errors ?? NO_ERRORS;
  const base = `/admin/documents/${ctx.document.id}/${locale}`;
  const terms = state.help?.terms ?? [];
  // A save that leaves out a glossary term is kept; the page it leads to says which terms are missing.
  const gaps = state.notice === 'saved' || state.notice === 'created' || state.notice === 'pending' ? glossaryGaps(terms, source, current) : [];
  return (
    <AdminLayout req={req} title={title} stylesheet={props.deps.stylesheet} current="/admin/documents" scripts={[props.deps.scripts.autosave, props.deps.scripts.editor, ...(state.help?.prefill?.suggestions.length ? [props.deps.scripts.memoryCopy] : [])]}>
      <p><a href={`/admin/documents/${ctx.document.id}`}>{t('edit.translation.back')}</a></p>
      {current && trackFields(ctx).length > 0 ? <p><a href={captionsUrl(ctx.document.id, locale)}>{t('captionsPage.link')}</a></p> : null}
      {current ? <p><a href={`${base}/preview`}>{t('livePreview.openSaved')}</a></p> : null}
      {state.notice ? <FormMessage kind="success">{t(`edit.done.${state.notice}`)}</FormMessage> : null}
      <GlossaryWarning req={req} missing={gaps} />
      {state.help?.prefill && !current ? <PrefillNotice req={req} prefill={state.help.prefill} /> : null}
      {copy ? (
        <dl class="facts-list">
          <dt>{t('documents.status')}</dt>
          <dd><StatusBadge req={req} copy={copy} /></dd>
          <dt>{t('edit.overview.version')}</dt>
          <dd>{copy.translation.version}</dd>
        </dl>
      ) : null}
      {review?.changesRequested ? (
        <div class="form-message form-message--error" role="status">
          <p>{t('review.changesRequested', { when: formatWhen(req, review.changesRequested.at) })}</p>
          <blockquote>{review.changesRequested.message}</blockquote>
        </div>
      ) : null}
      {copy?.pending ? (
        <div class="notice" role="note">
          <p>{t('review.pendingNotice')}</p>
          <p>
            {review?.liveVersion !== undefined && review.pendingVersion !== undefined ? (
              <a href={`/admin/documents/${ctx.document.id}/${locale}/revisions/compare?from=${review.liveVersion}&to=${review.pendingVersion}`}>{t('review.diffLink')}</a>
            ) : null}
            {' · '}
            <a href={`/admin/documents/${ctx.document.id}/${locale}/revisions#preview-heading`}>{t('review.previewLink')}</a>
          </p>
        </div>
      ) : null}
      <MachineTranslationPanel req={req} base={base} sourceLanguage={req.locales.get(ctx.sourceLocale).endonym} mark={props.machine.mark} offer={props.machine.offer && !state.changes && !state.errors} />
      {copy && !state.changes && !state.errors ? <WorkflowButtons req={req} copy={copy} isSource={isSource} back="edit" /> : null}
      {current ? <WorkflowLinks req={req} translation={current} /> : null}
      {state.changes ? <ChangesMeanwhile changes={state.changes} t={t} language={{ lang: locale, dir: language.dir }} status={(s) => t(`status.${s}` as Parameters<typeof t>[0])} /> : null}
      <div class="live-edit">
        <div class={source ? 'editor editor--side-by-side' : 'editor'}>
          {source ? <SourcePanel req={req} source={source} translation={current} fields={ctx.type.translatableFields.map((d) => d.name)} terms={terms} /> : null}
          <PostForm action={base} csrfToken={req.csrfToken} class="form editor__form">
            <LiveEditBar req={req} base={base} storageKey={`${ctx.document.id}:${locale}`} unsaved={state.errors !== undefined} />
            <FormErrorList errors={errors} t={t} />
            <input type="hidden" name="expectedVersion" value={String(state.expectedVersion)} />
            <TranslationInputs type={ctx.type} draft={state.draft} errors={errors} t={t} options={props.options} language={{ lang: locale, dir: req.locales.get(locale).dir }} richText />
            <button type="submit">{t('edit.translation.save')}</button>
          </PostForm>
        </div>
        <LivePreviewPanel req={req} language={language.endonym} />
      </div>
      {state.help?.prefill && source ? <MemoryPanel req={req} prefill={state.help.prefill} sourceLocale={source.locale} targetLocale={locale} /> : null}
    </AdminLayout>
  );
}

/** The source text, read-only, beside the form (above it on a phone), in its own language and direction. */
function SourcePanel({ req, source, translation, fields, terms }: { req: AdminRequest; source: Translation; translation: Translation | undefined; fields: readonly string[]; terms: readonly GlossaryTerm[] }) {
  const { t } = req;
  const info = req.locales.get(source.locale);
  // Outdated: the source's words changed after this translation was made; show what changed.
  const outdated = translation?.sourceVersion != null && translation.sourceFingerprint !== textFingerprint(source);
  return (
    <aside class="editor__source" aria-labelledby="source-title">
      <h2 id="source-title">{t('edit.translation.source', { language: info.endonym })}</h2>
      {outdated ? (
        <p class="form-message form-message--error" role="status">
          {t('edit.translation.outdated')}{' '}
          <a href={`/admin/documents/${source.documentId}/${source.locale}/revisions/compare?from=${translation!.sourceVersion}&to=${source.version}`}>
            {t('edit.translation.outdatedDiff')}
          </a>
        </p>
      ) : null}
      <dl lang={source.locale} dir={info.dir}>
        <dt lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>{t('edit.field.title')}</dt>
        <dd><GlossaryText req={req} text={source.title} terms={terms} /></dd>
        <dt lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>{t('edit.field.summary')}</dt>
        <dd>{source.summary ? <GlossaryText req={req} text={source.summary} terms={terms} /> : '—'}</dd>
        <dt lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>{t('edit.field.body')}</dt>
        <dd><pre class="markup">{richTextToMarkup(source.body) ? <GlossaryText req={req} text={richTextToMarkup(source.body)} terms={terms} /> : '—'}</pre></dd>
        {fields.map((name) => (
          <>
            <dt lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>{fieldLabel(t, name)}</dt>
            <dd>{typeof source.fields[name] === 'string' ? choiceLabel(t, name, source.fields[name]) : String(source.fields[name] ?? '—')}</dd>
          </>
        ))}
      </dl>
    </aside>
  );
}

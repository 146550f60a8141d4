import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, CONTENT_VERSION_CONFLICT, type ContentDocument, type Translation } from '../../../modules/content/index.ts';
import { ADMIN_LOCALE_SET, type LocaleCode } from '../../../modules/locales/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { PageResponses, TranslationForm, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import { loadDocument, sendNotFound, type DocumentContext } from '../document-context.ts';
import { formVersion, readTranslationDraft, toTranslationInput } from '../document-form.ts';
import { inputForPath, localizeProblems } from '../field-errors.ts';

/** What an autosave answers: the stored version the form continues from. */
const AutosaveSaved = Type.Object({
  version: Type.Integer(),
  status: Type.String(),
  /** The save went to a published translation's working copy: visitors still see the published text. */
  pending: Type.Boolean(),
  savedAt: Type.String(),
});

/** A refused autosave: why, in the editor's language, and for a conflict the version stored now. */
const AutosaveRefused = Type.Object({
  error: Type.String({ enum: ['invalid', 'conflict', 'forbidden', 'not-found'] }),
  message: Type.String(),
  version: Type.Optional(Type.Integer()),
  problems: Type.Optional(Type.Array(Type.Object({ input: Type.String(), message: Type.String() }))),
});

/**
 * The edit form's autosave and live preview. Autosave calls the very operation of the form's Save
 * button (saveTranslation: a draft's text, or a published translation's working copy; never a
 * publish) and answers JSON for the script. The preview renders the form's unsaved text, or the
 * saved working copy, through the public renderer, for this request only: no-store, noindex,
 * never in nor from the page cache.
 */
export function registerLiveEditRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.post(
    '/admin/documents/:id/:locale/autosave',
    { config: { access: 'translation.edit' }, schema: { params: TranslationParams, body: TranslationForm, response: { 200: AutosaveSaved, '4xx': Type.Union([AutosaveRefused, Type.String({ contentMediaType: 'text/html' })]) } } },
    async (request, reply) => {
      const { t } = request.admin;
      const ctx = await findContext(deps, request.admin, request.params);
      if (!ctx) return reply.code(404).send({ error: 'not-found', message: t('error.notFound') });
      const body = request.body;
      const expectedVersion = formVersion(body);
      try {
        const saved = await deps.content.service.saveTranslation({
          documentId: ctx.document.id,
          locale: ctx.locale,
          expectedVersion,
          translation: toTranslationInput(readTranslationDraft(body, ctx.type.translatableFields), ctx.type.translatableFields),
          actor: actorOf(request.admin),
        });
        return reply.code(200).send({ version: saved.version, status: saved.status, pending: saved.status === 'published', savedAt: saved.updatedAt });
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.code === POLICY_FORBIDDEN) return reply.code(403).send({ error: 'forbidden', message: t('edit.forbiddenLocale', { locale: request.admin.locales.get(ctx.locale).endonym }) });
        if (error.code === CONTENT_VERSION_CONFLICT) {
          // Nothing of the editor's text is lost: it stays in their form (and their browser's copy).
          const stored = await deps.content.service.findTranslation(ctx.document.id, ctx.locale);
          return reply.code(409).send({ error: 'conflict', message: t('autosave.conflict'), version: stored?.version ?? 0 });
        }
        if (error.code !== CONTENT_INVALID && error.code !== CONTENT_SLUG_TAKEN) throw error;
        const errors = localizeProblems(error.details, t, (path) => inputForPath(path));
        const problems = [...Object.entries(errors.byField).map(([input, message]) => ({ input, message })), ...errors.other.map((message) => ({ input: '', message }))];
        return reply.code(400).send({ error: 'invalid', message: t('edit.invalid', { count: problems.length }), problems });
      }
    },
  );

  // The saved text (the working copy of a published translation): the preview without JavaScript.
  app.get('/admin/documents/:id/:locale/preview', { config: { access: 'content.read' }, schema: { response: PageResponses, params: TranslationParams } }, async (request, reply) => {
    const req = request.admin;
    const ctx = await findContext(deps, req, request.params);
    const copy = ctx ? ctx.copies.get(ctx.locale) : undefined;
    if (!ctx || !copy) return sendNotFound(reply, req, deps);
    const translation = (await deps.content.service.readWorkingCopy(actorOf(req), ctx.document.id, ctx.locale)).text;
    return sendPreview(reply, deps, req, ctx.document, translation, []);
  });

  // The form's unsaved text, posted by the live preview panel (with the form's token).
  app.post('/admin/documents/:id/:locale/preview', { config: { access: 'content.read' }, schema: { response: PageResponses, params: TranslationParams, body: TranslationForm } }, async (request, reply) => {
    const req = request.admin;
    const ctx = await findContext(deps, req, request.params);
    if (!ctx) return sendNotFound(reply, req, deps);
    const draft = readTranslationDraft(request.body, ctx.type.translatableFields);
    const preview = await deps.content.service.previewTranslation({
      actor: actorOf(req),
      documentId: ctx.document.id,
      locale: ctx.locale,
      translation: toTranslationInput(draft, ctx.type.translatableFields),
    });
    const refused = Object.keys(localizeProblems(preview.problems, req.t, (path) => inputForPath(path)).byField);
    return sendPreview(reply, deps, req, preview.document, preview.translation, refused);
  });
}

async function findContext(deps: AdminDeps, req: AdminRequest, params: { id: string; locale: string }): Promise<(DocumentContext & { locale: LocaleCode }) | undefined> {
  if (!req.locales.has(params.locale)) return undefined;
  const ctx = await loadDocument(deps, params.id);
  return ctx ? { ...ctx, locale: params.locale } : undefined;
}

/** The public page with a banner in the editor's language; for this request only, framed only by the back office. */
async function sendPreview(reply: FastifyReply, deps: AdminDeps, req: AdminRequest, document: ContentDocument, translation: Translation, refused: readonly string[]) {
  const { t } = req;
  const banner = (
    <div class="notice notice--preview" role="note" lang={req.locale} dir={ADMIN_LOCALE_SET.get(req.locale).dir}>
      <p>
        <strong>{t('livePreview.banner', { status: t(`status.${translation.status}`) })}</strong>
      </p>
      {refused.length > 0 ? <p>{t('livePreview.refused', { count: refused.length })}</p> : null}
    </div>
  );
  const html = await deps.renderTranslationPage({ document, translation, banner });
  return reply
    .code(200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header('x-preview-refused', refused.join(' '))
    .send(html);
}

import { formatInstant } from '../format-date.tsx';
import { WORKFLOW_INVALID } from '../../../modules/workflow/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { sendAdminPage, type AdminDeps } from '../admin-plugin.tsx';
import { form, FormList, PageResponses, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage } from '../views/form.view.tsx';
import { PreviewLinkForm, TranslationNav } from '../views/workflow.view.tsx';
import { loadTranslation, sendTranslationNotFound } from '../workflow-context.tsx';

/**
 * Creates a signed, expiring link that shows the translation's current text to someone without
 * an account. Reading is enough: whoever may see a draft here may show it to a reviewer outside.
 */
export function registerPreviewLinkRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.post('/admin/documents/:id/:locale/preview-link', { config: { access: 'content.read' }, schema: { response: PageResponses, params: TranslationParams, body: form({ hours: FormList }) } }, async (request, reply) => {
    const req = request.admin;
    const translation = await loadTranslation(deps, request.params);
    if (!translation) return sendTranslationNotFound(reply, req, deps);
    const body = request.body;
    const rawHours = typeof body.hours === 'string' ? body.hours.trim().slice(0, 6) : '';
    const hours = rawHours === '' ? undefined : /^\d+$/.test(rawHours) ? Number(rawHours) : Number.NaN;
    let created: { url: string; expiresAt: Date } | undefined;
    let error: string | undefined;
    try {
      const link = await deps.workflow.previews.createLink({ documentId: translation.documentId, locale: translation.locale, actorId: req.auth!.user.id, hours });
      created = { url: `${deps.publicUrl}/preview/${link.token}`, expiresAt: link.expiresAt };
    } catch (caught) {
      if (!isAppError(caught) || caught.code !== WORKFLOW_INVALID) throw caught;
      error = req.t('preview.invalidHours');
    }
    return sendAdminPage(
      reply,
      created ? 201 : 400,
      <AdminLayout req={req} title={req.t('preview.title')} stylesheet={deps.stylesheet} current="/admin/documents">
        <TranslationNav req={req} translation={translation} current="preview" />
        {created ? (
          <FormMessage kind="success">
            {req.t('preview.created', { when: formatInstant(req, created.expiresAt.toISOString()) })}{' '}
            <a class="link-to-share" href={created.url}>
              {created.url}
            </a>
          </FormMessage>
        ) : (
          <FormMessage kind="error">{error}</FormMessage>
        )}
        <PreviewLinkForm req={req} translation={translation} hours={rawHours || undefined} />
      </AdminLayout>,
    );
  });
}

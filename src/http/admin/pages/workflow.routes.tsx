import type { FastifyReply } from 'fastify';
import { form, FormList, PageResponses, TranslationParams, type AdminInstance } from '../admin-schemas.ts';
import {
  CONTENT_INVALID,
  CONTENT_TRANSITION_NOT_ALLOWED,
  CONTENT_TRANSLATION_NOT_FOUND,
  CONTENT_VERSION_CONFLICT,
  STEP_PERMISSION,
  WORKFLOW_ACTIONS,
} from '../../../modules/content/index.ts';
import { POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { sendForbidden, sendNotFound } from '../document-context.ts';
import { formText, formVersion } from '../document-form.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';


/**
 * The workflow steps of one translation, one POST route each: the form's version, the step and its
 * message go to the content module's transition operation, which checks who may take it, where the
 * translation stands and the publish rules. This file only turns its refusals into pages.
 */
const StepForm = form({ expectedVersion: FormList, message: FormList, back: FormList });

export function registerWorkflowRoutes(app: AdminInstance, deps: AdminDeps): void {
  for (const action of WORKFLOW_ACTIONS) {
    app.post(`/admin/documents/:id/:locale/${action}`, { config: { access: STEP_PERMISSION[action] }, schema: { response: PageResponses, params: TranslationParams, body: StepForm } }, async (request, reply) => {
      const params = request.params;
      if (!request.admin.locales.has(params.locale) || params.id.length > 64) return sendNotFound(reply, request.admin, deps);
      const locale = params.locale;
      const documentId = params.id;
      const body = request.body;
      const back = formText(body, 'back') === 'edit' ? `/admin/documents/${documentId}/${locale}` : `/admin/documents/${documentId}`;
      const t = request.admin.t;
      try {
        await deps.content.service.transition({
          documentId,
          locale,
          action,
          expectedVersion: formVersion(body),
          message: formText(body, 'message'),
          actor: actorOf(request.admin),
        });
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.code === CONTENT_TRANSLATION_NOT_FOUND) return sendNotFound(reply, request.admin, deps);
        if (error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, t('edit.forbiddenLocale', { locale: request.admin.locales.get(locale).endonym }));
        if (error.code === CONTENT_VERSION_CONFLICT) return sendRefusal(reply, request.admin, deps, 'edit.workflow.conflict', back);
        if (error.code === CONTENT_TRANSITION_NOT_ALLOWED) return sendRefusal(reply, request.admin, deps, 'edit.workflow.notAllowed', back);
        if (error.code === CONTENT_INVALID) {
          const reasons = error.details.map((d) =>
            d.path === 'message'
              ? t('edit.workflow.messageRequired')
              : d.path === 'consent' && d.reason
                ? t('edit.workflow.needsConsent', { reason: t(`consent.block.${d.reason}` as AdminMessageKey) })
                : /alt text/.test(d.message)
                  ? t('edit.workflow.needsAlt', { language: request.admin.locales.get(locale).endonym })
                  : t('field.invalid', { message: d.message }),
          );
          return sendAdminPage(
            reply,
            422,
            <AdminLayout req={request.admin} title={t('edit.workflow.refused')} stylesheet={deps.stylesheet} current="/admin/documents">
              <p class="message" role="alert">{t('edit.workflow.invalid')}</p>
              <ul>{reasons.map((r) => <li>{r}</li>)}</ul>
              <p><a href={back}>{t('edit.workflow.reload')}</a></p>
            </AdminLayout>,
          );
        }
        throw error;
      }
      return reply.redirect(`${back}?done=${action}`, 303);
    });
  }
}

/** 409: the step no longer applies (someone acted first, or the state does not allow it). */
function sendRefusal(reply: FastifyReply, req: AdminRequest, deps: AdminDeps, key: AdminMessageKey, back: string) {
  return sendAdminPage(
    reply,
    409,
    <AdminLayout req={req} title={req.t('edit.workflow.refused')} stylesheet={deps.stylesheet} current="/admin/documents">
      <p class="message" role="alert">{req.t(key)}</p>
      <p><a href={back}>{req.t('edit.workflow.reload')}</a></p>
    </AdminLayout>,
  );
}

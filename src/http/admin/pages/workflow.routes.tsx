import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  CONTENT_VERSION_CONFLICT,
  transitionTarget,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from '../../../modules/content/index.ts';
import { isLocaleCode, LOCALES } from '../../../modules/locales/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { loadDocument, mayRunAction, sendForbidden, sendNotFound } from '../document-context.ts';
import { formText, formVersion, type FormBody } from '../document-form.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from '../views/admin-layout.view.tsx';

/** What the audit log calls each step. */
const AUDIT_ACTION: Readonly<Record<WorkflowAction, string>> = {
  submit: 'translation.submitted',
  publish: 'translation.published',
  unpublish: 'translation.unpublished',
  archive: 'translation.archived',
};

/**
 * The workflow steps of one translation, one POST route each so the permission matrix sees them:
 * submitting needs content.submit (a translator only in their locales), the others content.publish.
 * Each carries the version the button was shown with; a step on stale information is refused.
 */
export function registerWorkflowRoutes(app: FastifyInstance, deps: AdminDeps): void {
  for (const action of WORKFLOW_ACTIONS) {
    const access = action === 'submit' ? 'content.submit' : 'content.publish';
    app.post(`/admin/documents/:id/:locale/${action}`, { config: { access } }, async (request, reply) => {
      const params = request.params as { id: string; locale: string };
      const ctx = isLocaleCode(params.locale) ? await loadDocument(deps.content, params.id) : undefined;
      const translation = ctx && isLocaleCode(params.locale) ? ctx.translations.get(params.locale) : undefined;
      if (!ctx || !translation) return sendNotFound(reply, request.admin, deps);
      const { locale, documentId } = translation;
      const user = request.admin.auth!.user;
      if (!mayRunAction(user, action, { locale, isSource: locale === ctx.sourceLocale })) {
        return sendForbidden(reply, request.admin, deps, request.admin.t('edit.forbiddenLocale', { locale: LOCALES[locale].endonym }));
      }
      const body = (request.body ?? {}) as FormBody;
      const expectedVersion = formVersion(body);
      const back = formText(body, 'back') === 'edit' ? `/admin/documents/${documentId}/${locale}` : `/admin/documents/${documentId}`;
      if (translation.version !== expectedVersion) return sendRefusal(reply, request.admin, deps, 'edit.workflow.conflict', back);
      const to = transitionTarget(action, translation.status);
      if (!to) return sendRefusal(reply, request.admin, deps, 'edit.workflow.notAllowed', back);
      try {
        const saved = await deps.content.service.setTranslationStatus({ documentId, locale, status: to, expectedVersion, actor: user });
        await deps.audit.record({
          actorId: user.id,
          action: AUDIT_ACTION[action],
          documentId,
          locale,
          details: { from: translation.status, to, version: saved.version },
        });
      } catch (error) {
        if (isAppError(error) && error.code === CONTENT_VERSION_CONFLICT) return sendRefusal(reply, request.admin, deps, 'edit.workflow.conflict', back);
        if (isAppError(error) && error.code === 'CONTENT_INVALID') {
          const t = request.admin.t;
          const reasons = error.details.map((d) =>
            d.path === 'consent' && d.reason
              ? t('edit.workflow.needsConsent', { reason: t(`consent.block.${d.reason}` as AdminMessageKey) })
              : /alt text/.test(d.message)
                ? t('edit.workflow.needsAlt', { language: LOCALES[locale].endonym })
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

/** 409: the step no longer applies (someone acted first, or the status does not allow it). */
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

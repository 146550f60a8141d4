import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { registerAdminPipeline, type AdminDeps, type AdminRouteInfo } from './admin-plugin.tsx';
import { registerAccountRoutes } from './pages/account.page.tsx';
import { registerAuditRoutes } from './pages/audit.page.tsx';
import { registerDocumentCreateRoutes } from './pages/document-new.page.tsx';
import { registerDocumentOverviewRoutes } from './pages/document.page.tsx';
import { registerDocumentRoutes } from './pages/documents.page.tsx';
import { registerMediaRoutes } from './pages/media.page.tsx';
import { registerEditorSearchRoutes } from './pages/editor-search.routes.ts';
import { registerVideoRoutes } from './pages/videos.page.tsx';
import { registerFileRoutes } from './pages/files.page.tsx';
import { registerCaptionsRoutes } from './pages/captions.page.tsx';
import { registerCaptionEditorRoutes } from './pages/caption-editor.page.tsx';
import { registerPasswordRoutes } from './pages/set-password.page.tsx';
import { registerSignInRoutes } from './pages/sign-in.page.tsx';
import { registerTranslationEditRoutes } from './pages/translation-edit.page.tsx';
import { registerLiveEditRoutes } from './pages/live-edit.page.tsx';
import { registerTranslationRoutes } from './pages/translations.page.tsx';
import { registerUserRoutes } from './pages/users.page.tsx';
import { registerTokenRoutes } from './pages/tokens.page.tsx';
import { registerLocaleRoutes } from './pages/locales.page.tsx';
import { registerInterfaceStringRoutes } from './pages/interface-strings.page.tsx';
import { registerWorkflowRoutes } from './pages/workflow.routes.tsx';
import { registerPreviewLinkRoutes } from './pages/preview-link.page.tsx';
import { registerRevisionRoutes } from './pages/revisions.page.tsx';
import { registerScheduleRoutes } from './pages/schedule.page.tsx';
import { registerTreeRoutes } from './pages/tree.page.tsx';
import { registerMenuRoutes } from './pages/menus.page.tsx';
import { registerConsentRoutes } from './pages/consent.page.tsx';
import { registerJobRoutes } from './pages/jobs.page.tsx';
import { registerNotificationRoutes } from './pages/notifications.page.tsx';
import { registerSubmissionRoutes, type SubmissionsAdminDeps } from './pages/submissions.page.tsx';

/** The back office under /admin, in a context of its own so its hooks never touch public pages. */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps & Pick<SubmissionsAdminDeps, 'submissions'>): Promise<readonly AdminRouteInfo[]> {
  const routes: AdminRouteInfo[] = [];
  await app.register(async (admin) => {
    await registerAdminPipeline(admin, deps, routes);
    // The same context, its handlers typed by their route schemas (admin-schemas.ts).
    const typed = admin.withTypeProvider<TypeBoxTypeProvider>();
    registerSignInRoutes(typed, deps);
    registerPasswordRoutes(typed, deps);
    registerDocumentRoutes(typed, deps);
    registerDocumentCreateRoutes(typed, deps);
    registerDocumentOverviewRoutes(typed, deps);
    registerTranslationEditRoutes(typed, deps);
    registerLiveEditRoutes(typed, deps);
    registerEditorSearchRoutes(typed, deps);
    registerWorkflowRoutes(typed, deps);
    registerUserRoutes(admin, deps);
    registerTokenRoutes(typed, deps);
    registerLocaleRoutes(typed, deps);
    registerInterfaceStringRoutes(typed, deps);
    registerAuditRoutes(typed, deps);
    registerAccountRoutes(admin, deps);
    registerTranslationRoutes(typed, deps);
    registerMediaRoutes(admin, deps);
    registerVideoRoutes(admin, deps);
    registerFileRoutes(typed, deps);
    registerCaptionsRoutes(typed, deps);
    registerCaptionEditorRoutes(typed, deps);
    registerScheduleRoutes(typed, deps);
    registerRevisionRoutes(typed, deps);
    registerPreviewLinkRoutes(typed, deps);
    registerTreeRoutes(typed, deps);
    registerMenuRoutes(typed, deps);
    registerConsentRoutes(typed, deps);
    registerSubmissionRoutes(typed, deps);
    registerNotificationRoutes(typed, deps);
    registerJobRoutes(typed, deps);
  });
  return routes;
}

export type { AdminDeps, AdminRouteInfo };

import type { FastifyInstance } from 'fastify';
import { registerAdminPipeline, type AdminDeps, type AdminRouteInfo } from './admin-plugin.tsx';
import { registerAccountRoutes } from './pages/account.page.tsx';
import { registerAuditRoutes } from './pages/audit.page.tsx';
import { registerDocumentCreateRoutes } from './pages/document-new.page.tsx';
import { registerDocumentOverviewRoutes } from './pages/document.page.tsx';
import { registerDocumentRoutes } from './pages/documents.page.tsx';
import { registerMediaRoutes } from './pages/media.page.tsx';
import { registerVideoRoutes } from './pages/videos.page.tsx';
import { registerCaptionsRoutes } from './pages/captions.page.tsx';
import { registerPasswordRoutes } from './pages/set-password.page.tsx';
import { registerSignInRoutes } from './pages/sign-in.page.tsx';
import { registerTranslationEditRoutes } from './pages/translation-edit.page.tsx';
import { registerTranslationRoutes } from './pages/translations.page.tsx';
import { registerUserRoutes } from './pages/users.page.tsx';
import { registerTokenRoutes } from './pages/tokens.page.tsx';
import { registerWorkflowRoutes } from './pages/workflow.routes.tsx';
import { registerPreviewLinkRoutes } from './pages/preview-link.page.tsx';
import { registerRevisionRoutes } from './pages/revisions.page.tsx';
import { registerScheduleRoutes } from './pages/schedule.page.tsx';
import { registerTreeRoutes } from './pages/tree.page.tsx';
import { registerMenuRoutes } from './pages/menus.page.tsx';
import { registerConsentRoutes } from './pages/consent.page.tsx';
import { registerSubmissionRoutes, type SubmissionsAdminDeps } from './pages/submissions.page.tsx';

/** The back office under /admin, in a context of its own so its hooks never touch public pages. */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps & Pick<SubmissionsAdminDeps, 'submissions'>): Promise<readonly AdminRouteInfo[]> {
  const routes: AdminRouteInfo[] = [];
  await app.register(async (admin) => {
    await registerAdminPipeline(admin, deps, routes);
    registerSignInRoutes(admin, deps);
    registerPasswordRoutes(admin, deps);
    registerDocumentRoutes(admin, deps);
    registerDocumentCreateRoutes(admin, deps);
    registerDocumentOverviewRoutes(admin, deps);
    registerTranslationEditRoutes(admin, deps);
    registerWorkflowRoutes(admin, deps);
    registerUserRoutes(admin, deps);
    registerTokenRoutes(admin, deps);
    registerAuditRoutes(admin, deps);
    registerAccountRoutes(admin, deps);
    registerTranslationRoutes(admin, deps);
    registerMediaRoutes(admin, deps);
    registerVideoRoutes(admin, deps);
    registerCaptionsRoutes(admin, deps);
    registerScheduleRoutes(admin, deps);
    registerRevisionRoutes(admin, deps);
    registerPreviewLinkRoutes(admin, deps);
    registerTreeRoutes(admin, deps);
    registerMenuRoutes(admin, deps);
    registerConsentRoutes(admin, deps);
    registerSubmissionRoutes(admin, deps);
  });
  return routes;
}

export type { AdminDeps, AdminRouteInfo };

import { HTTP_ERRORS } from './http/http.errors.ts';
import { ACCOUNTS_ERRORS } from './modules/accounts/index.ts';
import { AUDIT_ERRORS } from './modules/audit/index.ts';
import { CONSENT_ERRORS } from './modules/consent/index.ts';
import { CONTENT_ERRORS } from './modules/content/index.ts';
import { FILES_ERRORS } from './modules/files/index.ts';
import { LOCALES_ERRORS } from './modules/locales/index.ts';
import { MACHINE_TRANSLATION_ERRORS } from './modules/machine-translation/index.ts';
import { MEDIA_ERRORS } from './modules/media/index.ts';
import { MEMORY_ERRORS } from './modules/translation-memory/index.ts';
import { NOTIFICATIONS_ERRORS } from './modules/notifications/index.ts';
import { POLICY_ERRORS } from './modules/policy/index.ts';
import { SEARCH_ERRORS } from './modules/search/index.ts';
import { SETTINGS_ERRORS } from './modules/settings/index.ts';
import { SUBMISSIONS_ERRORS } from './modules/submissions/index.ts';
import { TRANSLATION_JOBS_ERRORS } from './modules/translation-jobs/index.ts';
import { VIDEO_ERRORS } from './modules/video/index.ts';
import { WORKFLOW_ERRORS } from './modules/workflow/index.ts';
import { isAppError, type ErrorKind, type ErrorSpec, type ErrorTable } from './platform/errors.ts';

export interface CatalogEntry extends ErrorSpec {
  readonly code: string;
  /** The module that declares the code, or `http` for the HTTP layer's own. */
  readonly module: string;
}

/** Each table under the name of its owner, in the order docs/errors.md lists them. */
export const ERROR_TABLES: readonly { readonly module: string; readonly table: ErrorTable }[] = [
  { module: 'http', table: HTTP_ERRORS },
  { module: 'content', table: CONTENT_ERRORS },
  { module: 'policy', table: POLICY_ERRORS },
  { module: 'accounts', table: ACCOUNTS_ERRORS },
  { module: 'audit', table: AUDIT_ERRORS },
  { module: 'media', table: MEDIA_ERRORS },
  { module: 'video', table: VIDEO_ERRORS },
  { module: 'files', table: FILES_ERRORS },
  { module: 'workflow', table: WORKFLOW_ERRORS },
  { module: 'consent', table: CONSENT_ERRORS },
  { module: 'submissions', table: SUBMISSIONS_ERRORS },
  { module: 'search', table: SEARCH_ERRORS },
  { module: 'settings', table: SETTINGS_ERRORS },
  { module: 'locales', table: LOCALES_ERRORS },
  { module: 'notifications', table: NOTIFICATIONS_ERRORS },
  { module: 'translation-memory', table: MEMORY_ERRORS },
  { module: 'machine-translation', table: MACHINE_TRANSLATION_ERRORS },
  { module: 'translation-jobs', table: TRANSLATION_JOBS_ERRORS },
];

/** Every error code the application answers with: code → kind, status, when, module. */
export const ERROR_CATALOG: Readonly<Record<string, CatalogEntry>> = buildCatalog(ERROR_TABLES);

/** The catalog's entry for a code, or undefined (never an inherited property such as `toString`). */
export function findErrorEntry(code: string): CatalogEntry | undefined {
  return Object.hasOwn(ERROR_CATALOG, code) ? ERROR_CATALOG[code] : undefined;
}

/** The status of a kind, for an AppError whose code no table declares. */
export const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = Object.freeze({
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
});

/**
 * The HTTP status an error is answered with: an AppError's declared status (by code, else by
 * kind); a Fastify error's own `statusCode` when it is a 4xx; anything else 500.
 */
export function statusOf(error: unknown): number {
  if (isAppError(error)) return findErrorEntry(error.code)?.status ?? STATUS_BY_KIND[error.kind] ?? 500;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500 ? status : 500;
}

function buildCatalog(tables: typeof ERROR_TABLES): Readonly<Record<string, CatalogEntry>> {
  const catalog: Record<string, CatalogEntry> = {};
  for (const { module, table } of tables) {
    for (const [code, spec] of Object.entries(table)) {
      // Two modules claiming one code would make its status depend on the order of this list.
      const claimed = catalog[code];
      if (claimed) throw new Error(`Error code ${code} is declared by ${claimed.module} and ${module}`);
      catalog[code] = Object.freeze({ code, module, ...spec });
    }
  }
  return Object.freeze(catalog);
}

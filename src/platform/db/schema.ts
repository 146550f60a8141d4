import type { ColumnType } from 'kysely';

/** Table shapes as TypeScript sees them (camelCase through CamelCasePlugin). JSON columns are text. */
export interface DocumentsTable {
  id: string;
  type: string;
  parentId: string | null;
  position: number;
  fields: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TranslationsTable {
  id: string;
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  fields: string;
  status: string;
  version: number;
  sourceLocale: string | null;
  sourceVersion: number | null;
  sourceFingerprint: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentPathsTable {
  documentId: string;
  locale: string;
  path: string;
}

export interface PathRedirectsTable {
  locale: string;
  path: string;
  documentId: string;
  createdAt: string;
}

export interface RevisionsTable {
  id: string;
  documentId: string;
  locale: string | null;
  version: number;
  snapshot: string;
  author: string | null;
  createdAt: string;
}

export interface MenuItemsTable {
  id: string;
  menu: string;
  parentId: string | null;
  position: number;
  documentId: string;
}

export interface SiteSettingsTable {
  key: string;
  value: ColumnType<string, string, string>;
}

export interface MediaAssetsTable {
  id: string;
  kind: string;
  width: number;
  height: number;
  variants: string;
  createdAt: string;
  displayName: ColumnType<string, string | undefined, string>;
  sourceType: string | null;
  sourceBytes: number | null;
  focalX: ColumnType<number, number | undefined, number>;
  focalY: ColumnType<number, number | undefined, number>;
}

export interface MediaAltTextsTable {
  assetId: string;
  locale: string;
  text: string;
  updatedAt: string;
}

export interface UsersTable {
  id: string;
  email: string;
  displayName: string;
  role: string;
  locales: string;
  uiLocale: string;
  passwordHash: string | null;
  createdAt: string;
  disabledAt: string | null;
}

export interface SessionsTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface AccountTokensTable {
  id: string;
  userId: string | null;
  purpose: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface SignInFailuresTable {
  id: string;
  key: string;
  failedAt: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  documentId: string | null;
  locale: string | null;
  details: string;
}

export interface ScheduledChangesTable {
  id: string;
  documentId: string;
  locale: string;
  action: string;
  runAt: string;
  timeZone: string;
  createdBy: string;
  createdAt: string;
  doneAt: string | null;
  error: string | null;
  /** Held by a runner until then; an expired lease is free to take again. */
  claimedUntil: string | null;
}

export interface Schema {
  documents: DocumentsTable;
  translations: TranslationsTable;
  documentPaths: DocumentPathsTable;
  pathRedirects: PathRedirectsTable;
  revisions: RevisionsTable;
  menuItems: MenuItemsTable;
  siteSettings: SiteSettingsTable;
  mediaAssets: MediaAssetsTable;
  mediaAltTexts: MediaAltTextsTable;
  users: UsersTable;
  sessions: SessionsTable;
  accountTokens: AccountTokensTable;
  signInFailures: SignInFailuresTable;
  auditLog: AuditLogTable;
  scheduledChanges: ScheduledChangesTable;
}

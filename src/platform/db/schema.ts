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
  /** IANA zone the back office shows dates in; null follows the organisation's. */
  timeZone: string | null;
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

/** JSON text: `scopes` a list of TokenScope; `locales` a list of LocaleCode, or null for every locale. */
export interface ApiTokensTable {
  id: string;
  name: string;
  secretHash: string;
  scopes: string;
  locales: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
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
  requestId: string | null;
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

/** Video jobs and their results; one row per uploaded video. */
export interface VideosTable {
  id: string;
  /** sha-256 of the original, hex; files are named after its first 20 characters. */
  hash: string;
  displayName: string;
  sourceType: string;
  /** bigint: PostgreSQL hands it back as a string. */
  bytes: ColumnType<number | string, number, number>;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  status: string;
  /** JSON array of VideoFile (renditions and poster). */
  renditions: string;
  progress: number;
  attempts: number;
  error: string | null;
  /** Held by a worker until then; a queued job waiting out its retry back-off is not taken before it either. */
  claimedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Downloadable files (PDF); the bytes live in the media folder under their hash. */
export interface FilesTable {
  id: string;
  /** sha-256 of the bytes, hex: the stored file's name. */
  hash: string;
  displayName: string;
  fileType: string;
  /** bigint: PostgreSQL hands it back as a string. */
  bytes: ColumnType<number | string, number, number>;
  createdAt: string;
}

export interface ConsentRecordsTable {
  id: string;
  documentId: string;
  personLabel: string;
  formReference: string | null;
  /** 0 or 1, alike on SQLite and PostgreSQL. */
  identifiable: number;
  minor: number;
  guardianConsent: number;
  /** JSON array of channel names. */
  channels: string;
  collectedAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StorySubmissionsTable {
  id: string;
  locale: string;
  displayName: string;
  originCountry: string;
  residenceCountry: string;
  story: string;
  storyLanguage: string;
  photoImageId: string | null;
  videoId: string | null;
  consentTextVersion: string;
  consentedAt: string;
  status: string;
  moderatedBy: string | null;
  moderatedAt: string | null;
  storyDocumentId: string | null;
  createdAt: string;
}

/** Kept apart from story_submissions so contact details can be erased on their own. */
export interface SubmissionContactsTable {
  submissionId: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
}

/** The working copy of a published translation (see the migration that creates it). */
export interface PendingTranslationsTable {
  translationId: string;
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  fields: string;
  /** 'draft' or 'in_review'. */
  reviewState: string;
  sourceVersion: number | null;
  sourceFingerprint: string | null;
  savedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The source cues a translated caption track was made from (content module, caption-tracks.ts). */
export interface CaptionTrackSourcesTable {
  documentId: string;
  locale: string;
  /** The field of kind `captions`: captions, descriptions. */
  track: string;
  sourceLocale: string;
  /** captionFingerprint of the source's track when this one was saved. */
  sourceFingerprint: string;
  /** The source's track then, as normalised WebVTT: which cues changed since. */
  sourceVtt: string;
  updatedAt: string;
}

/** One step of a translation's review: submitted, changes-requested, published, discarded. */
export interface ReviewNotesTable {
  id: string;
  documentId: string;
  locale: string;
  step: string;
  message: string;
  actorId: string;
  version: number;
  at: string;
}

/** A configured locale; `fallbacks` is a JSON list of tags, booleans are 0/1. */
export interface LocalesTable {
  tag: string;
  position: number;
  enabled: number;
  isDefault: number;
  dirOverride: string | null;
  fallbacks: string;
  prefix: string;
  updatedAt: string;
}

/** An interface string edited in the back office, overriding the shipped catalog for one locale. */
export interface InterfaceStringsTable {
  locale: string;
  key: string;
  message: string;
  updatedBy: string;
  updatedAt: string;
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
  apiTokens: ApiTokensTable;
  signInFailures: SignInFailuresTable;
  auditLog: AuditLogTable;
  scheduledChanges: ScheduledChangesTable;
  videos: VideosTable;
  files: FilesTable;
  consentRecords: ConsentRecordsTable;
  storySubmissions: StorySubmissionsTable;
  submissionContacts: SubmissionContactsTable;
  pendingTranslations: PendingTranslationsTable;
  reviewNotes: ReviewNotesTable;
  captionTrackSources: CaptionTrackSourcesTable;
  locales: LocalesTable;
  interfaceStrings: InterfaceStringsTable;
  notifications: NotificationsTable;
  notificationPreferences: NotificationPreferencesTable;
  memorySegments: MemorySegmentsTable;
  glossaryTerms: GlossaryTermsTable;
  machineTranslationSettings: MachineTranslationSettingsTable;
  machineTranslations: MachineTranslationsTable;
  translationJobs: TranslationJobsTable;
  translationJobDocuments: TranslationJobDocumentsTable;
  translationJobLocales: TranslationJobLocalesTable;
  translationJobItems: TranslationJobItemsTable;
  translationJobEvents: TranslationJobEventsTable;
}

/** One notice to one back-office person, and the outbox state of its e-mail. */
export interface NotificationsTable {
  id: string;
  userId: string;
  /** review-requested, changes-requested, published, schedule-failed, story-submitted, translation-assigned. */
  kind: string;
  documentId: string | null;
  locale: string | null;
  /** What it is about: a translation's title, a story's sender name. */
  subject: string;
  /** What the actor wrote (a reviewer's comment), or an error; may be empty. */
  message: string;
  actorName: string | null;
  /** The back-office address of the item, from /admin. */
  path: string;
  createdAt: string;
  readAt: string | null;
  /** pending | digest | sent | none | failed. */
  mailState: string;
  attempts: number;
  nextAttemptAt: string | null;
  claimedUntil: string | null;
  sentAt: string | null;
  lastError: string | null;
}

/** How one person wants each kind of notice: immediate, digest or off (in-app only). */
export interface NotificationPreferencesTable {
  userId: string;
  kind: string;
  delivery: string;
  updatedAt: string;
}

/** A segment pair of the translation memory (see the translation-memory module). */
export interface MemorySegmentsTable {
  id: string;
  sourceLocale: string;
  targetLocale: string;
  /** SHA-256 of the normalised source words (xliff's segmentHash). */
  sourceHash: string;
  sourcePlain: string;
  sourceLength: number;
  /** CodedText as JSON. */
  sourceCoded: string;
  targetHash: string;
  targetPlain: string;
  targetCoded: string;
  documentId: string | null;
  /** publish or import. */
  origin: string;
  updatedAt: string;
}

/** A glossary term of one locale pair. */
export interface GlossaryTermsTable {
  id: string;
  sourceLocale: string;
  targetLocale: string;
  term: string;
  translation: string;
  doNotTranslate: number;
  note: string;
  updatedBy: string;
  updatedAt: string;
}

/** The machine translation settings: one row, id 'default'. */
export interface MachineTranslationSettingsTable {
  id: string;
  /** 0 or 1. */
  enabled: number;
  /** deepl | libretranslate. */
  provider: string;
  baseUrl: string;
  /** The API key sealed with AES-256-GCM under SECRET_KEY (`v1:nonce:tag:ciphertext`); never the key itself. */
  apiKeySealed: string | null;
  /** The key's last four characters, to show which key is set. */
  keyHint: string | null;
  /** JSON array of { from, to } locale pairs. */
  pairs: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** A translation whose pending text a machine wrote: the mark holds while that text is unchanged. */
export interface MachineTranslationsTable {
  documentId: string;
  locale: string;
  /** The translation's version the machine's save made. */
  version: number;
  /** textFingerprint of the text the machine saved. */
  fingerprint: string;
  provider: string;
  segments: number;
  fromMemory: number;
  createdBy: string;
  createdAt: string;
}

/** A batch of documents sent for translation; the assignee is an account or an agency named in words (or nobody yet). */
export interface TranslationJobsTable {
  id: string;
  name: string;
  sourceLocale: string;
  /** preparing | sent | partly_returned | returned | closed. */
  state: string;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  assigneeUserId: string | null;
  assigneeAgency: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface TranslationJobDocumentsTable {
  jobId: string;
  documentId: string;
  position: number;
  addedAt: string;
}

/** One target locale of a job: pending | sent | partly_returned | returned. */
export interface TranslationJobLocalesTable {
  jobId: string;
  locale: string;
  state: string;
  exportedAt: string | null;
  returnedAt: string | null;
}

/** One document in one target locale: pending | sent | returned | not_returned | stale (source changed). */
export interface TranslationJobItemsTable {
  jobId: string;
  documentId: string;
  locale: string;
  state: string;
  /** The source translation's version when it was last exported. */
  sourceVersion: number | null;
  exportedAt: string | null;
  returnedAt: string | null;
  /** The translation's version the last import saved. */
  importedVersion: number | null;
}

/** A step in a job's history; `details` is JSON (counts, locales, the documents concerned). */
export interface TranslationJobEventsTable {
  id: string;
  jobId: string;
  at: string;
  actorId: string;
  kind: string;
  locale: string | null;
  details: string;
}

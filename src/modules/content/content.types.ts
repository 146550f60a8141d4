import type { LocaleCode } from '../locales/index.ts';
import type { RichTextDoc } from './rich-text.ts';

export type TranslationStatus = 'draft' | 'in_review' | 'published' | 'archived';
export const TRANSLATION_STATUSES: readonly TranslationStatus[] = ['draft', 'in_review', 'published', 'archived'];

export type FieldValues = Readonly<Record<string, unknown>>;

/** The language-neutral part of a piece of content. */
export interface ContentDocument {
  readonly id: string;
  readonly type: string;
  readonly parentId: string | null;
  readonly position: number;
  readonly fields: FieldValues;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One locale's version of a document, with its own status and version counter. */
export interface Translation {
  readonly id: string;
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly body: RichTextDoc;
  readonly fields: FieldValues;
  readonly status: TranslationStatus;
  readonly version: number;
  readonly sourceLocale: LocaleCode | null;
  /** Version of the source translation this one was last made from; null for the source itself. */
  readonly sourceVersion: number | null;
  /** Fingerprint of that source text; differs from the source's current one when outdated. */
  readonly sourceFingerprint: string | null;
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TranslationInput {
  readonly slug: string;
  readonly title: string;
  readonly summary?: string;
  readonly body?: RichTextDoc;
  readonly fields?: FieldValues;
  readonly sourceLocale?: LocaleCode | null;
}

/** A translation without its body: what listings and cards show, read without the text. */
export type TranslationSummary = Omit<Translation, 'body'>;

/** A document as a visitor in `locale` sees it in a listing (see LocalizedDocument). */
export interface LocalizedSummary extends Omit<LocalizedDocument, 'translation'> {
  readonly translation: TranslationSummary;
}

/** A document as a visitor in `locale` sees it: its own translation, or a declared fallback. */
export interface LocalizedDocument {
  readonly document: ContentDocument;
  readonly translation: Translation;
  /** The locale asked for; differs from translation.locale when a fallback is shown. */
  readonly locale: LocaleCode;
  readonly isFallback: boolean;
  /** Public path in `locale`, without the locale prefix ("" for the home page). */
  readonly path: string | undefined;
}

export interface Revision {
  readonly id: string;
  readonly documentId: string;
  readonly locale: LocaleCode | null;
  readonly version: number;
  readonly snapshot: unknown;
  readonly author: string | null;
  readonly createdAt: string;
}

export interface MenuEntry {
  readonly documentId: string;
  readonly label: string;
  readonly labelLocale: LocaleCode;
  readonly path: string;
  readonly children: readonly MenuEntry[];
}

export type { Actor } from '../accounts/index.ts';
export { SYSTEM as SYSTEM_ACTOR } from '../accounts/index.ts';

/** Where a published translation's working copy stands in review. */
export type ReviewState = 'draft' | 'in_review';

/**
 * The working copy of a published translation: what editors saved since it was published. Visitors,
 * search, feeds, sitemaps, the export and the API keep reading the published text until a publish.
 */
export interface PendingVersion {
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly body: RichTextDoc;
  readonly fields: FieldValues;
  readonly reviewState: ReviewState;
  readonly sourceVersion: number | null;
  readonly sourceFingerprint: string | null;
  readonly savedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A translation as its editors work on it: the stored row, its working copy if any, and the text to edit. */
export interface WorkingCopy {
  /** The stored translation: for a published one, the text visitors see. */
  readonly translation: Translation;
  readonly pending: PendingVersion | undefined;
  /** The text to edit and preview: the working copy over the published text, or the translation itself. */
  readonly text: Translation;
}

export type ReviewStep = 'submitted' | 'changes-requested' | 'published' | 'discarded';

/** One step of a translation's review, with what its author wrote (a message, a reviewer's comment). */
export interface ReviewNote {
  readonly id: string;
  readonly documentId: string;
  readonly locale: LocaleCode;
  readonly step: ReviewStep;
  readonly message: string;
  readonly actorId: string;
  readonly version: number;
  readonly at: string;
}

/** A translation waiting for a reviewer: new work in review, or changes to a published page. */
export interface ReviewQueueItem {
  readonly documentId: string;
  readonly type: string;
  readonly locale: LocaleCode;
  readonly title: string;
  readonly version: number;
  /** Changes to a page visitors already see, rather than a first publication. */
  readonly isPendingChange: boolean;
  readonly waitingSince: string;
}

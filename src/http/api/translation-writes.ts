import type { Static } from 'typebox';
import {
  CONTENT_VERSION_CONFLICT,
  invalidContent,
  isRichTextDoc,
  validateRichText,
  type ContentDocument,
  type ContentModule,
  type Translation,
  type TranslationInput,
  type WorkingCopy,
} from '../../modules/content/index.ts';

import { AppError, isAppError } from '../../platform/errors.ts';
import { API_PRECONDITION_FAILED, API_PRECONDITION_REQUIRED } from '../http.errors.ts';
import type { TranslationText } from './management-schemas.ts';

/** What the management routes share: ETags and If-Match, stale writes as failed preconditions, answers. */

/** The sent text for the content operation; a body that is not rich text is refused with its path. */
export function toInput(sent: Static<typeof TranslationText>): TranslationInput {
  const { body, ...rest } = sent;
  if (body === undefined) return rest;
  if (!isRichTextDoc(body)) throw invalidContent(validateRichText(body, 'body'));
  return { ...rest, body };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version named in If-Match ("3", W/"3"); a write to something that exists must name one. */
export function requiredVersion(header: string | undefined, sent: unknown): number {
  if (header === undefined) {
    throw new AppError(API_PRECONDITION_REQUIRED, 'validation', 'Send the version you read in If-Match, so a change made meanwhile is not overwritten.');
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new PreconditionFailed('If-Match must be the ETag you read, such as "3".', sent);
  return Number(match[1]);
}

/** A save on a stale version is a failed precondition for HTTP clients, and keeps what they sent. */
export async function conflictsAsPreconditions<T>(sent: unknown, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isAppError(error) && error.code === CONTENT_VERSION_CONFLICT) throw new PreconditionFailed(error.message, sent);
    throw error;
  }
}

class PreconditionFailed extends AppError {
  readonly extensions: { readonly sent: unknown };
  constructor(message: string, sent: unknown) {
    super(API_PRECONDITION_FAILED, 'conflict', message);
    this.extensions = { sent };
  }
}

function textOf(t: Translation) {
  return { slug: t.slug, title: t.title, summary: t.summary, body: t.body, fields: t.fields };
}

export function toTranslationState(copy: WorkingCopy) {
  const { translation, pending } = copy;
  return {
    documentId: translation.documentId,
    locale: translation.locale,
    status: translation.status,
    version: translation.version,
    sourceLocale: translation.sourceLocale,
    publishedAt: translation.publishedAt,
    updatedAt: translation.updatedAt,
    published: translation.status === 'published' ? textOf(translation) : null,
    pending: pending ? { reviewState: pending.reviewState, savedBy: pending.savedBy, updatedAt: pending.updatedAt } : null,
    text: textOf(copy.text),
  };
}

export async function toDocumentState(content: ContentModule, document: ContentDocument) {
  const copies = await content.service.listWorkingCopies(document.id);
  return {
    ...document,
    translations: copies.map((c) => ({ locale: c.translation.locale, status: c.translation.status, version: c.translation.version, title: c.text.title, hasPendingChanges: c.pending !== undefined })),
  };
}

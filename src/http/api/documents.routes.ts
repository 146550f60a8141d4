import type { Static } from 'typebox';
import {
  CONTENT_VERSION_CONFLICT,
  invalidContent,
  isRichTextDoc,
  validateRichText,
  type ContentDocument,
  type TranslationInput,
  type ContentModule,
  type Translation,
  type WorkingCopy,
} from '../../modules/content/index.ts';
import { LOCALE_CODES, type LocaleCode } from '../../modules/locales/index.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { API_PRECONDITION_FAILED, API_PRECONDITION_REQUIRED } from '../http.errors.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import {
  DocumentChange,
  DocumentParams,
  DocumentState,
  IfMatchHeaders,
  MANAGEMENT_ERRORS,
  NewDocument,
  StepBody,
  StepParams,
  TranslationParams,
  TranslationState,
  TranslationText,
  WRITE_ERRORS,
} from './management-schemas.ts';

const TAGS = ['management'];
const SECURITY = [{ bearerAuth: [] }];

/**
 * Documents and translations for programs holding an API token: read the working copy, create,
 * save with If-Match, take workflow steps. Each route parses and calls a content operation with
 * the token's actor; the operation decides (the same policy as the back office).
 */
export function registerDocumentRoutes(api: ApiInstance, content: ContentModule): void {
  const { service } = content;

  api.post(
    '/documents',
    {
      schema: {
        operationId: 'createDocument',
        tags: TAGS,
        summary: 'Create a document with its first translation (a draft)',
        security: SECURITY,
        body: NewDocument,
        response: { 201: { ...TranslationState, description: 'The new translation; `Location` names the document.' }, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { type, parentId, fields, locale, translation } = request.body;
      const created = await service.createDocumentWithTranslation({ type, parentId: parentId ?? null, fields: fields ?? {}, locale, translation: toInput(translation), actor: tokenActorOf(request) });
      const copy = (await service.findWorkingCopy(created.document.id, locale))!;
      return reply.code(201).header('location', `/api/v1/documents/${created.document.id}`).header('etag', etagOf(copy.translation.version)).send(toTranslationState(copy));
    },
  );

  api.get(
    '/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        tags: TAGS,
        summary: 'A document, its shared fields and the state of each translation',
        security: SECURITY,
        params: DocumentParams,
        response: { 200: DocumentState, ...MANAGEMENT_ERRORS },
      },
    },
    async (request, reply) => {
      const document = await service.readDocument(tokenActorOf(request), request.params.id);
      return reply.header('etag', etagOf(document.version)).send(await toDocumentState(content, document));
    },
  );

  api.patch(
    '/documents/:id',
    {
      schema: {
        operationId: 'updateDocument',
        tags: TAGS,
        summary: 'Change shared fields or the parent of the version named in If-Match',
        security: SECURITY,
        params: DocumentParams,
        headers: IfMatchHeaders,
        body: DocumentChange,
        response: { 200: DocumentState, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const expectedVersion = requiredVersion(request.headers['if-match'], request.body);
      const updated = await conflictsAsPreconditions(request.body, () =>
        service.updateDocument({ id: request.params.id, expectedVersion, ...request.body, actor: tokenActorOf(request) }),
      );
      return reply.header('etag', etagOf(updated.version)).send(await toDocumentState(content, updated));
    },
  );

  api.get(
    '/documents/:id/translations/:locale',
    {
      schema: {
        operationId: 'getTranslation',
        tags: TAGS,
        summary: 'A translation: its text to edit (the working copy of a published page) and what is live',
        security: SECURITY,
        params: TranslationParams,
        response: { 200: TranslationState, ...MANAGEMENT_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale } = request.params;
      const copy = await service.readWorkingCopy(tokenActorOf(request), id, locale);
      return reply.header('etag', etagOf(copy.translation.version)).send(toTranslationState(copy));
    },
  );

  api.put(
    '/documents/:id/translations/:locale',
    {
      schema: {
        operationId: 'saveTranslation',
        tags: TAGS,
        summary: 'Save a translation: creates it, or changes the version named in If-Match',
        description:
          'A published translation keeps its published text: the save becomes its working copy, which visitors, search, feeds and delivery never see until someone allowed to publish publishes it.',
        security: SECURITY,
        params: TranslationParams,
        headers: IfMatchHeaders,
        body: TranslationText,
        response: { 200: TranslationState, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale } = request.params;
      await service.readDocument(tokenActorOf(request), id);
      const exists = (await service.findTranslation(id, locale)) !== undefined;
      const expectedVersion = exists ? requiredVersion(request.headers['if-match'], request.body) : 0;
      await conflictsAsPreconditions(request.body, () =>
        service.saveTranslation({ documentId: id, locale, expectedVersion, translation: toInput(request.body), actor: tokenActorOf(request) }),
      );
      const copy = (await service.findWorkingCopy(id, locale))!;
      return reply.header('etag', etagOf(copy.translation.version)).send(toTranslationState(copy));
    },
  );

  api.post(
    '/documents/:id/translations/:locale/:action',
    {
      schema: {
        operationId: 'takeWorkflowStep',
        tags: TAGS,
        summary: 'Take a workflow step: submit, request-changes, publish, unpublish, archive, discard',
        description: 'Publishing runs the publish checks (alt text, consent) and refuses with their reasons in `errors`.',
        security: SECURITY,
        params: StepParams,
        headers: IfMatchHeaders,
        body: StepBody,
        response: { 200: TranslationState, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale, action } = request.params;
      const expectedVersion = requiredVersion(request.headers['if-match'], request.body);
      await conflictsAsPreconditions(request.body, () =>
        service.transition({ documentId: id, locale, action, expectedVersion, message: request.body.message ?? '', actor: tokenActorOf(request) }),
      );
      const copy = (await service.findWorkingCopy(id, locale))!;
      return reply.header('etag', etagOf(copy.translation.version)).send(toTranslationState(copy));
    },
  );
}

/** The sent text for the content operation; a body that is not rich text is refused with its path. */
function toInput(sent: Static<typeof TranslationText>): TranslationInput {
  const { body, ...rest } = sent;
  if (body === undefined) return rest;
  if (!isRichTextDoc(body)) throw invalidContent(validateRichText(body, 'body'));
  return { ...rest, body };
}

function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version named in If-Match ("3", W/"3"); a write to something that exists must name one. */
function requiredVersion(header: string | undefined, sent: unknown): number {
  if (header === undefined) {
    throw new AppError(API_PRECONDITION_REQUIRED, 'validation', 'Send the version you read in If-Match, so a change made meanwhile is not overwritten.');
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new PreconditionFailed('If-Match must be the ETag you read, such as "3".', sent);
  return Number(match[1]);
}

/** A save on a stale version is a failed precondition for HTTP clients, and keeps what they sent. */
async function conflictsAsPreconditions<T>(sent: unknown, write: () => Promise<T>): Promise<T> {
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

function toTranslationState(copy: WorkingCopy) {
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

async function toDocumentState(content: ContentModule, document: ContentDocument) {
  const copies = (await Promise.all(LOCALE_CODES.map((locale: LocaleCode) => content.service.findWorkingCopy(document.id, locale)))).filter((c): c is WorkingCopy => c !== undefined);
  return {
    ...document,
    translations: copies.map((c) => ({ locale: c.translation.locale, status: c.translation.status, version: c.translation.version, title: c.text.title, hasPendingChanges: c.pending !== undefined })),
  };
}

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
import type { LocaleCode } from '../../modules/locales/index.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { API_PRECONDITION_FAILED, API_PRECONDITION_REQUIRED } from '../http.errors.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import { conflictsAsPreconditions, etagOf, requiredVersion, toDocumentState, toInput, toTranslationState } from './translation-writes.ts';
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

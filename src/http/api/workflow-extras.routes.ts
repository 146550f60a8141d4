import { Type } from 'typebox';
import { CAPTION_LIMITS } from '../../modules/captions/index.ts';
import { findContentType, invalidContent, type ContentModule } from '../../modules/content/index.ts';
import { SCHEDULED_ACTIONS, type WorkflowModule } from '../../modules/workflow/index.ts';
import { AppError } from '../../platform/errors.ts';
import { HTTP_NOT_FOUND } from '../http.errors.ts';
import { Timestamp } from './api-schemas.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import { DocumentId, MANAGEMENT_ERRORS, TranslationParams, TranslationState, WRITE_ERRORS } from './management-schemas.ts';
import { conflictsAsPreconditions, etagOf, requiredVersion, toTranslationState } from './translation-writes.ts';

const TAGS = ['management'];
const SECURITY = [{ bearerAuth: [] }];

const ScheduledChange = Type.Object({
  id: Type.String(),
  documentId: Type.String(),
  locale: Type.String(),
  action: Type.Enum([...SCHEDULED_ACTIONS]),
  runAt: Timestamp,
  timeZone: Type.String(),
  createdBy: Type.String(),
  createdAt: Timestamp,
  doneAt: Type.Union([Timestamp, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});

/**
 * Scheduled publishing and caption tracks for API clients: the same workflow and caption
 * operations the back office calls, with the token's actor.
 */
export function registerWorkflowExtraRoutes(api: ApiInstance, deps: { content: ContentModule; workflow: WorkflowModule }): void {
  const { content, workflow } = deps;

  api.get(
    '/documents/:id/translations/:locale/schedule',
    {
      schema: {
        operationId: 'listScheduledChanges',
        tags: TAGS,
        summary: 'The changes still to run on a translation, soonest first',
        security: SECURITY,
        params: TranslationParams,
        response: { 200: Type.Object({ items: Type.Array(ScheduledChange) }), ...MANAGEMENT_ERRORS },
      },
    },
    async (request) => {
      const { id, locale } = request.params;
      await content.service.readWorkingCopy(tokenActorOf(request), id, locale);
      return { items: await workflow.schedule.listPending({ documentId: id, locale }) };
    },
  );

  api.post(
    '/documents/:id/translations/:locale/schedule',
    {
      schema: {
        operationId: 'scheduleChange',
        tags: TAGS,
        summary: 'Schedule a publish or unpublish at a local date and time in an IANA time zone',
        description: 'Publishing a translation with a working copy publishes the copy at that moment. Needs the `publish` scope.',
        security: SECURITY,
        params: TranslationParams,
        body: Type.Object({
          action: Type.Enum([...SCHEDULED_ACTIONS]),
          date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, local to `timeZone`.' }),
          time: Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'HH:MM, local to `timeZone`.' }),
          timeZone: Type.String({ maxLength: 64, description: 'An IANA zone, e.g. Europe/Zurich.' }),
        }),
        response: { 201: Type.Object({ ...ScheduledChange.properties, ambiguous: Type.Boolean({ description: 'The local time occurs twice (clocks going back); the first is used.' }) }), ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale } = request.params;
      const change = await workflow.schedule.scheduleChange({ documentId: id, locale, ...request.body, actor: tokenActorOf(request) });
      return reply.code(201).send(change);
    },
  );

  api.delete(
    '/documents/:id/translations/:locale/schedule/:change',
    {
      schema: {
        operationId: 'cancelScheduledChange',
        tags: TAGS,
        summary: 'Cancel a change that has not run yet',
        security: SECURITY,
        params: Type.Object({ ...TranslationParams.properties, change: DocumentId }),
        response: { 204: Type.Null({ description: 'Cancelled.' }), ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale, change } = request.params;
      await workflow.schedule.cancelChange({ id: change, documentId: id, locale, actor: tokenActorOf(request) });
      return reply.code(204).send(null);
    },
  );

  // A caption track travels as itself (WebVTT or SRT), bounded like the back office's upload.
  api.addContentTypeParser(['text/vtt', 'application/x-subrip'], { parseAs: 'buffer', bodyLimit: CAPTION_LIMITS.maxBytes }, (_request, body, done) => done(null, body));

  api.put(
    '/documents/:id/translations/:locale/captions/:track',
    {
      schema: {
        operationId: 'putCaptionTrack',
        tags: TAGS,
        summary: 'Replace a caption track of a translation (WebVTT, or SRT converted to WebVTT)',
        description:
          'The body is the file itself (`Content-Type: text/vtt` or `application/x-subrip`). It is checked line by line: a broken file is refused with each problem and its line in `errors`, and nothing changes. A published translation gets the track in its working copy.',
        security: SECURITY,
        params: Type.Object({ ...TranslationParams.properties, track: Type.String({ maxLength: 40, pattern: '^[a-zA-Z]+$' }) }),
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 200 })) }),
        body: Type.Unknown({ description: 'The caption file.' }),
        response: { 200: TranslationState, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, locale, track } = request.params;
      const actor = tokenActorOf(request);
      await content.service.readWorkingCopy(actor, id, locale);
      const document = await content.service.readDocument(actor, id);
      const isTrack = findContentType(document.type)?.translatableFields.some((f) => f.name === track && f.kind === 'captions') ?? false;
      if (!isTrack) throw new AppError(HTTP_NOT_FOUND, 'not_found', `This document has no caption track named ${track}.`);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes)) throw invalidContent([{ path: 'body', message: 'send the file as text/vtt or application/x-subrip' }]);
      const expectedVersion = requiredVersion(request.headers['if-match'], { track });
      // The caption track operation: the back office's upload and editor save through it too.
      await conflictsAsPreconditions({ track }, () => content.captionTracks.saveTrack({ documentId: id, locale, track, text: bytes, expectedVersion, actor, via: 'api' }));
      const saved = await content.service.readWorkingCopy(actor, id, locale);
      return reply.header('etag', etagOf(saved.translation.version)).send(toTranslationState(saved));
    },
  );
}

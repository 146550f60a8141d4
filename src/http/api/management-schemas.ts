import { Type } from 'typebox';
import { WORKFLOW_ACTIONS } from '../../modules/content/index.ts';
import { LocaleCode, problem, RichTextDoc, Timestamp } from './api-schemas.ts';

/** The shapes of the management API: documents, translations with their working copy, workflow steps. */

const FieldValues = Type.Record(Type.String(), Type.Unknown(), { description: 'Field values by name, as the content type declares them.' });
const Status = Type.Enum(['draft', 'in_review', 'published', 'archived']);
const ReviewState = Type.Enum(['draft', 'in_review'], { description: 'Where the working copy stands in review.' });
export const DocumentId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

export const DocumentParams = Type.Object({ id: DocumentId });
export const TranslationParams = Type.Object({ id: DocumentId, locale: LocaleCode });
export const StepParams = Type.Object({ id: DocumentId, locale: LocaleCode, action: Type.Enum([...WORKFLOW_ACTIONS]) });

export const TranslationText = Type.Object(
  {
    slug: Type.String({ maxLength: 200, description: 'The address segment in this locale ("" only for the home page).' }),
    title: Type.String({ maxLength: 500 }),
    summary: Type.Optional(Type.String({ maxLength: 5000 })),
    body: Type.Optional(RichTextDoc),
    fields: Type.Optional(FieldValues),
  },
  { description: 'The text of a translation, as sent and as stored.' },
);

export const TranslationState = Type.Object(
  {
    documentId: Type.String(),
    locale: LocaleCode,
    status: Status,
    version: Type.Integer({ description: 'Send it back in If-Match to change this translation (also the ETag).' }),
    sourceLocale: Type.Union([LocaleCode, Type.Null()]),
    publishedAt: Type.Union([Timestamp, Type.Null()]),
    updatedAt: Timestamp,
    published: Type.Union([TranslationText, Type.Null()], { description: 'What visitors see: the published text, null when not published.' }),
    pending: Type.Union([Type.Object({ reviewState: ReviewState, savedBy: Type.String(), updatedAt: Timestamp }), Type.Null()], {
      description: 'Set when a published translation has changes waiting to be published.',
    }),
    text: TranslationText,
  },
  { description: 'A translation as its editors see it: the text to edit (the working copy of a published page), and what is live.' },
);

export const DocumentState = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
    position: Type.Integer(),
    fields: FieldValues,
    version: Type.Integer({ description: 'Send it back in If-Match to change the shared fields (also the ETag).' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    translations: Type.Array(
      Type.Object({ locale: LocaleCode, status: Status, version: Type.Integer(), title: Type.String(), hasPendingChanges: Type.Boolean() }),
    ),
  },
  { description: 'A document with the state of each of its translations.' },
);

export const NewDocument = Type.Object({
  type: Type.String({ maxLength: 40 }),
  parentId: Type.Optional(Type.Union([DocumentId, Type.Null()])),
  fields: Type.Optional(FieldValues),
  locale: LocaleCode,
  translation: TranslationText,
});

export const DocumentChange = Type.Object({
  fields: Type.Optional(FieldValues),
  parentId: Type.Optional(Type.Union([DocumentId, Type.Null()])),
});

export const StepBody = Type.Object({ message: Type.Optional(Type.String({ maxLength: 2000, description: 'For the reviewer (submit) or the author (request-changes, required).' })) });

export const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 200, description: 'The version you read, as its ETag ("3").' })) });

/** The refusals a management operation may answer with. */
export const MANAGEMENT_ERRORS = {
  400: problem('The body or a parameter is invalid (`HTTP_BAD_REQUEST`, `CONTENT_INVALID`…, each field in `errors`).'),
  401: problem('No token, or an unknown, expired or revoked one (`API_UNAUTHENTICATED`).'),
  403: problem('The token may not do this, or not in this locale (`POLICY_FORBIDDEN`).'),
  404: problem('No such document or translation.'),
  429: problem('Too many requests with this token (`ACCOUNTS_API_RATE_LIMITED`); `Retry-After` says when to try again.'),
  500: problem('Something failed on the server (`INTERNAL_ERROR`).'),
} as const;

export const WRITE_ERRORS = {
  ...MANAGEMENT_ERRORS,
  409: problem('The step does not apply where the translation stands, or the address is taken (`CONTENT_TRANSITION_NOT_ALLOWED`, `CONTENT_SLUG_TAKEN`).'),
  412: problem('If-Match names an older version: someone changed it since you read it (`API_PRECONDITION_FAILED`); `sent` holds what you sent, nothing was written.'),
  428: problem('A change to something that exists needs If-Match (`API_PRECONDITION_REQUIRED`).'),
} as const;

import { Type } from 'typebox';
import { MENUS } from '../../modules/content/index.ts';
import { DELIVERY_CACHE_CONTROL } from './delivery-http.ts';

/**
 * The shapes the delivery API answers with. Schemas with an `$id` are added to the context once
 * (api.plugin.ts) and become `components.schemas` in the OpenAPI document.
 */

// Locales are data: the schema says what a tag looks like, and the routes answer 404 for one the site does not have.
const TAG_PATTERN = '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$';
export const LocaleCode = Type.String({ pattern: TAG_PATTERN, maxLength: 35, description: 'A locale of the site: its BCP 47 tag (`fr`, `zh-Hans`, `pt-BR`); `GET /api/v1/locales` lists them.', examples: ['fr', 'zh-Hans'] });
export const Direction = Type.Enum(['ltr', 'rtl'], { description: 'Writing direction.' });
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601, UTC.' });
export const PUBLIC_PATH_OPTIONS = {
  maxLength: 2048,
  pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$',
  description: 'The public path after the locale, without slashes at either end ("" for the home page).',
} as const;
const Url = Type.String({ description: 'Absolute address on the public site.' });
const FieldValues = Type.Record(Type.String(), Type.Unknown());

export const LocaleParams = Type.Object({ locale: LocaleCode });
export const LocaleQuery = Type.Object({ locale: LocaleCode });

export const PageSummary = Type.Object(
  {
    id: Type.String(),
    type: Type.String({ description: 'Content type, e.g. `page`, `story`, `campaign`.' }),
    locale: LocaleCode,
    translationLocale: Type.String({ pattern: TAG_PATTERN, description: 'The locale of the text shown: differs from `locale` for a fallback.' }),
    isFallback: Type.Boolean({ description: 'True when no translation is published in `locale` and a declared fallback is shown.' }),
    path: Type.String(),
    url: Url,
    title: Type.String(),
    summary: Type.String(),
    updatedAt: Timestamp,
  },
  { description: 'A published document as a listing shows it (no body).' },
);

const PageLink = Type.Object({
  id: Type.String(),
  title: Type.String(),
  titleLocale: LocaleCode,
  path: Type.String(),
  url: Url,
});

export const RichTextDoc = Type.Object(
  {
    type: Type.Literal('doc'),
    content: Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'Blocks: paragraph, heading, bulletList, orderedList, blockquote (optional attrs.attribution), horizontalRule, image (attrs.mediaId, optional caption), embed (attrs.kind story or video, attrs.id), callToAction (attrs.label, and documentId or href).' }),
  },
  { description: 'Rich text as stored: a ProseMirror-shaped JSON tree of an allowlist of nodes and marks.' },
);

export const PageDocument = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    locale: LocaleCode,
    translationLocale: LocaleCode,
    direction: Direction,
    isFallback: Type.Boolean(),
    fallback: Type.Union(
      [
        Type.Object({
          requestedLocale: LocaleCode,
          shownLocale: LocaleCode,
          chain: Type.Array(LocaleCode, { description: 'The locales tried, in order.' }),
        }),
        Type.Null(),
      ],
      { description: 'Present when the text is a fallback: what was asked for and what is shown.' },
    ),
    path: Type.String(),
    url: Url,
    title: Type.String(),
    summary: Type.String(),
    body: RichTextDoc,
    html: Type.String({ description: 'The body as the site renders it (allowlisted HTML; internal links are site-relative).' }),
    fields: Type.Object({
      translatable: FieldValues,
      shared: FieldValues,
    }),
    alternates: Type.Array(
      Type.Object({ locale: LocaleCode, path: Type.String(), url: Url }),
      { description: 'The locales with their own published translation, and the page\'s path there.' },
    ),
    breadcrumbs: Type.Array(PageLink, { description: 'Published ancestors, from the root down.' }),
    downloads: Type.Array(
      Type.Object({
        locale: LocaleCode,
        url: Url,
        mime: Type.String({ description: 'As sniffed from the file\'s first bytes: application/pdf.' }),
        bytes: Type.Integer({ minimum: 1 }),
      }),
      { description: 'A publication\'s file (the value of a `file` field, e.g. `fields.translatable.pdf`) in each locale with a published translation; empty for other types.' },
    ),
    updatedAt: Timestamp,
  },
  { description: 'A published document as a visitor in `locale` sees it.' },
);

export const PageRedirect = Type.Object(
  {
    locale: LocaleCode,
    path: Type.String({ description: 'The current path of the page.' }),
    location: Type.String({ description: 'The same operation at the current path (also in the Location header).' }),
  },
  { description: 'An old path of a moved or renamed page.' },
);

export const MenuEntry = Type.Object(
  {
    documentId: Type.String(),
    label: Type.String(),
    labelLocale: LocaleCode,
    path: Type.String(),
    url: Url,
    children: Type.Array(Type.Ref('MenuEntry')),
  },
  { $id: 'MenuEntry', title: 'MenuEntry' },
);

export const MenuName = Type.Enum([...MENUS]);

export const Fact = Type.Object(
  {
    id: Type.String(),
    label: Type.String(),
    labelLocale: LocaleCode,
    value: Type.Number(),
    unit: Type.Enum(['count', 'year', 'percent']),
    formatted: Type.String({ description: 'The value as the site shows it in `locale`.' }),
    asOf: Type.String({ description: 'Date of the figure (YYYY-MM-DD), "" when unknown.' }),
    source: Type.String(),
    sourceUrl: Type.String(),
  },
  { description: 'A sourced, dated key figure.' },
);

const VideoFile = Type.Object({
  kind: Type.Enum(['original', '720p', '360p', 'audio']),
  url: Url,
  mime: Type.String(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  bytes: Type.Integer(),
});

const Track = Type.Object({
  kind: Type.Enum(['captions', 'descriptions']),
  locale: LocaleCode,
  url: Url,
  isDefault: Type.Boolean({ description: 'On by default for a reader in `locale`.' }),
});

export const Story = Type.Object(
  {
    ...PageSummary.properties,
    video: Type.Union([
      Type.Object({
        status: Type.Enum(['queued', 'processing', 'ready', 'failed', 'unprocessed']),
        durationMs: Type.Union([Type.Integer(), Type.Null()]),
        width: Type.Union([Type.Integer(), Type.Null()]),
        height: Type.Union([Type.Integer(), Type.Null()]),
        poster: Type.Union([Url, Type.Null()]),
        renditions: Type.Array(VideoFile, { description: 'The transcoded files, or the original until they exist.' }),
        tracks: Type.Array(Track, { description: 'Published caption and description tracks (WebVTT), one per locale.' }),
      }),
      Type.Null(),
    ]),
  },
  { description: 'A published story with its video.' },
);

export const SearchHit = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    locale: LocaleCode,
    path: Type.String(),
    url: Url,
    title: Type.String(),
    snippet: Type.Array(Type.Object({ text: Type.String(), highlighted: Type.Boolean() }), { description: 'Plain text runs; highlighted runs answer the query.' }),
  },
  {},
);

/** The schemas routes refer to by `$ref` (the menu tree refers to itself). */
export const SHARED_SCHEMAS = [MenuEntry];

export function ref(id: string) {
  return Type.Ref(id);
}

/** A 200 with its validator and caching headers, as the OpenAPI document describes it. */
export function ok<T extends object>(schema: T, description: string) {
  return {
    ...schema,
    description,
    headers: {
      ETag: { type: 'string', description: 'Strong validator of the body; send it back in If-None-Match.' },
      'Cache-Control': { type: 'string', description: `\`${DELIVERY_CACHE_CONTROL}\`` },
    },
  } as const;
}

export const NOT_MODIFIED = Type.Null({ description: 'Not modified: If-None-Match names the current ETag.' });

/** An error answer: problem details (RFC 9457). */
export function problem(description: string) {
  return { description, content: { 'application/problem+json': { schema: { $ref: 'Problem' } } } } as const;
}

/** Any operation may meet these: a malformed request, a failure on the server. */
export const ANY_ERROR = {
  '4xx': problem('The request could not be read (`HTTP_BAD_REQUEST`, `HTTP_NOT_FOUND`…).'),
  500: problem('Something failed on the server (`INTERNAL_ERROR`); `instance` names the request in the log.'),
} as const;

export const BAD_REQUEST = problem('A parameter is invalid (`HTTP_BAD_REQUEST`, each one in `errors`).');
export const NOT_FOUND = problem('Nothing published answers here (`HTTP_NOT_FOUND`).');

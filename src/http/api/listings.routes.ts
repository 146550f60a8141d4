import { Type } from 'typebox';
import type { MenuEntry as MenuEntryData } from '../../modules/content/index.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from '../../modules/search/index.ts';
import { formatFactValue } from '../site/format.ts';
import { loadFacts } from '../site/page-model.ts';
import { ANY_ERROR, BAD_REQUEST, Direction, Fact, LocaleCode as LocaleCodeSchema, LocaleQuery, MenuName, NOT_MODIFIED, ok, ref, SearchHit, Story } from './api-schemas.ts';
import { CURSOR_QUERY, paginate } from './cursor.ts';
import { hasPath, pageUrl, toPageSummary, toStoryVideo } from './delivery-model.tsx';
import type { ApiInstance, DeliveryDeps } from './api-types.ts';

/** Locales, menus, key figures, stories and search: what a headless front end needs besides pages. */
export function registerListingRoutes(api: ApiInstance, deps: DeliveryDeps): void {
  const { reader } = deps;

  api.get(
    '/locales',
    {
      schema: {
        operationId: 'listLocales',
        tags: ['site'],
        summary: 'The site\'s locales',
        description: 'Each locale with its name in its own language, its direction and its fallback chain; and whether untranslated pages show a fallback (`show`) or are absent (`hide`).',
        security: [],
        response: {
          200: ok(
            Type.Object({
              defaultLocale: LocaleCodeSchema,
              fallbackPolicy: Type.Enum(['show', 'hide']),
              items: Type.Array(
                Type.Object({ code: LocaleCodeSchema, name: Type.String(), prefix: Type.String({ description: 'The first segment of the locale\'s public URLs (`zh` for zh-Hans served at /zh/).' }), direction: Direction, fallbacks: Type.Array(LocaleCodeSchema), isDefault: Type.Boolean() }),
              ),
            }),
            'The locales.',
          ),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
        },
      },
    },
    async () => {
      const locales = deps.locales.current();
      return {
        defaultLocale: locales.defaultLocale,
        fallbackPolicy: (await deps.readOptions()).fallback,
        items: locales.enabled.map((info) => ({ code: info.code, name: info.endonym, prefix: info.prefix, direction: info.dir, fallbacks: [...info.fallbacks], isDefault: info.isDefault })),
      };
    },
  );

  api.get(
    '/menus/:menu',
    {
      schema: {
        operationId: 'getMenu',
        tags: ['site'],
        summary: 'A menu as a tree of links',
        description: 'Entries whose page is not published in the locale (nor shown as a fallback) are left out, with their sub-entries.',
        security: [],
        params: Type.Object({ menu: MenuName }),
        querystring: LocaleQuery,
        response: {
          200: ok(Type.Object({ menu: MenuName, locale: LocaleCodeSchema, items: Type.Array(ref('MenuEntry')) }), 'The menu.'),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
        },
      },
    },
    async (request) => {
      const { menu } = request.params;
      const { locale } = request.query;
      const entries = await reader.getMenu(menu, locale, await deps.readOptions());
      const withUrls = (entry: MenuEntryData): object => ({
        documentId: entry.documentId,
        label: entry.label,
        labelLocale: entry.labelLocale,
        path: entry.path,
        url: pageUrl(deps, locale, entry.path),
        children: entry.children.map(withUrls),
      });
      return { menu, locale, items: entries.map(withUrls) };
    },
  );

  api.get(
    '/facts',
    {
      schema: {
        operationId: 'listFacts',
        tags: ['site'],
        summary: 'The key figures',
        description: 'Every published fact, labelled in the locale (or a declared fallback), with its value formatted as the site shows it.',
        security: [],
        querystring: LocaleQuery,
        response: {
          200: ok(Type.Object({ locale: LocaleCodeSchema, items: Type.Array(Fact) }), 'The key figures.'),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
        },
      },
    },
    async (request) => {
      const { locale } = request.query;
      const ids = (await reader.listDocumentsByType('fact')).map((d) => d.id);
      const facts = await loadFacts(reader, ids, locale, await deps.readOptions());
      return { locale, items: facts.map((f) => ({ ...f, formatted: formatFactValue(locale, f.value, f.unit) })) };
    },
  );

  api.get(
    '/stories',
    {
      schema: {
        operationId: 'listStories',
        tags: ['stories'],
        summary: 'Published stories with their video',
        description: 'Newest first (then by id), a page at a time; each with its video files, poster and published caption tracks.',
        security: [],
        querystring: Type.Object({ ...LocaleQuery.properties, ...CURSOR_QUERY }),
        response: {
          200: ok(Type.Object({ items: Type.Array(Story), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 'One page of stories.'),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
        },
      },
    },
    async (request) => {
      const { locale, cursor, limit } = request.query;
      const stories = (await reader.listByType('story', locale, await deps.readOptions())).filter(hasPath);
      const page = paginate(stories, { scope: 'stories', keyOf: (s) => [s.document.createdAt, s.document.id], cursor, limit, descending: true });
      const videoIds = page.items.map((s) => s.document.fields.video).filter((id): id is string => typeof id === 'string');
      const [videos, translations] = await Promise.all([
        deps.findVideos(videoIds),
        reader.listPublishedTranslations(page.items.map((s) => s.document.id)),
      ]);
      const videoById = new Map(videos.map((v) => [v.id, v]));
      return {
        items: page.items.map((story) => ({
          ...toPageSummary(deps, story),
          video: toStoryVideo(
            deps,
            story,
            typeof story.document.fields.video === 'string' ? videoById.get(story.document.fields.video) : undefined,
            translations.filter((t) => t.documentId === story.document.id),
          ),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  api.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary: 'Full-text search of published pages',
        description:
          'Every word and phrase (in double quotes) must match; accents and case are ignored. Only translations published in the locale itself are searched (never a fallback). ' +
          `Paged by number, as the search engine ranks: \`page\` 1–${MAX_PAGE}, \`pageSize\` 1–${MAX_PAGE_SIZE}.`,
        security: [],
        querystring: Type.Object({
          ...LocaleQuery.properties,
          q: Type.String({ maxLength: MAX_QUERY_LENGTH, description: 'The words to find.' }),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })),
        }),
        response: {
          200: ok(
            Type.Object({
              locale: LocaleCodeSchema,
              total: Type.Integer(),
              page: Type.Integer(),
              pageSize: Type.Integer(),
              nextPage: Type.Union([Type.Integer(), Type.Null()]),
              items: Type.Array(SearchHit),
            }),
            'One page of results, best first.',
          ),
          304: NOT_MODIFIED,
          ...ANY_ERROR,
          400: BAD_REQUEST,
        },
      },
    },
    async (request) => {
      const { locale, q, page = 1, pageSize = DEFAULT_PAGE_SIZE } = request.query;
      const result = await deps.search.search({ locale, query: q, page, pageSize });
      const hasMore = result.page * result.pageSize < result.total && result.page < MAX_PAGE;
      return {
        locale,
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        nextPage: hasMore ? result.page + 1 : null,
        items: result.hits.map((hit) => ({
          id: hit.documentId,
          type: hit.type,
          locale: hit.locale,
          path: hit.path,
          url: pageUrl(deps, locale, hit.path),
          title: hit.title,
          snippet: hit.snippet.map((s) => ({ text: s.text, highlighted: s.highlighted })),
        })),
      };
    },
  );
}


import { STORY_THEMES, type LocalizedSummary, type Translation } from '../../modules/content/index.ts';
import type { LocaleCode, LocaleSet } from '../../modules/locales/index.ts';
import { tracksOf } from './story-media.ts';

/** A campaign's story list as the query string asks for it; every filter works without script. */
export interface StoryFilter {
  readonly country?: string;
  readonly theme?: string;
  readonly captions?: LocaleCode;
  readonly page: number;
}

export const STORIES_PER_PAGE = 12;
const MAX_PAGE = 1000;

export interface StoryCardView {
  readonly story: LocalizedSummary;
  readonly captionLocales: readonly LocaleCode[];
}

export interface StoryListModel {
  readonly filter: StoryFilter;
  readonly items: readonly StoryCardView[];
  readonly total: number;
  readonly pages: number;
  /** What the filter controls offer: only values some story has. */
  readonly countries: readonly string[];
  readonly themes: readonly string[];
  readonly captionLocales: readonly LocaleCode[];
}

/**
 * Reads the filter from a query string. Values that cannot be a filter (a malformed code, an
 * unknown theme) are dropped rather than refused, so a mistyped shared link still shows stories.
 */
export function parseStoryFilter(search: string, locales: LocaleSet): StoryFilter {
  const params = new URLSearchParams(search.length > 1000 ? '' : search);
  const country = params.get('country')?.toUpperCase();
  const theme = params.get('theme') ?? undefined;
  const captions = params.get('captions') ?? undefined;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    theme: theme && (STORY_THEMES as readonly string[]).includes(theme) ? theme : undefined,
    captions: captions && locales.isEnabled(captions) ? captions : undefined,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The one spelling of a filter in a URL ("" for the unfiltered first page): cache key and links. */
export function storyFilterQuery(filter: StoryFilter, page = filter.page): string {
  const params = new URLSearchParams();
  if (filter.country) params.set('country', filter.country);
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.captions) params.set('captions', filter.captions);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isFiltered(filter: StoryFilter): boolean {
  return filter.country !== undefined || filter.theme !== undefined || filter.captions !== undefined;
}

/** Filters and pages the stories (in their given order), from their published translations. */
export function buildStoryList(stories: readonly LocalizedSummary[], translations: readonly Translation[], filter: StoryFilter): StoryListModel {
  const cards = stories.map((story) => {
    const captions = tracksOf(translations.filter((t) => t.documentId === story.document.id), 'captions');
    return { story, captionLocales: [...captions.keys()].sort() };
  });
  const countriesOf = (s: LocalizedSummary) => [s.document.fields.originCountry, s.document.fields.residenceCountry].filter((c): c is string => typeof c === 'string');
  const themesOf = (s: LocalizedSummary) => (Array.isArray(s.document.fields.themes) ? s.document.fields.themes.filter((t): t is string => typeof t === 'string') : []);
  const matching = cards.filter(
    (card) =>
      (!filter.country || countriesOf(card.story).includes(filter.country)) &&
      (!filter.theme || themesOf(card.story).includes(filter.theme)) &&
      (!filter.captions || card.captionLocales.includes(filter.captions)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / STORIES_PER_PAGE));
  const page = Math.min(filter.page, pages);
  return {
    filter: { ...filter, page },
    items: matching.slice((page - 1) * STORIES_PER_PAGE, page * STORIES_PER_PAGE),
    total: matching.length,
    pages,
    countries: [...new Set(cards.flatMap((c) => countriesOf(c.story)))],
    themes: STORY_THEMES.filter((theme) => cards.some((c) => themesOf(c.story).includes(theme))),
    captionLocales: [...new Set(cards.flatMap((c) => c.captionLocales))].sort(),
  };
}

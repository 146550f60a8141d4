import type { ContentDocument, ContentReader, LocalizedSummary, ReadOptions } from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';

/** A country on "Where we work" and on the map: named by Intl from its code, linked when it has a page. */
export interface CountryView {
  readonly code: string;
  readonly region: string;
  readonly presenceSince: number | undefined;
  /** Its page's path in the reader's locale; undefined while it has none (then it is listed, not linked). */
  readonly path: string | undefined;
}

/** What a country page lists besides its own fields: the content tagged with the country. */
export interface CountryContent {
  /** Stories whose person comes from or lives in the country, by story code fields. */
  readonly stories: readonly LocalizedSummary[];
  /** Statements that name the country in their `countries` field, newest first. */
  readonly statements: readonly LocalizedSummary[];
}

/** Every country document, published or not (a country without a page is still on the map), with its page's path. */
export async function loadCountries(reader: ContentReader, locale: LocaleCode, options: ReadOptions): Promise<CountryView[]> {
  const docs: ContentDocument[] = await reader.listDocumentsByType('country');
  const pages = new Map((await reader.localizeSummaries(docs, locale, options)).map((c) => [c.document.id, c.path]));
  return docs.map((d) => ({
    code: String(d.fields.code),
    region: String(d.fields.region),
    presenceSince: typeof d.fields.presenceSince === 'number' ? d.fields.presenceSince : undefined,
    path: pages.get(d.id),
  }));
}

/**
 * The reverse lookup of a country page: stories by their origin or residence code, statements by
 * their `countries` references. Read from the documents of each type, which stay in the hundreds;
 * the page is cached and tagged with both types, so a new story or statement shows up.
 */
export async function loadCountryContent(
  reader: ContentReader,
  country: ContentDocument,
  locale: LocaleCode,
  options: ReadOptions,
): Promise<CountryContent> {
  const code = country.fields.code;
  const [stories, statements] = await Promise.all([reader.listDocumentsByType('story'), reader.listDocumentsByType('statement')]);
  const [storyPages, statementPages] = await Promise.all([
    reader.localizeSummaries(
      stories.filter((s) => s.fields.originCountry === code || s.fields.residenceCountry === code),
      locale,
      options,
    ),
    reader.localizeSummaries(
      statements.filter((s) => Array.isArray(s.fields.countries) && s.fields.countries.includes(country.id)),
      locale,
      options,
    ),
  ]);
  const deliveredAt = (s: LocalizedSummary) => String(s.document.fields.deliveredAt ?? '');
  return {
    stories: storyPages.filter((s) => s.path !== undefined),
    statements: statementPages.filter((s) => s.path !== undefined).sort((a, b) => deliveredAt(b).localeCompare(deliveredAt(a))),
  };
}

import type { LocaleCode } from '../../modules/locales/index.ts';

// Intl objects are costly to build and immutable: make each once per locale.
const memo = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  let value = memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

/** International organisations write British English: "18 December 2019", not "December 18". */
function intlLocale(locale: LocaleCode): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** "18 décembre 2019", "18 December 2019", "18 ديسمبر 2019". */
export function formatDate(locale: LocaleCode, isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return once(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

export function countryName(locale: LocaleCode, code: string): string {
  try {
    return once(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(locale: LocaleCode, code: string): string {
  return once(`language:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
}

export type FactUnit = 'count' | 'year' | 'percent';

/** A key figure as a reader of the locale writes it: "272 millions", "272 million", "3,5 %". */
export function formatFactValue(locale: LocaleCode, value: number, unit: FactUnit): string {
  switch (unit) {
    case 'year':
      return once(`year:${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(value);
    case 'percent':
      return once(`percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 })).format(
        value / 100,
      );
    case 'count':
      return value >= 1_000_000
        ? once(`compact:${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' })).format(value)
        : once(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
  }
}

/** Sorts names the way a reader of the locale expects (accents, Arabic script). */
export function compareNames(locale: LocaleCode): (a: string, b: string) => number {
  return once(`collator:${locale}`, () => new Intl.Collator(locale)).compare;
}

/** "5,2 Mo", "5.2 MB", "640 kB": sizes of downloads, so a visitor on a metered connection can choose. */
export function formatBytes(locale: LocaleCode, bytes: number): string {
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(1, bytes / 1000)] as const);
  return once(`bytes:${unit}:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }),
  ).format(value);
}

/** "français, anglais et arabe", "الفرنسية والإنجليزية", "法语、英语和阿拉伯语": each script's own commas. */
export function formatList(locale: LocaleCode, items: readonly string[]): string {
  return once(`list:${locale}`, () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' })).format(items);
}

/**
 * A dataset's value as its table and chart write it: "17,5 millions", "272 million", "2,72亿",
 * "3,5 %"; below a million, every digit ("8 400"). Three significant digits keep what the source
 * published (17.5 M) without inventing precision. Digits are the locale's as Intl gives them: for
 * `ar`, CLDR's default is Latin digits (ar-EG and others use Arabic-Indic), as the site's key figures.
 */
export function formatDataValue(locale: LocaleCode, value: number, unit: 'count' | 'percent'): string {
  if (unit === 'percent') {
    return once(`data-percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 2 })).format(value / 100);
  }
  return Math.abs(value) >= 1_000_000
    ? once(`data-compact:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })).format(value)
    : once(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** An axis tick: short ("300 M", "3亿", "2 %"), since it sits beside a gridline. */
export function formatAxisValue(locale: LocaleCode, value: number, unit: 'count' | 'percent'): string {
  if (unit === 'percent') {
    return once(`axis-percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 })).format(value / 100);
  }
  return once(`axis-count:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 })).format(value);
}

/** A dataset's date at the precision it was given: "2019", "juillet 2019", "1 juillet 2019". */
export function formatDataDate(locale: LocaleCode, date: string): string {
  if (/^\d{4}$/.test(date)) return formatFactValue(locale, Number(date), 'year');
  if (/^\d{4}-\d{2}$/.test(date)) {
    return once(`month:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(
      new Date(`${date}-01T12:00:00Z`),
    );
  }
  return formatDate(locale, date);
}

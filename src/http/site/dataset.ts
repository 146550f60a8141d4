import { isCategorySeries, type LocalizedDocument, type SeriesRow } from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';
import { countryName, formatDataDate, formatDataValue } from './format.ts';

/** One value of a dataset, with its date and category named in the reader's language. */
export interface DatasetRowView {
  readonly date: string;
  readonly dateLabel: string;
  readonly category: string | undefined;
  readonly label: string | undefined;
  readonly value: number;
  readonly valueLabel: string;
}

/** A dataset ready to draw, tabulate and download, in one locale. */
export interface DatasetView {
  readonly id: string;
  readonly title: string;
  /** The language of the texts (a fallback translation's, if it is one). */
  readonly textLocale: LocaleCode;
  readonly chart: 'line' | 'bar';
  readonly unit: 'count' | 'percent';
  readonly measure: string;
  readonly description: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly licence: string;
  readonly licenceUrl: string | undefined;
  /** A breakdown by category (one bar each) rather than values over time. */
  readonly byCategory: boolean;
  /** Time series in date order; categories in the order the editor gave. */
  readonly rows: readonly DatasetRowView[];
}

/** The downloads of a dataset page, at `/{locale}/{path}/data.csv` and `/data.json`. */
export const DATA_FORMATS = { csv: 'text/csv; charset=utf-8; header=present', json: 'application/json; charset=utf-8' } as const;
export type DataFormat = keyof typeof DATA_FORMATS;

export function buildDatasetView(doc: LocalizedDocument, locale: LocaleCode): DatasetView {
  const { document, translation } = doc;
  const fields = document.fields;
  const textFields = translation.fields;
  const unit = fields.unit === 'percent' ? 'percent' : 'count';
  const series = Array.isArray(fields.series) ? (fields.series as SeriesRow[]) : [];
  const byCategory = isCategorySeries(series);
  const labels = (typeof textFields.labels === 'object' && textFields.labels !== null ? textFields.labels : {}) as Record<string, string>;
  const ordered = byCategory ? series : [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const nameOf = (key: string) => labels[key] ?? (/^[A-Z]{2}$/.test(key) ? countryName(translation.locale, key) : key);
  return {
    id: document.id,
    title: translation.title,
    textLocale: translation.locale,
    chart: fields.chart === 'line' && !byCategory ? 'line' : 'bar',
    unit,
    measure: String(textFields.measure ?? ''),
    description: String(textFields.description ?? ''),
    source: String(textFields.source ?? ''),
    sourceUrl: String(fields.sourceUrl ?? ''),
    licence: String(fields.licence ?? ''),
    licenceUrl: typeof fields.licenceUrl === 'string' ? fields.licenceUrl : undefined,
    byCategory,
    rows: ordered.map((row) => ({
      date: row.date,
      dateLabel: formatDataDate(locale, row.date),
      category: row.category,
      label: row.category === undefined ? undefined : nameOf(row.category),
      value: row.value,
      valueLabel: formatDataValue(locale, row.value, unit),
    })),
  };
}

/**
 * RFC 4180 CSV: a header row, CRLF line ends, quotes around a cell with a comma, quote or line
 * break (quotes doubled). A UTF-8 byte order mark first, so spreadsheet programs read Arabic and
 * Chinese names as UTF-8. Values are plain numbers ("272000000", "3.5"), never formatted.
 */
export function datasetCsv(view: DatasetView): string {
  const header = view.byCategory ? ['date', 'category', 'name', 'value', 'unit'] : ['date', 'value', 'unit'];
  const lines = [header.join(',')];
  for (const row of view.rows) {
    const cells = view.byCategory
      ? [csvText(row.date), csvText(row.category ?? ''), csvText(row.label ?? ''), String(row.value), view.unit]
      : [csvText(row.date), String(row.value), view.unit];
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The dataset as JSON: its rows with their names, and what a reuser must cite (source, licence). */
export function datasetJson(view: DatasetView, pageUrl: string): string {
  return `${JSON.stringify(
    {
      title: view.title,
      language: view.textLocale,
      url: pageUrl,
      description: view.description,
      measure: view.measure,
      unit: view.unit,
      source: { name: view.source, url: view.sourceUrl },
      licence: { name: view.licence, ...(view.licenceUrl ? { url: view.licenceUrl } : {}) },
      rows: view.rows.map((row) => ({
        date: row.date,
        ...(row.category === undefined ? {} : { category: row.category, name: row.label }),
        value: row.value,
      })),
    },
    null,
    2,
  )}\n`;
}

/**
 * A text cell. One that starts with = + - @ (or a tab or carriage return) would be read as a
 * formula by a spreadsheet (CSV injection, OWASP): it gets a leading apostrophe, which spreadsheets
 * show as text. Numbers are written by us and never pass through here.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

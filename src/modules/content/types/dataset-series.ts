/**
 * A dataset's rows: language-neutral numbers, each with a date (a year, a month or a day) and, for
 * a breakdown, a category key whose name each translation gives in its `labels` (a two-letter
 * country code needs none: the site names it with Intl.DisplayNames). Checked here, named by row,
 * so an editor, the API and an import all hear which line is wrong.
 */
export interface SeriesRow {
  /** "2019", "2019-07" or "2019-07-01". */
  readonly date: string;
  /** "europe", or a country code such as "IN"; absent in a time series. */
  readonly category?: string;
  readonly value: number;
}

export const SERIES_MAX_ROWS = 500;
const LABELS_MAX = 500;
const DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A lowercase key ("northern-america") or an ISO 3166-1 alpha-2 code ("IN"). */
export const CATEGORY_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{2})$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The first problem of a series, naming its row (counted from 1, as the editor's lines are). */
export function checkSeries(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be a list of rows with a date and a value';
  if (value.length === 0) return 'must have at least one row';
  if (value.length > SERIES_MAX_ROWS) return `must have at most ${SERIES_MAX_ROWS} rows`;
  const seen = new Map<string, number>();
  let withCategory: boolean | undefined;
  for (const [index, row] of value.entries()) {
    const n = index + 1;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return `row ${n}: must have a date and a value`;
    const { date, category, value: number, ...rest } = row as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) return `row ${n}: "${extra.slice(0, 30)}" is not a column (date, category, value)`;
    if (typeof date !== 'string' || !DATE_PATTERN.test(date)) return `row ${n}: the date ${quote(date)} must be a year (2019), a month (2019-07) or a day (2019-07-01)`;
    if (category !== undefined && (typeof category !== 'string' || !CATEGORY_PATTERN.test(category) || category.length > 40)) {
      return `row ${n}: the category ${quote(category)} must be a lowercase key (northern-america) or a country code (IN)`;
    }
    if (typeof number !== 'number' || !Number.isFinite(number)) return `row ${n}${date ? ` (${date})` : ''}: the value ${quote(number)} is not a number`;
    const hasCategory = category !== undefined;
    if (withCategory !== undefined && withCategory !== hasCategory) return `row ${n}: either every row has a category or none has`;
    withCategory = hasCategory;
    const key = hasCategory ? `${category}\u0000${date}` : date;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return hasCategory ? `row ${n}: "${category}" in ${date} is already in row ${earlier}` : `row ${n}: the date ${date} is already in row ${earlier}`;
    }
    seen.set(key, n);
  }
  return undefined;
}

/** Names by category key; the first problem, naming its key. */
export function checkLabels(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be names by key';
  const entries = Object.entries(value);
  if (entries.length > LABELS_MAX) return `must have at most ${LABELS_MAX} names`;
  for (const [key, label] of entries) {
    if (!CATEGORY_PATTERN.test(key) || key.length > 40) return `the key ${quote(key)} must be a lowercase key or a country code`;
    if (typeof label !== 'string' || label.trim() === '') return `the name of "${key}" must be text`;
    if (label.length > 200) return `the name of "${key}" must be at most 200 characters`;
    if (CONTROL.test(label)) return `the name of "${key}" must not contain control characters`;
  }
  return undefined;
}

/** Whether the rows are a breakdown by category (one bar each) rather than a time series. */
export function isCategorySeries(rows: readonly SeriesRow[]): boolean {
  return rows.some((row) => row.category !== undefined);
}

/** Rows as the back office's text area shows them: "2019;europe;82000000", one per line. */
export function seriesToText(rows: readonly SeriesRow[]): string {
  return rows.map((row) => [row.date, ...(row.category === undefined ? [] : [row.category]), String(row.value)].join(';')).join('\n');
}

/**
 * The text area's lines back to rows. A value that is not a plain number (digits, optional "-"
 * and "." decimals) is kept as typed, so validation names its row instead of it vanishing.
 */
export function parseSeriesText(text: string): unknown[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split(/[;\t]/).map((cell) => cell.trim());
      const rawValue = (cells.length >= 3 ? cells[2] : cells[1]) ?? '';
      const compact = rawValue.replace(/[\s\u00a0\u202f]/g, '');
      const value = /^-?\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : rawValue;
      const extra = cells.length > 3 ? { extra: cells.slice(3).join(';') } : {};
      return cells.length >= 3 ? { date: cells[0], category: cells[1], value, ...extra } : { date: cells[0], value };
    });
}

export function labelsToText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).map(([key, label]) => `${key} = ${label}`).join('\n');
}

/** "europe = Europe" lines back to names; a line without "=" becomes a key with no name, which validation names. */
export function parseLabelsText(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    out[(at < 0 ? line : line.slice(0, at)).trim()] = at < 0 ? '' : line.slice(at + 1).trim();
  }
  return out;
}

function quote(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  return `"${String(value).slice(0, 40)}"`;
}

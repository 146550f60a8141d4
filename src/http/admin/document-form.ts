import {
  sourceLocaleOf as contentSourceLocaleOf,
  labelsToText,
  markupToRichText,
  parseLabelsText,
  parseSeriesText,
  richTextToMarkup,
  seriesToText,
  type ContentDocument,
  type SeriesRow,
  type FieldDef,
  type FieldValues,
  type Translation,
  type TranslationInput,
} from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';

/**
 * What an editing form holds: the text as typed, never parsed values, so a refused form shows
 * exactly what the editor wrote. Inputs are named after the service's error paths (`slug`,
 * `body`, `fields.<name>` for translatable fields), shared fields as `shared.<name>`.
 */
export type RawValue = string | readonly string[];
export type RawFields = Readonly<Record<string, RawValue>>;

export interface TranslationDraft {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** The body as markup (see markupToRichText). */
  readonly body: string;
  readonly fields: RawFields;
}

export type FormBody = Readonly<Record<string, unknown>>;

export const EMPTY_DRAFT: TranslationDraft = { slug: '', title: '', summary: '', body: '', fields: {} };

/** The single text value of a form input (the first, if it was sent twice). */
export function formText(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** The version the editor started from; -1 (never a stored version) when missing or garbled. */
export function formVersion(body: FormBody): number {
  const text = formText(body, 'expectedVersion');
  return /^\d{1,9}$/.test(text) ? Number(text) : -1;
}

export function readRawFields(body: FormBody, defs: readonly FieldDef[], prefix: 'shared' | 'fields'): RawFields {
  const out: Record<string, RawValue> = {};
  for (const def of defs) {
    const value = body[`${prefix}.${def.name}`];
    if (def.kind === 'references' || def.kind === 'choices') {
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      out[def.name] = list.filter((v): v is string => typeof v === 'string' && v !== '');
    } else {
      out[def.name] = formText(body, `${prefix}.${def.name}`);
    }
  }
  return out;
}

export function readTranslationDraft(body: FormBody, defs: readonly FieldDef[]): TranslationDraft {
  return {
    slug: formText(body, 'slug').trim(),
    title: formText(body, 'title'),
    summary: formText(body, 'summary'),
    body: formText(body, 'body'),
    fields: readRawFields(body, defs, 'fields'),
  };
}

/** Typed text → values for the service; an empty input means "not set", so `required` can say so. */
export function toFieldValues(defs: readonly FieldDef[], raw: RawFields): FieldValues {
  const out: Record<string, unknown> = {};
  for (const def of defs) {
    const value = raw[def.name];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      if (value.length > 0) out[def.name] = [...new Set(value)];
      continue;
    }
    const text = def.kind === 'text' ? value : value.trim();
    if (text === '') continue;
    // A number that does not parse is passed on as typed, so validation names the field.
    if (def.kind === 'series') out[def.name] = parseSeriesText(text);
    else if (def.kind === 'labels') out[def.name] = parseLabelsText(text);
    else if (def.kind === 'number') out[def.name] = /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
    else if (def.kind === 'country') out[def.name] = text.toUpperCase();
    else out[def.name] = text;
  }
  return out;
}

export function toTranslationInput(draft: TranslationDraft, defs: readonly FieldDef[]): TranslationInput {
  return {
    slug: draft.slug,
    title: draft.title,
    summary: draft.summary,
    body: markupToRichText(draft.body),
    fields: toFieldValues(defs, draft.fields),
  };
}

/** Stored values → what the form shows. */
export function rawFieldsOf(values: FieldValues): RawFields {
  const out: Record<string, RawValue> = {};
  for (const [key, value] of Object.entries(values)) out[key] = toRaw(value);
  return out;
}

export function draftOf(t: Translation): TranslationDraft {
  return { slug: t.slug, title: t.title, summary: t.summary, body: richTextToMarkup(t.body), fields: rawFieldsOf(t.fields) };
}

/** The locale a document is written in (see the content module's sourceLocaleOf). */
export function sourceLocaleOf(translations: ReadonlyMap<LocaleCode, Translation>, defaultLocale: LocaleCode): LocaleCode {
  return contentSourceLocaleOf(translations.values(), defaultLocale);
}

/** One value that someone else changed while the editor worked: its name and what is stored now. */
export interface Change {
  /** Input name: slug, title, summary, body, status, fields.<name> or shared.<name>. */
  readonly name: string;
  readonly now: RawValue;
}

/** What differs between the snapshot the editor started from and the translation stored now. */
export function translationChanges(base: unknown, current: Translation): Change[] {
  const old = asRecord(base);
  const changes: Change[] = [];
  for (const key of ['title', 'slug', 'summary', 'status'] as const) {
    if (old[key] !== current[key]) changes.push({ name: key, now: current[key] });
  }
  if (JSON.stringify(old.body ?? null) !== JSON.stringify(current.body)) {
    changes.push({ name: 'body', now: richTextToMarkup(current.body) });
  }
  changes.push(...fieldChanges(asRecord(old.fields), current.fields, 'fields'));
  return changes;
}

export function documentChanges(base: unknown, current: ContentDocument): Change[] {
  const old = asRecord(base);
  const changes = fieldChanges(asRecord(old.fields), current.fields, 'shared');
  if ((old.parentId ?? null) !== current.parentId) changes.push({ name: 'parent', now: current.parentId ?? '' });
  return changes;
}

function fieldChanges(old: Record<string, unknown>, now: FieldValues, prefix: string): Change[] {
  const names = new Set([...Object.keys(old), ...Object.keys(now)]);
  return [...names]
    .filter((name) => JSON.stringify(old[name] ?? null) !== JSON.stringify(now[name] ?? null))
    .map((name) => ({ name: `${prefix}.${name}`, now: toRaw(now[name]) }));
}

function toRaw(value: unknown): RawValue {
  // A dataset's rows and names are edited as lines of text (see dataset-series.ts).
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) return seriesToText(value as SeriesRow[]);
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object' && value !== null) return labelsToText(value as Record<string, string>);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

import type { FieldProblem } from '../../platform/errors.ts';

/** What a field holds; validation and the admin forms (later) are generated from it. */
export type FieldKind =
  | 'text'
  | 'date'
  | 'number'
  | 'url'
  | 'country'
  | 'choice'
  | 'reference'
  | 'references'
  /** The id of an image in the media library. */
  | 'image'
  /** The id of a video in the video library. */
  | 'video'
  /** Several of the declared `choices` (themes). */
  | 'choices'
  /** A WebVTT track (captions, descriptions): checked and stored normalised. */
  | 'captions'
  /** Plain text of several lines (a transcript). */
  | 'longText'
  /** Dated (and optionally categorised) numbers: a dataset's rows (see types/dataset-series.ts). */
  | 'series'
  /** Names by key, e.g. a dataset's category labels in one locale. */
  | 'labels'
  /** The id of a downloadable file (a PDF) in the files library. */
  | 'file';

export interface FieldDef {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** For text: the longest accepted value, in characters. */
  readonly maxLength?: number;
  /** For choice and choices. */
  readonly choices?: readonly string[];
  /** For reference(s): the type of the documents referred to. */
  readonly refType?: string;
}

/**
 * A content type, declared in code. Every translation has slug, title, summary and a rich-text
 * body; a type adds language-neutral (shared) and per-locale (translatable) fields.
 */
export interface ContentTypeDef {
  readonly name: string;
  /** Whether documents of this type have public pages (and so paths). */
  readonly routable: boolean;
  readonly sharedFields: readonly FieldDef[];
  readonly translatableFields: readonly FieldDef[];
  /** Extra rules across fields, run after each field is checked. */
  readonly validate?: (shared: Readonly<Record<string, unknown>>) => readonly FieldProblem[];
}

export function defineContentType(def: ContentTypeDef): ContentTypeDef {
  return Object.freeze(def);
}

/** The document ids a `references` field holds (anything else in it is left out). */
export function referenceIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

import { createHash } from 'node:crypto';
import type { CodedText } from './coded-text.ts';
import type { TranslationUnit } from './units.ts';

/** Our own namespace for what XLIFF has no place for: job, document, source version and hash. */
export const ENS_NS = 'urn:ensemble:xliff';
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const MATCHES_NS = 'urn:oasis:names:tc:xliff:matches:2.0';

export interface ExportMatch {
  /** 0–100. */
  readonly similarity: number;
  readonly source: CodedText;
  readonly target: CodedText;
  /** Where the match comes from, e.g. 'memory' or a provider's name. */
  readonly origin: string;
}

export interface ExportDocument {
  readonly documentId: string;
  readonly title: string;
  /** The content type's name. */
  readonly type: string;
  readonly sourceVersion: number;
  readonly previewUrl?: string;
  readonly units: readonly TranslationUnit[];
  /** Existing target text per unit/segment (memory exact matches, a previous translation), written as `<target>` with its state. */
  readonly targets?: (unitId: string, segmentId: string) => { text: CodedText; state: 'initial' | 'translated' } | undefined;
  /** Memory matches per segment: XLIFF 2.0 `mtc:matches`, 1.2 `alt-trans`. */
  readonly matches?: (unitId: string, segmentId: string) => readonly ExportMatch[];
}

export interface ExportInput {
  readonly jobId: string;
  readonly sourceLocale: string;
  readonly targetLocale: string;
  readonly documents: readonly ExportDocument[];
}

/**
 * A unit's source as exported, hashed: its segments with their codes and white space. A returned
 * unit whose hash differs from the current source's was translated from another text.
 */
export function unitHash(unit: TranslationUnit): string {
  return createHash('sha256').update(JSON.stringify(unit.segments)).digest('hex').slice(0, 32);
}

/** 1.2 has one trans-unit per segment: its id joins the unit's and the segment's. */
export function transUnitId(unitId: string, segmentId: string): string {
  return `${unitId}#${segmentId}`;
}

// XML 1.0 refuses C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
// With the u flag a surrogate only matches when it is alone.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** Text content, escaped; characters XML cannot carry become U+FFFD (XLIFF 2.0 uses `<cp>` instead, see textWithCp). */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** XLIFF 2.0 text: a character XML cannot carry is written as `<cp hex="…"/>` and read back as itself. */
export function textWithCp(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(NOT_XML)) {
    out += escapeText(text.slice(last, match.index));
    out += `<cp hex="${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
    last = match.index + match[0].length;
  }
  return out + escapeText(text.slice(last));
}

/** Attributes from a record, escaped, in the given order; undefined ones left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
}

/** What a translator reads about a unit: where it goes, its limit, the page and its preview. */
export function unitNotes(doc: ExportDocument, unit: TranslationUnit): { category: string; text: string }[] {
  const notes = [{ category: 'field', text: fieldLabel(unit) }];
  if (unit.maxChars !== undefined) notes.push({ category: 'maxChars', text: `At most ${unit.maxChars} characters in all.` });
  notes.push({ category: 'page', text: `${doc.title} (${doc.type})` });
  if (doc.previewUrl) notes.push({ category: 'preview', text: doc.previewUrl });
  return notes;
}

function fieldLabel(unit: TranslationUnit): string {
  if (unit.id === 'title' || unit.id === 'summary') return unit.id === 'title' ? 'Page title' : 'Summary';
  if (unit.id.startsWith('field:')) return `Field "${unit.field}"`;
  const what = unit.id.endsWith(':caption') ? 'image caption' : unit.id.endsWith(':label') ? 'button label' : unit.id.endsWith(':attribution') ? 'quote attribution' : 'text block';
  return `Body, ${what} (${unit.id.slice('body:'.length).replace(/:.*$/, '')})`;
}

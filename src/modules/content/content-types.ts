import type { FieldProblem } from '../../platform/errors.ts';
import { CAPTION_LIMITS, parseCaptions } from '../captions/index.ts';
import type { ContentTypeDef, FieldDef } from './content-type.ts';
import { campaignType } from './types/campaign.type.ts';
import { countryType } from './types/country.type.ts';
import { checkLabels, checkSeries } from './types/dataset-series.ts';
import { datasetType } from './types/dataset.type.ts';
import { factType } from './types/fact.type.ts';
import { officeType } from './types/office.type.ts';
import { pageType } from './types/page.type.ts';
import { publicationType } from './types/publication.type.ts';
import { personType } from './types/person.type.ts';
import { statementType } from './types/statement.type.ts';
import { storyType } from './types/story.type.ts';

/** Every content type of the platform. An organisation adds one by declaring it and listing it here. */
export const CONTENT_TYPES: ReadonlyMap<string, ContentTypeDef> = new Map(
  [pageType, personType, officeType, statementType, campaignType, storyType, countryType, factType, datasetType, publicationType].map(
    (t) => [t.name, t],
  ),
);

export function findContentType(name: string): ContentTypeDef | undefined {
  return CONTENT_TYPES.get(name);
}

/** Slugs are one URL segment of lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks field values against their declarations; unknown fields are refused, not dropped. */
export function validateFields(
  defs: readonly FieldDef[],
  values: Readonly<Record<string, unknown>>,
  prefix: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(defs.map((d) => d.name));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ path: `${prefix}.${key.slice(0, 60)}`, message: 'is not a field of this type' });
  }
  for (const def of defs) {
    const value = values[def.name];
    const at = `${prefix}.${def.name}`;
    if (value === undefined || value === null || value === '') {
      if (def.required) problems.push({ path: at, message: 'is required' });
      continue;
    }
    const problem = checkValue(def, value);
    if (problem) problems.push({ path: at, message: problem });
  }
  return problems;
}

function checkValue(def: FieldDef, value: unknown): string | undefined {
  switch (def.kind) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (def.maxLength !== undefined && value.length > def.maxLength) return `must be at most ${def.maxLength} characters`;
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) return 'must not contain control characters';
      return undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined : 'must be a date as YYYY-MM-DD';
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[^\s]{1,2000}$/.test(value) && URL.canParse(value)
        ? undefined
        : 'must be an http(s) address';
    case 'country':
      return typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? undefined : 'must be a two-letter country code';
    case 'choice':
      return typeof value === 'string' && def.choices?.includes(value)
        ? undefined
        : `must be one of ${def.choices?.join(', ')}`;
    case 'reference':
      return typeof value === 'string' && value.length <= 64 ? undefined : 'must be a document id';
    case 'image':
      return typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value) ? undefined : 'must be an image id';
    case 'references':
      return Array.isArray(value) && value.length <= 200 && value.every((v) => typeof v === 'string' && v.length <= 64)
        ? undefined
        : 'must be a list of document ids';
    case 'video':
      return typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value) ? undefined : 'must be a video id';
    case 'file':
      return typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value) ? undefined : 'must be a file id';
    case 'choices':
      return Array.isArray(value) && value.length <= 20 && value.every((v) => typeof v === 'string' && def.choices?.includes(v))
        ? undefined
        : `must be some of ${def.choices?.join(', ')}`;
    case 'longText': {
      if (typeof value !== 'string') return 'must be text';
      const max = def.maxLength ?? LONG_TEXT_MAX;
      if (value.length > max) return `must be at most ${max} characters`;
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) return 'must not contain control characters';
      return undefined;
    }
    case 'series':
      return checkSeries(value);
    case 'labels':
      return checkLabels(value);
    case 'captions': {
      if (typeof value !== 'string') return 'must be a WebVTT text';
      if (Buffer.byteLength(value) > CAPTION_LIMITS.maxBytes) return `must be at most ${CAPTION_LIMITS.maxBytes} bytes`;
      const parsed = parseCaptions(value);
      if (parsed.ok) return undefined;
      const first = parsed.problems[0];
      return first ? `is not valid WebVTT: line ${first.line}: ${first.code}${first.detail ? ` (${first.detail})` : ''}` : 'is not valid WebVTT';
    }
  }
}

const LONG_TEXT_MAX = 50_000;

/**
 * The stored form of field values: captions normalised (line ends, sanitised cue text, no STYLE
 * blocks) and long text with LF line ends. Values that do not parse are left for validation to name.
 */
export function normaliseFields(defs: readonly FieldDef[], values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const def of defs) {
    const value = out[def.name];
    if (typeof value !== 'string') continue;
    if (def.kind === 'longText') out[def.name] = value.replace(/\r\n?/g, '\n');
    if (def.kind === 'captions' && value !== '') {
      const parsed = parseCaptions(value);
      if (parsed.ok) out[def.name] = parsed.vtt;
    }
  }
  return out;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

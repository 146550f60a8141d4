import { cueToPlainText, parseCaptions } from '../captions/index.ts';
import { collectReferences, CONTENT_TYPES, referenceIds, type ContentReader, type LocalizedDocument, type RichTextDoc } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { normaliseText } from './search-text.ts';
import type { SearchDocument } from './search.types.ts';

/** How the site writes a key figure in a locale ('272 millions', '272 million', '3,5 %'): the page's own formatter. */
export type FactFormatter = (locale: string, value: number, unit: 'count' | 'year' | 'percent') => string;

/**
 * What a visitor reads on a page beyond its own translation, loaded once per batch and locale:
 * the key figures its body cites or it lists, the people it names (an office's head, a
 * statement's speaker) and, on a page listing the offices, the offices and their heads.
 */
export interface PageReferences {
  readonly byId: ReadonlyMap<string, LocalizedDocument>;
  readonly offices: readonly LocalizedDocument[];
}

// The visible text follows the site (references in any published language, as pages show them).
const SHOWN = { fallback: 'show' } as const;

/** Loads what the pages of `docs` show of other documents. */
export async function loadPageReferences(reader: ContentReader, docs: readonly LocalizedDocument[], locale: string): Promise<PageReferences> {
  const ids = new Set<string>();
  let listsFacts = false;
  let listsOffices = false;
  for (const { document, translation } of docs) {
    collectReferences(translation.body).factIds.forEach((id) => ids.add(id));
    referenceIds(document.fields.facts).forEach((id) => ids.add(id));
    for (const field of ['head', 'speaker']) if (typeof document.fields[field] === 'string') ids.add(document.fields[field]);
    if (document.type === 'page' && document.fields.listing === 'facts') listsFacts = true;
    if (document.type === 'page' && document.fields.listing === 'offices') listsOffices = true;
  }
  if (listsFacts) (await reader.listDocumentsByType('fact')).forEach((fact) => ids.add(fact.id));
  const offices = listsOffices ? await reader.listByType('office', locale as LocaleCode, SHOWN) : [];
  for (const office of offices) if (typeof office.document.fields.head === 'string') ids.add(office.document.fields.head);
  const found = ids.size === 0 ? [] : await reader.findManyById([...ids], locale as LocaleCode, SHOWN);
  return { byId: new Map(found.map((d) => [d.document.id, d])), offices };
}

/**
 * What the index keeps of a published translation: title, summary, and as body the text a visitor
 * reads: the body with its key figures written as the page writes them, the translatable text
 * fields (a story's transcript, a statement's place), the captions, the key figures it lists and
 * the names it shows. The folded body also holds each figure's digits without separators
 * ('1 234 567' is found by 1234567, '272 millions' by 272000000).
 */
export function toSearchDocument(page: LocalizedDocument, refs: PageReferences, formatFact: FactFormatter, searchableTypes: readonly string[]): SearchDocument | undefined {
  const { document, translation, locale, path, isFallback } = page;
  if (isFallback || path === undefined || !searchableTypes.includes(document.type)) return undefined;
  const numbers: string[] = [];
  // Shown or not (unpublished yet): publishing it changes what the page reads.
  const references = new Set<string>();
  const figure = (id: string): string | undefined => {
    references.add(id);
    const fact = refs.byId.get(id);
    if (fact?.document.type !== 'fact') return undefined;
    const value = Number(fact.document.fields.value);
    const unit = fact.document.fields.unit;
    if (!Number.isFinite(value) || (unit !== 'count' && unit !== 'year' && unit !== 'percent')) return undefined;
    const written = formatFact(locale, value, unit);
    numbers.push(withoutGrouping(written));
    if (Number.isInteger(value)) numbers.push(String(value));
    return written;
  };
  const name = (id: unknown): string[] => {
    if (typeof id === 'string') references.add(id);
    const person = typeof id === 'string' ? refs.byId.get(id) : undefined;
    if (person?.document.type !== 'person') return [];
    const role = person.translation.fields.role;
    return [person.translation.title, typeof role === 'string' ? role : ''];
  };

  const parts = [bodyText(translation.body, figure)];
  const type = CONTENT_TYPES.get(document.type);
  for (const field of type?.translatableFields ?? []) {
    const value = translation.fields[field.name];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (field.kind === 'text' || field.kind === 'longText') parts.push(value);
    if (field.kind === 'captions' && field.name === 'captions') parts.push(captionText(value));
  }
  parts.push(...name(document.fields.head), ...name(document.fields.speaker));
  // A page listing the facts shows the ones it names, or all of them when it names none.
  const listsAll = document.type === 'page' && document.fields.listing === 'facts' && referenceIds(document.fields.facts).length === 0;
  const listed = listsAll ? [...refs.byId.values()].filter((d) => d.document.type === 'fact').map((d) => d.document.id) : [];
  if (listsAll) references.add('type:fact');
  for (const id of [...referenceIds(document.fields.facts), ...listed]) {
    const written = figure(id);
    const label = refs.byId.get(id)?.translation.title ?? '';
    if (written !== undefined) parts.push(`${written} ${label}`);
  }
  if (document.type === 'page' && document.fields.listing === 'offices') {
    references.add('type:office');
    for (const office of refs.offices) {
      references.add(office.document.id);
      parts.push(office.translation.title, ...name(office.document.fields.head));
    }
  }
  const body = unique(parts.map((p) => p.trim()).filter((p) => p !== '')).join('\n\n');
  const extra = unique(numbers).join(' ');
  return {
    documentId: document.id,
    locale,
    type: document.type,
    path,
    title: translation.title,
    summary: translation.summary,
    body,
    folded: {
      title: normaliseText(translation.title, locale),
      summary: normaliseText(translation.summary, locale),
      body: [normaliseText(body, locale), normaliseText(extra, locale)].filter((t) => t !== '').join(' '),
    },
    references: [...references].sort(),
  };
}

/** Plain text of rich text as the page shows it: its key figures written out (see richTextToPlain). */
function bodyText(doc: RichTextDoc, figure: (id: string) => string | undefined): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; text?: unknown; attrs?: { id?: unknown }; content?: unknown };
    if (n.type === 'text' && typeof n.text === 'string') parts.push(n.text);
    if (n.type === 'fact' && typeof n.attrs?.id === 'string') parts.push(figure(n.attrs.id) ?? '');
    if (Array.isArray(n.content)) {
      n.content.forEach(visit);
      if (n.type !== 'doc') parts.push(' ');
    }
  };
  visit(doc);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** '1 234 567' (narrow no-break spaces), '1,234,567', '1.234.567' → '1234567'; '3,5 %' stays. */
export function withoutGrouping(written: string): string {
  return written.replace(/(?<=\p{Nd})[\s,.'’\u066C](?=\p{Nd}{3}(?!\p{Nd}))/gu, '');
}

function captionText(vtt: string): string {
  const parsed = parseCaptions(vtt);
  return parsed.ok ? parsed.cues.map((cue) => cueToPlainText(cue)).join('\n') : '';
}


function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

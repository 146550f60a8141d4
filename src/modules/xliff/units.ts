import { MAX_BLOCK_TEXT, type BlockNode, type ContentTypeDef, type FieldValues, type InlineNode, type RichTextDoc, type Translation } from '../content/index.ts';
import { codedToPlain, type CodedText } from './coded-text.ts';
import { codedToInlines, inlinesToCoded, markOrderOf, restoreCodes } from './inline-codes.ts';
import { splitSegments, type Segment } from './segments.ts';

export type { Segment } from './segments.ts';

/** What one translatable piece of a translation becomes in an exchange file. */
export interface TranslationUnit {
  /**
   * Stable within a document: 'title', 'summary', 'field:<name>', 'body:<block path>' (3, or 4.1.0
   * for list 4, item 1, paragraph 0), 'body:5:caption', 'body:6:label', 'body:2:attribution'.
   */
  readonly id: string;
  /** 'title' | 'summary' | the field's name | 'body'. */
  readonly field: string;
  /** The longest text accepted there, in characters, when there is a limit. */
  readonly maxChars?: number;
  readonly segments: readonly Segment[];
}

export type UnitSource = Pick<Translation, 'title' | 'summary' | 'body' | 'fields'>;
export type TargetOf = (unitId: string, segmentId: string) => CodedText | undefined;

export interface AppliedUnits {
  readonly text: { title: string; summary: string; body: RichTextDoc; fields: FieldValues };
  /** Segments no target was given for; their source text stands in their place. */
  readonly missing: readonly { unitId: string; segmentId: string }[];
}

/** Title and summary limits, as the content checks apply them. */
const TITLE_MAX = 300;
const SUMMARY_MAX = 1000;
const TEXT_KINDS = new Set(['text', 'longText']);

/**
 * Visits every translatable piece of a translation, in reading order, and rebuilds the text from
 * what each visit returns: extraction records and returns the input, application returns the
 * translation. Blocks without words (images, embeds, rules, a lone figure) are passed through.
 */
interface Visitor {
  plain(unit: { id: string; field: string; maxChars?: number }, text: string): string;
  inline(unitId: string, nodes: readonly InlineNode[]): readonly InlineNode[];
}

function walk(source: UnitSource, type: ContentTypeDef | undefined, v: Visitor): AppliedUnits['text'] {
  const title = v.plain({ id: 'title', field: 'title', maxChars: TITLE_MAX }, source.title);
  const summary = v.plain({ id: 'summary', field: 'summary', maxChars: SUMMARY_MAX }, source.summary);
  const fields: Record<string, unknown> = { ...source.fields };
  for (const def of type?.translatableFields ?? []) {
    const value = source.fields[def.name];
    if (!TEXT_KINDS.has(def.kind) || typeof value !== 'string') continue;
    fields[def.name] = v.plain({ id: `field:${def.name}`, field: def.name, ...(def.maxLength ? { maxChars: def.maxLength } : {}) }, value);
  }
  const block = (node: BlockNode, path: string): BlockNode => {
    const id = `body:${path}`;
    const short = (what: string, text: string) => v.plain({ id: `${id}:${what}`, field: 'body', maxChars: MAX_BLOCK_TEXT }, text);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return node.content?.length ? { ...node, content: v.inline(id, node.content) } : node;
      case 'bulletList':
      case 'orderedList':
        return { ...node, content: node.content.map((item, i) => ({ ...item, content: item.content.map((b, j) => block(b, `${path}.${i}.${j}`)) })) };
      case 'blockquote': {
        const content = node.content.map((b, i) => block(b, `${path}.${i}`));
        const who = node.attrs?.attribution;
        return typeof who === 'string' ? { ...node, attrs: { ...node.attrs, attribution: short('attribution', who) }, content } : { ...node, content };
      }
      case 'image':
        return typeof node.attrs.caption === 'string' ? { ...node, attrs: { ...node.attrs, caption: short('caption', node.attrs.caption) } } : node;
      case 'callToAction':
        return { ...node, attrs: { ...node.attrs, label: short('label', node.attrs.label) } };
      default:
        return node;
    }
  };
  const body: RichTextDoc = { ...source.body, content: source.body.content.map((b, i) => block(b, String(i))) };
  return { title, summary, body, fields };
}

/** The units of a translation, each split into sentence segments with the source locale's rules. */
export function extractUnits(source: UnitSource, type: ContentTypeDef | undefined, locale: string): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  walk(source, type, {
    plain(unit, text) {
      const segments = splitSegments([text], locale);
      if (segments.length) units.push({ ...unit, segments });
      return text;
    },
    inline(id, nodes) {
      const segments = splitSegments(inlinesToCoded(nodes), locale);
      if (segments.length) units.push({ id, field: 'body', segments });
      return nodes;
    },
  });
  return units;
}

/**
 * The source's text with each segment replaced by its target. Codes are taken back from the
 * source by id (see restoreCodes), so marks, links and facts come from the source whatever the
 * file said; white space between sentences is the source's. A segment without target keeps its
 * source text and is listed in `missing`: whether that is acceptable is the caller's call.
 */
export function applyUnits(source: UnitSource, type: ContentTypeDef | undefined, locale: string, targetOf: TargetOf): AppliedUnits {
  const missing: { unitId: string; segmentId: string }[] = [];
  const translated = (unitId: string, segments: readonly Segment[]): CodedText => {
    const out: CodedText[] = [];
    for (const segment of segments) {
      const target = targetOf(unitId, segment.id);
      if (target === undefined) missing.push({ unitId, segmentId: segment.id });
      out.push([segment.before ?? '', ...restoreCodes(target ?? segment.source, segment.source), segment.after ?? '']);
    }
    return out.flat();
  };
  const text = walk(source, type, {
    plain(unit, value) {
      const segments = splitSegments([value], locale);
      return segments.length ? codedToPlain(translated(unit.id, segments)) : value;
    },
    inline(id, nodes) {
      const segments = splitSegments(inlinesToCoded(nodes), locale);
      return segments.length ? codedToInlines(translated(id, segments), markOrderOf(nodes)) : nodes;
    },
  });
  return { text, missing };
}

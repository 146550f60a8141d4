import { isReferenceId, isSafeHref, type InlineNode, type Mark } from '../content/index.ts';
import { childElements, parseSafeXml, textContent, XML_NS, type CodedPart, type CodedText, type XmlElement, type XmlProblem } from '../xliff/index.ts';
import type { SegmentPair } from './memory.service.ts';

/** Bounds of a TMX file: bytes before parsing, translation units after. */
export const TMX_LIMITS = { maxBytes: 20 * 1024 * 1024, maxUnits: 100_000 } as const;

export interface TmxPair extends SegmentPair {
  readonly sourceLocale: string;
  readonly targetLocale: string;
}

/** What a TMX file gave: its pairs, and every problem with its line (a unusable file: `refused`). */
export interface TmxReading {
  readonly pairs: readonly TmxPair[];
  readonly problems: readonly XmlProblem[];
  readonly refused: boolean;
}

const MAX_PROBLEMS = 100;

/**
 * Reads TMX (1.4b; 1.1's `lang` accepted) through the safe XML reader: no DTD, no entities,
 * bounded size, elements and depth. Each `<tu>` gives a pair from its source `<tuv>` (the unit's
 * `srclang`, else the header's) to each other `<tuv>`; languages are matched to the site's
 * locales (`localeOf`), a unit in a language the site lacks is listed and skipped.
 */
export function readTmx(input: Buffer | string, localeOf: (tag: string) => string | undefined, limits = TMX_LIMITS): TmxReading {
  const parsed = parseSafeXml(input, { maxBytes: limits.maxBytes });
  if (!parsed.ok) return { pairs: [], problems: parsed.problems, refused: true };
  const root = parsed.root;
  if (root.name !== 'tmx') return refuse(root.line, `the root element is <${root.name}>, not <tmx>: this is not a TMX file`);
  const header = childElements(root, 'header')[0];
  const body = childElements(root, 'body')[0];
  if (!body) return refuse(root.line, 'the file has no <body>');
  const units = childElements(body, 'tu');
  if (units.length > limits.maxUnits) return refuse(body.line, `more than ${limits.maxUnits} translation units`);
  const headerLang = header?.attrs.srclang;
  const pairs: TmxPair[] = [];
  const problems: XmlProblem[] = [];
  const problem = (line: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  for (const tu of units) {
    const variants = childElements(tu, 'tuv').map((tuv) => ({ tuv, lang: tuv.attrs[`{${XML_NS}}lang`] ?? tuv.attrs.lang ?? '' }));
    const srcLang = tu.attrs.srclang ?? (headerLang && headerLang !== '*all*' ? headerLang : variants[0]?.lang);
    const wanted = srcLang ? localeOf(srcLang) : undefined;
    const source = variants.find((v) => v.lang.toLowerCase() === srcLang?.toLowerCase()) ?? (wanted ? variants.find((v) => localeOf(v.lang) === wanted) : undefined);
    if (!source) {
      problem(tu.line, `no variant in the source language ${srcLang ?? '(none given)'}`);
      continue;
    }
    const sourceLocale = localeOf(source.lang);
    if (!sourceLocale) {
      problem(source.tuv.line, `the language "${source.lang.slice(0, 40)}" is not one of the site's`);
      continue;
    }
    const sourceText = segOf(source.tuv, problem);
    if (!sourceText) continue;
    for (const variant of variants) {
      if (variant === source) continue;
      const targetLocale = localeOf(variant.lang);
      if (!targetLocale) {
        problem(variant.tuv.line, `the language "${variant.lang.slice(0, 40)}" is not one of the site's`);
        continue;
      }
      if (targetLocale === sourceLocale) continue;
      const targetText = segOf(variant.tuv, problem);
      if (targetText) pairs.push({ sourceLocale, targetLocale, source: sourceText, target: targetText });
    }
  }
  if (units.length > 0 && pairs.length === 0) problem(body.line, 'no usable pair in the file');
  return { pairs, problems, refused: units.length > 0 && pairs.length === 0 };
}

function refuse(line: number, message: string): TmxReading {
  return { pairs: [], problems: [{ line, message }], refused: true };
}

function segOf(tuv: XmlElement, problem: (line: number, message: string) => void): CodedText | undefined {
  const seg = childElements(tuv, 'seg')[0];
  if (!seg) {
    problem(tuv.line, 'a <tuv> without <seg>');
    return undefined;
  }
  return readSeg(seg);
}

/**
 * A `<seg>` as coded text. `<bpt>`/`<ept>` pairs (by `i`) become paired codes, `<ph>` placeholders;
 * their native data is read back when it is ours (a mark or node, checked like any rich text),
 * otherwise a `bold` or `italic` type keeps its kind and anything else only its words: an
 * imported file never brings markup of its own.
 */
export function readSeg(seg: XmlElement): CodedText {
  let next = 0;
  const root: CodedPart[] = [];
  const open: { i: string; id: string; mark: Mark | undefined; content: CodedPart[] }[] = [];
  const into = () => open[open.length - 1]?.content ?? root;
  const visit = (nodes: XmlElement['children']) => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        pushText(into(), node);
        continue;
      }
      if (node.name === 'bpt') {
        const native = parseNative(textContent(node));
        open.push({ i: node.attrs.i ?? '', id: typeof native?.id === 'string' ? native.id : `i${++next}`, mark: markOf(native?.mark) ?? markOfType(node.attrs.type), content: [] });
      } else if (node.name === 'ept') {
        const at = open.findIndex((o) => o.i === (node.attrs.i ?? ''));
        if (at < 0) continue;
        // Codes closed out of order are closed with it: what they held keeps its words.
        while (open.length > at) close(open.pop()!);
      } else if (node.name === 'ph') {
        const native = parseNative(textContent(node));
        const inline = nodeOf(native?.node);
        if (inline) into().push({ kind: 'ph', id: typeof native?.id === 'string' ? native.id : `p${++next}`, node: inline });
        else if (node.attrs.type === 'lb') into().push({ kind: 'ph', id: `p${++next}`, node: { type: 'hardBreak' } });
      } else if (node.name === 'hi') visit(node.children);
      // <it>, <ut> and <sub> carry another format's markup: their words are not the sentence's.
    }
  };
  const close = (code: (typeof open)[number]) => {
    const parent = into();
    if (code.mark) parent.push({ kind: 'pc', id: code.id, mark: code.mark, content: code.content });
    else for (const part of code.content) typeof part === 'string' ? pushText(parent, part) : parent.push(part);
  };
  visit(seg.children);
  while (open.length > 0) close(open.pop()!);
  return root;
}

function pushText(parts: CodedPart[], text: string): void {
  if (text === '') return;
  const last = parts.length - 1;
  if (last >= 0 && typeof parts[last] === 'string') parts[last] = (parts[last] as string) + text;
  else parts.push(text);
}

function parseNative(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{') || text.length > 4000) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function markOf(value: unknown): Mark | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const mark = value as { type?: unknown; attrs?: { href?: unknown; documentId?: unknown } };
  if (mark.type === 'bold' || mark.type === 'italic') return { type: mark.type };
  if (mark.type !== 'link' || typeof mark.attrs !== 'object' || mark.attrs === null) return undefined;
  if (typeof mark.attrs.href === 'string' && isSafeHref(mark.attrs.href)) return { type: 'link', attrs: { href: mark.attrs.href } };
  if (isReferenceId(mark.attrs.documentId)) return { type: 'link', attrs: { documentId: mark.attrs.documentId } };
  return undefined;
}

function markOfType(type: string | undefined): Mark | undefined {
  if (type === 'bold' || type === 'italic') return { type };
  return undefined;
}

function nodeOf(value: unknown): InlineNode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const node = value as { type?: unknown; attrs?: { id?: unknown } };
  if (node.type === 'hardBreak') return { type: 'hardBreak' };
  if (node.type === 'fact' && typeof node.attrs === 'object' && node.attrs !== null && isReferenceId(node.attrs.id)) return { type: 'fact', attrs: { id: node.attrs.id } };
  return undefined;
}

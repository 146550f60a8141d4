import type { InlineNode, Mark } from '../content/index.ts';
import type { CodedPart, CodedText } from './coded-text.ts';

type MutablePc = { kind: 'pc'; id: string; mark: Mark; content: CodedPart[] };

/** A mark's identity: two text nodes share a mark when type and target are the same. */
export function markKey(mark: Mark): string {
  return mark.type === 'link' ? `link:${mark.attrs.documentId ?? ''}:${mark.attrs.href ?? ''}` : mark.type;
}

/**
 * Rich-text inline nodes as coded text. A run of text nodes sharing a mark becomes one paired
 * code; where marks overlap, the one that runs longer is opened first, so "a link with a bold word
 * in it" is one link code around a bold code and not three links. Ids are left empty: the
 * segmenter numbers codes once the segments are known.
 */
export function inlinesToCoded(nodes: readonly InlineNode[]): CodedText {
  const root: CodedPart[] = [];
  const stack: { key: string; pc: MutablePc }[] = [];
  const keysOf = (node: InlineNode | undefined): string[] => (node?.type === 'text' ? (node.marks ?? []).map(markKey) : []);
  const runLength = (from: number, key: string): number => {
    let n = 0;
    while (from + n < nodes.length && keysOf(nodes[from + n]).includes(key)) n++;
    return n;
  };
  nodes.forEach((node, index) => {
    const marks = node.type === 'text' ? (node.marks ?? []) : [];
    const keys = marks.map(markKey);
    let keep = 0;
    while (keep < stack.length && keys.includes(stack[keep]!.key)) keep++;
    stack.length = keep;
    const open = new Set(stack.map((s) => s.key));
    const toOpen = marks
      .map((mark, i) => ({ mark, key: keys[i]! }))
      .filter((m, i) => !open.has(m.key) && keys.indexOf(m.key) === i)
      .map((m) => ({ ...m, run: runLength(index, m.key) }))
      .sort((a, b) => b.run - a.run);
    for (const { mark, key } of toOpen) {
      const pc: MutablePc = { kind: 'pc', id: '', mark, content: [] };
      (stack.length ? stack[stack.length - 1]!.pc.content : root).push(pc);
      stack.push({ key, pc });
    }
    const into = stack.length ? stack[stack.length - 1]!.pc.content : root;
    if (node.type === 'text') pushText(into, node.text);
    else into.push({ kind: 'ph', id: '', node });
  });
  return root;
}

function pushText(into: CodedPart[], text: string): void {
  if (text === '') return;
  const last = into.length - 1;
  if (last >= 0 && typeof into[last] === 'string') into[last] = (into[last] as string) + text;
  else into.push(text);
}

/**
 * The order in which a restored text node lists its marks: the order the source used for the same
 * set of marks, else the editor's (link first, then bold, then italic), so an untouched round trip
 * gives back the very same nodes.
 */
export type MarkOrder = (marks: readonly Mark[]) => Mark[];

const RANK: Record<Mark['type'], number> = { link: 0, bold: 1, italic: 2 };

export function markOrderOf(sources: readonly InlineNode[]): MarkOrder {
  const seen = new Map<string, string[]>();
  const setKey = (keys: readonly string[]) => [...keys].sort().join('\u0000');
  for (const node of sources) {
    if (node.type === 'text' && node.marks?.length) {
      const keys = node.marks.map(markKey);
      seen.set(setKey(keys), keys);
    }
  }
  return (marks) => {
    const keys = marks.map(markKey);
    const order = seen.get(setKey(keys));
    return [...marks].sort((a, b) =>
      order ? order.indexOf(markKey(a)) - order.indexOf(markKey(b)) : RANK[a.type] - RANK[b.type],
    );
  };
}

/** Coded text back to inline nodes; adjacent text with the same marks is one node again. */
export function codedToInlines(text: CodedText, order: MarkOrder): InlineNode[] {
  const out: InlineNode[] = [];
  const visit = (parts: CodedText, marks: readonly Mark[]): void => {
    for (const part of parts) {
      if (typeof part === 'string') {
        if (part === '') continue;
        const sorted = order(marks);
        const prev = out[out.length - 1];
        if (prev?.type === 'text' && sameMarks(prev.marks ?? [], sorted)) {
          out[out.length - 1] = { ...prev, text: prev.text + part };
        } else {
          out.push(sorted.length ? { type: 'text', text: part, marks: sorted } : { type: 'text', text: part });
        }
      } else if (part.kind === 'pc') {
        const key = markKey(part.mark);
        visit(part.content, marks.some((m) => markKey(m) === key) ? marks : [...marks, part.mark]);
      } else {
        out.push(part.node);
      }
    }
  };
  visit(text, []);
  return out;
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => markKey(m) === markKey(b[i]!));
}

/** The text a sentence splitter sees: paired codes by their words, a fact as one object character, a break as a line end. */
export function flatText(text: CodedText): string {
  return text
    .map((part) => (typeof part === 'string' ? part : part.kind === 'pc' ? flatText(part.content) : part.node.type === 'hardBreak' ? '\n' : '\ufffc'))
    .join('');
}

/** Every code of `source`, nested ones included, by id: what a returned text may take back. */
export function codesById(source: CodedText): Map<string, Exclude<CodedPart, string>> {
  const codes = new Map<string, Exclude<CodedPart, string>>();
  const collect = (parts: CodedText): void => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      codes.set(part.id, part);
      if (part.kind === 'pc') collect(part.content);
    }
  };
  collect(source);
  return codes;
}

/**
 * A translator's coded text with each code taken back from the source by id: the mark or node the
 * source had, whatever attributes came with the target (a tool cannot inject a link). A code whose
 * id the source does not have loses its formatting but keeps its words; an unknown placeholder goes.
 */
export function restoreCodes(target: CodedText, source: CodedText): CodedText {
  const codes = codesById(source);
  const rebuild = (parts: CodedText): CodedPart[] => {
    const out: CodedPart[] = [];
    for (const part of parts) {
      if (typeof part === 'string') pushText(out, part);
      else {
        const original = codes.get(part.id);
        if (part.kind === 'pc') {
          const content = rebuild(part.content);
          if (original?.kind === 'pc') out.push({ kind: 'pc', id: part.id, mark: original.mark, content });
          else for (const inner of content) typeof inner === 'string' ? pushText(out, inner) : out.push(inner);
        } else if (original?.kind === 'ph') out.push({ kind: 'ph', id: part.id, node: original.node });
      }
    }
    return out;
  };
  return rebuild(target);
}

/** What a target did to the source's codes: ids it lost, ids the source never had. */
export function compareCodes(source: CodedText, target: CodedText): { readonly lost: string[]; readonly unknown: string[] } {
  const ids = (parts: CodedText, into: Map<string, string>): Map<string, string> => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      into.set(part.id, part.kind);
      if (part.kind === 'pc') ids(part.content, into);
    }
    return into;
  };
  const s = ids(source, new Map());
  const t = ids(target, new Map());
  return {
    lost: [...s.keys()].filter((id) => t.get(id) !== s.get(id)),
    unknown: [...t.keys()].filter((id) => s.get(id) !== t.get(id)),
  };
}

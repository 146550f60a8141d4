import type { CodedPart, CodedText } from './coded-text.ts';
import { XLIFF12_NS, XLIFF2_NS } from './export-input.ts';
import type { XmlElement, XmlNode } from './safe-xml.ts';

/**
 * A target's inline markup read as coded text. Only the code ids matter: the mark or node of each
 * code is taken back from the source by id (restoreCodes), so what stands in for them here is a
 * placeholder never used. What we cannot map (isolated or overlapping start/end codes, native
 * code containers) is described in `unsupported`, and the unit is set aside rather than guessed.
 */
export interface ReadTarget {
  readonly text: CodedText;
  readonly unsupported: readonly string[];
}

const PLACEHOLDER_MARK = { type: 'bold' } as const;
const PLACEHOLDER_NODE = { type: 'hardBreak' } as const;

type MutablePc = { kind: 'pc'; id: string; mark: typeof PLACEHOLDER_MARK; content: CodedPart[] };

export function readInline(target: XmlElement, version: '2.0' | '1.2'): ReadTarget {
  const unsupported = new Set<string>();
  const root: CodedPart[] = [];
  // Open paired codes: a `<pc>` (or 1.2 `<g>`) while its content is read, or a 2.0 `<sc>` until its `<ec>`.
  const stack: MutablePc[] = [];
  const into = () => (stack.length ? stack[stack.length - 1]!.content : root);
  const push = (part: CodedPart) => {
    const out = into();
    const last = out.length - 1;
    if (typeof part === 'string' && last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + part;
    else if (part !== '') out.push(part);
  };
  const open = (id: string) => {
    const pc: MutablePc = { kind: 'pc', id, mark: PLACEHOLDER_MARK, content: [] };
    into().push(pc);
    stack.push(pc);
  };
  const close = (id: string) => {
    if (stack.length && stack[stack.length - 1]!.id === id) stack.pop();
    else unsupported.add(`codes overlap or do not pair up (code ${id.slice(0, 20)})`);
  };
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        push(node);
        continue;
      }
      const id = node.attrs.id ?? '';
      const name = node.ns === (version === '2.0' ? XLIFF2_NS : XLIFF12_NS) ? node.name : `{${node.ns}}${node.name}`;
      if ((version === '2.0' && name === 'pc') || (version === '1.2' && name === 'g')) {
        open(id);
        visit(node.children);
        close(id);
      } else if ((version === '2.0' && name === 'ph') || (version === '1.2' && name === 'x')) {
        push({ kind: 'ph', id, node: PLACEHOLDER_NODE });
      } else if (version === '2.0' && name === 'sc' && node.attrs.isolated !== 'yes') {
        // Some tools write a paired code as start and end codes: read back as the pair it was.
        open(id);
      } else if (version === '2.0' && name === 'ec' && node.attrs.isolated !== 'yes') {
        close(node.attrs.startRef ?? id);
      } else if (version === '2.0' && name === 'cp') {
        const code = Number.parseInt(node.attrs.hex ?? '', 16);
        push(Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');
      } else if (name === 'mrk') {
        // An annotation (a term, a comment) around words: the words count, the annotation does not.
        visit(node.children);
      } else if (version === '2.0' && (name === 'sm' || name === 'em')) {
        continue;
      } else {
        unsupported.add(`<${name.slice(0, 60)}>${node.attrs.isolated === 'yes' ? ' (isolated)' : ''} is not supported here`);
      }
    }
  };
  visit(target.children);
  for (const pc of stack) unsupported.add(`<sc id="${pc.id.slice(0, 20)}"> has no <ec>`);
  return { text: root, unsupported: [...unsupported] };
}

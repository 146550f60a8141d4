import type { CodedPart, CodedText } from './coded-text.ts';
import { XLIFF12_NS, XLIFF2_NS } from './export-input.ts';
import type { XmlElement, XmlNode } from './safe-xml.ts';

/**
 * A target's inline markup read as coded text. Only the code ids matter: the mark or node of each
 * code is taken back from the source by id (restoreCodes), so what stands in for them here is a
 * placeholder never used. Elements we cannot map (start/end codes split across a segment, native
 * code containers) are named in `unsupported`, and the unit is set aside rather than guessed.
 */
export interface ReadTarget {
  readonly text: CodedText;
  readonly unsupported: readonly string[];
}

const PLACEHOLDER_MARK = { type: 'bold' } as const;
const PLACEHOLDER_NODE = { type: 'hardBreak' } as const;

export function readInline(target: XmlElement, version: '2.0' | '1.2'): ReadTarget {
  const unsupported = new Set<string>();
  const visit = (nodes: readonly XmlNode[]): CodedPart[] => {
    const out: CodedPart[] = [];
    const push = (part: CodedPart) => {
      const last = out.length - 1;
      if (typeof part === 'string' && last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + part;
      else if (part !== '') out.push(part);
    };
    for (const node of nodes) {
      if (typeof node === 'string') {
        push(node);
        continue;
      }
      const id = node.attrs.id ?? '';
      const name = node.ns === (version === '2.0' ? XLIFF2_NS : XLIFF12_NS) ? node.name : `{${node.ns}}${node.name}`;
      if ((version === '2.0' && name === 'pc') || (version === '1.2' && name === 'g')) {
        out.push({ kind: 'pc', id, mark: PLACEHOLDER_MARK, content: visit(node.children) });
      } else if ((version === '2.0' && name === 'ph') || (version === '1.2' && name === 'x')) {
        out.push({ kind: 'ph', id, node: PLACEHOLDER_NODE });
      } else if (version === '2.0' && name === 'cp') {
        const code = Number.parseInt(node.attrs.hex ?? '', 16);
        push(Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');
      } else if (name === 'mrk') {
        // An annotation (a term, a comment) around words: the words count, the annotation does not.
        for (const part of visit(node.children)) push(part);
      } else if (version === '2.0' && (name === 'sm' || name === 'em')) {
        continue;
      } else {
        unsupported.add(name);
      }
    }
    return out;
  };
  return { text: visit(target.children), unsupported: [...unsupported] };
}

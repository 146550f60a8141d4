import type { BlockNode, InlineNode, Mark, RichTextDoc } from '../content/index.ts';

/** Resolves a demo key to a stored document id. */
export type KeyResolver = (key: string) => string;

/**
 * Turns the demo's compact markup (see demo.types.ts) into rich text. It exists only so the demo
 * content reads as prose in its source file; editors use the rich text editor.
 */
export function markupToRichText(blocks: readonly string[], resolve: KeyResolver): RichTextDoc {
  return { type: 'doc', content: blocks.map((block) => toBlock(block.trim(), resolve)) };
}

function toBlock(block: string, resolve: KeyResolver): BlockNode {
  if (block.startsWith('### ')) return { type: 'heading', attrs: { level: 3 }, content: toInlines(block.slice(4), resolve) };
  if (block.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: toInlines(block.slice(3), resolve) };
  if (block.startsWith('> ')) {
    return { type: 'blockquote', content: [{ type: 'paragraph', content: toInlines(block.slice(2), resolve) }] };
  }
  const lines = block.split('\n');
  if (lines.every((line) => line.startsWith('- '))) {
    return {
      type: 'bulletList',
      content: lines.map((line) => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: toInlines(line.slice(2), resolve) }],
      })),
    };
  }
  return { type: 'paragraph', content: toInlines(block, resolve) };
}

const TOKEN = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)|\{fact:([a-z0-9-]+)\}/g;

function toInlines(text: string, resolve: KeyResolver): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) });
    const [, bold, italic, label, target, fact] = match;
    if (bold !== undefined) out.push(textWith(bold, { type: 'bold' }));
    else if (italic !== undefined) out.push(textWith(italic, { type: 'italic' }));
    else if (label !== undefined && target !== undefined) out.push(textWith(label, linkMark(target, resolve)));
    else if (fact !== undefined) out.push({ type: 'fact', attrs: { id: resolve(fact) } });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

function linkMark(target: string, resolve: KeyResolver): Mark {
  return target.startsWith('doc:')
    ? { type: 'link', attrs: { documentId: resolve(target.slice(4)) } }
    : { type: 'link', attrs: { href: target } };
}

function textWith(text: string, mark: Mark): InlineNode {
  return { type: 'text', text, marks: [mark] };
}

import type { BlockNode, InlineNode, Mark, RichTextDoc } from './rich-text.ts';

/** Resolves a demo key to a stored document id. */
export type KeyResolver = (key: string) => string;

/**
 * A compact plain-text markup for rich text, used by the demo data and by the back office's
 * plain editor (what works without JavaScript): blocks separated by a blank line; "## ", "### "
 * and "#### " headings, "> " quotes, "- " or "1. " list lines, "---" a rule; inline **bold**,
 * *italic*, [label](https://…)
 * or [label](doc:ID) links, and {fact:ID} key figures. Blocks of their own: "![caption](media:ID)"
 * an image of the library, "{story:ID}" or "{video:ID}" an embedded story or video, "[[label]](doc:ID)"
 * or "[[label]](https://…)" a call to action, and a quote's last line "— who" its attribution.
 * The result is validated like any rich text.
 */
export function markupToRichText(input: readonly string[] | string, resolve: KeyResolver = (id) => id): RichTextDoc {
  const blocks = typeof input === 'string' ? input.replace(/\r\n?/g, '\n').split(/\n\s*\n/) : input;
  return {
    type: 'doc',
    content: blocks.map((block) => block.trim()).filter((block) => block !== '').map((block) => toBlock(block, resolve)),
  };
}

function toBlock(block: string, resolve: KeyResolver): BlockNode {
  if (block === '---') return { type: 'horizontalRule' };
  if (block.startsWith('#### ')) return { type: 'heading', attrs: { level: 4 }, content: toInlines(block.slice(5), resolve) };
  if (block.startsWith('### ')) return { type: 'heading', attrs: { level: 3 }, content: toInlines(block.slice(4), resolve) };
  if (block.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: toInlines(block.slice(3), resolve) };
  if (block.startsWith('> ')) {
    const quoted = block.slice(2).split('\n');
    const last = quoted.length > 1 ? quoted[quoted.length - 1]! : '';
    const attribution = last.startsWith('— ') ? last.slice(2).trim() : '';
    const text = (attribution ? quoted.slice(0, -1) : quoted).join('\n');
    const content: BlockNode[] = [{ type: 'paragraph', content: toInlines(text, resolve) }];
    return attribution ? { type: 'blockquote', attrs: { attribution }, content } : { type: 'blockquote', content };
  }
  const image = /^!\[([^\]\n]*)\]\(media:([^)\s]+)\)$/.exec(block);
  if (image) return { type: 'image', attrs: image[1] ? { mediaId: resolve(image[2]!), caption: image[1] } : { mediaId: resolve(image[2]!) } };
  const embed = /^\{(story|video):([^}\s]+)\}$/.exec(block);
  if (embed) return { type: 'embed', attrs: { kind: embed[1] as 'story' | 'video', id: resolve(embed[2]!) } };
  const cta = /^\[\[([^\]\n]+)\]\]\(([^)\s]+)\)$/.exec(block);
  if (cta) {
    const target = cta[2]!;
    return { type: 'callToAction', attrs: target.startsWith('doc:') ? { label: cta[1]!, documentId: resolve(target.slice(4)) } : { label: cta[1]!, href: target } };
  }
  const lines = block.split('\n');
  const listOf = (type: 'bulletList' | 'orderedList', marker: RegExp): BlockNode => ({
    type,
    content: lines.map((line) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: toInlines(line.replace(marker, ''), resolve) }],
    })),
  });
  if (lines.every((line) => line.startsWith('- '))) return listOf('bulletList', /^- /);
  if (lines.every((line) => /^\d{1,3}\. /.test(line))) return listOf('orderedList', /^\d{1,3}\. /);
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

/** The inverse of markupToRichText, for editing stored rich text as markup; ids stay ids. */
export function richTextToMarkup(doc: RichTextDoc): string {
  return (doc.content ?? []).map(blockToMarkup).filter((b) => b !== '').join('\n\n');
}

function blockToMarkup(block: BlockNode): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.attrs.level)} ${inlinesToMarkup(block.content)}`;
    case 'paragraph':
      return inlinesToMarkup(block.content);
    case 'blockquote': {
      const who = block.attrs?.attribution?.replace(/\s+/g, ' ').trim();
      return `> ${block.content.map(blockToMarkup).join(' ')}${who ? `\n— ${who}` : ''}`;
    }
    case 'image':
      return `![${oneLine(block.attrs.caption ?? '').replace(/\]/g, '')}](media:${block.attrs.mediaId})`;
    case 'embed':
      return `{${block.attrs.kind}:${block.attrs.id}}`;
    case 'callToAction':
      return `[[${oneLine(block.attrs.label).replace(/\]/g, '')}]](${block.attrs.documentId ? `doc:${block.attrs.documentId}` : (block.attrs.href ?? '')})`;
    case 'bulletList':
      return block.content.map((item) => `- ${item.content.map(blockToMarkup).join(' ')}`).join('\n');
    case 'orderedList':
      return block.content.map((item, i) => `${i + 1}. ${item.content.map(blockToMarkup).join(' ')}`).join('\n');
    case 'horizontalRule':
      return '---';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function inlinesToMarkup(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return ' ';
      if (node.type === 'fact') return `{fact:${node.attrs.id}}`;
      let text = node.text;
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`;
        else if (mark.type === 'italic') text = `*${text}*`;
        else if (mark.type === 'link') text = `[${text}](${mark.attrs.documentId ? `doc:${mark.attrs.documentId}` : (mark.attrs.href ?? '')})`;
      }
      return text;
    })
    .join('');
}

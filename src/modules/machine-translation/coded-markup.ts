import { codesById, type CodedPart, type CodedText } from '../xliff/index.ts';

/**
 * Coded text as the provider port carries it: words XML-escaped, a paired code as
 * `<g id="2">…</g>` and a placeholder as `<x id="1"/>` (the tags DeepL's XML handling keeps in
 * place and moves with the words they hold).
 */
export function codedToMarkup(text: CodedText): string {
  return text
    .map((part) => (typeof part === 'string' ? escapeXml(part) : part.kind === 'pc' ? `<g id="${escapeXml(part.id)}">${codedToMarkup(part.content)}</g>` : `<x id="${escapeXml(part.id)}"/>`))
    .join('');
}

const TAG = /<(\/?)([gx])((?:\s[^>]*?)?)(\/?)>/g;
const ID = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * A provider's answer back to coded text, each code taken from `source` by id: the source's mark
 * or figure, never anything the answer invented. Tags whose id the source lacks are dropped with
 * their words kept; a placeholder the provider lost (a key figure) is put back at the end, so no
 * figure disappears from the page; any other markup is read as text.
 */
export function markupToCoded(markup: string, source: CodedText): CodedText {
  const codes = codesById(source);

  type Frame = { id: string | undefined; parts: CodedPart[] };
  const stack: Frame[] = [{ id: undefined, parts: [] }];
  const used = new Set<string>();
  const push = (part: CodedPart) => {
    const parts = stack[stack.length - 1]!.parts;
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  const close = () => {
    const frame = stack.pop()!;
    const original = frame.id === undefined ? undefined : codes.get(frame.id);
    if (original?.kind === 'pc' && !used.has(original.id)) {
      used.add(original.id);
      push({ kind: 'pc', id: original.id, mark: original.mark, content: frame.parts });
    } else for (const inner of frame.parts) push(inner);
  };

  let at = 0;
  for (const match of markup.matchAll(TAG)) {
    push(unescapeXml(markup.slice(at, match.index)));
    at = match.index + match[0].length;
    const [, slash, name, attrs, selfClosing] = match;
    const found = ID.exec(attrs ?? '');
    const id = found ? (found[1] ?? found[2]) : undefined;
    if (name === 'x') {
      const original = id === undefined ? undefined : codes.get(id);
      if (original?.kind === 'ph' && !used.has(original.id)) {
        used.add(original.id);
        push({ kind: 'ph', id: original.id, node: original.node });
      }
    } else if (slash) {
      if (stack.length > 1) close();
    } else if (!selfClosing) stack.push({ id, parts: [] });
  }
  push(unescapeXml(markup.slice(at)));
  while (stack.length > 1) close();
  for (const code of codes.values()) {
    if (code.kind === 'ph' && !used.has(code.id) && code.node.type !== 'hardBreak') push({ kind: 'ph', id: code.id, node: code.node });
  }
  return stack[0]!.parts;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

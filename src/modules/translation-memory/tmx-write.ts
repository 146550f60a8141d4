import type { CodedText } from '../xliff/index.ts';
import type { StoredPair } from './memory.service.ts';

/**
 * TMX 1.4b (https://www.gala-global.org/tmx-14b): one `<tu>` per pair, its source `<tuv>` first.
 * Inline codes are `<bpt>`/`<ept>` around formatted text and `<ph>` for a placeholder, their
 * native data our own JSON (mark or node and code id), so an export imported again gives the same
 * pairs, and other tools see balanced, typed codes they can move.
 */
export async function* writeTmx(pairs: AsyncIterable<StoredPair>, options: { srcLang: string; createdAt: Date }): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  yield `  <header creationtool="Ensemble" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${escapeXml(options.srcLang)}" o-tmf="Ensemble" creationdate="${tmxDate(options.createdAt.toISOString())}"/>\n  <body>\n`;
  for await (const pair of pairs) {
    yield `    <tu srclang="${escapeXml(pair.sourceLocale)}" changedate="${tmxDate(pair.updatedAt)}">\n`;
    yield `      <tuv xml:lang="${escapeXml(pair.sourceLocale)}"><seg>${segXml(pair.source)}</seg></tuv>\n`;
    yield `      <tuv xml:lang="${escapeXml(pair.targetLocale)}"><seg>${segXml(pair.target)}</seg></tuv>\n    </tu>\n`;
  }
  yield '  </body>\n</tmx>\n';
}

/** A segment's coded text as the content of `<seg>`; `i` numbers each paired code within it. */
export function segXml(text: CodedText): string {
  let next = 0;
  const write = (parts: CodedText): string =>
    parts
      .map((part) => {
        if (typeof part === 'string') return escapeXml(part);
        if (part.kind === 'ph') return `<ph type="${part.node.type === 'hardBreak' ? 'lb' : 'x-fact'}">${escapeXml(JSON.stringify({ id: part.id, node: part.node }))}</ph>`;
        const i = ++next;
        const type = part.mark.type === 'bold' ? 'bold' : part.mark.type === 'italic' ? 'italic' : 'link';
        return `<bpt i="${i}" type="${type}">${escapeXml(JSON.stringify({ id: part.id, mark: part.mark }))}</bpt>${write(part.content)}<ept i="${i}">${escapeXml(JSON.stringify({ id: part.id }))}</ept>`;
      })
      .join('');
  return write(text);
}

/** TMX dates are ISO 8601 basic format in UTC: 20261203T140500Z. */
function tmxDate(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than written into a file tools would refuse.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// The references every WebVTT reader understands, plus the quotes HTML-minded tools write.
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['nbsp', '\u00a0'],
  ['lrm', '\u200e'],
  ['rlm', '\u200f'],
  ['quot', '"'],
  ['apos', "'"],
]);
const REFERENCE = /^&(?:([a-z]{2,4})|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/;

/** Decodes the character reference at `index`, or returns null when the "&" there is a literal ampersand. */
export function decodeReferenceAt(text: string, index: number): { readonly char: string; readonly length: number } | null {
  const match = REFERENCE.exec(text.slice(index, index + 12));
  if (!match) return null;
  const [whole, name, decimal, hex] = match;
  if (name !== undefined) {
    const char = NAMED.get(name);
    return char === undefined ? null : { char, length: whole.length };
  }
  const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return isAllowedCodePoint(codePoint) ? { char: String.fromCodePoint(codePoint), length: whole.length } : null;
}

/** Decodes every reference in a run of sanitised text. */
export function decodeReferences(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const reference = decodeReferenceAt(text, i);
    if (!reference) continue;
    out += text.slice(from, i) + reference.char;
    from = i + reference.length;
    i = from - 1;
  }
  return out + text.slice(from);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\u00a0': '&nbsp;',
  '\u200e': '&lrm;',
  '\u200f': '&rlm;',
  '\ufeff': '',
};

/**
 * Escapes plain text as WebVTT cue text. The colon of a script URL scheme is written as a reference too: the text
 * is inert in a player, but a transcript or search page that turns URLs into links must never see one.
 */
export function escapeCueText(text: string): string {
  return text
    .replace(/[&<>\u00a0\u200e\u200f\ufeff]/g, (char) => ESCAPES[char] ?? '')
    .replace(/\b((?:java|vb)script\s*):/gi, '$1&#58;');
}

function isAllowedCodePoint(codePoint: number): boolean {
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return false;
  // A decoded line break could end the cue early, or forge a new cue, once the text is written back out.
  if (codePoint < 0x20) return codePoint === 0x09;
  return codePoint !== 0x7f && codePoint !== 0xfeff;
}

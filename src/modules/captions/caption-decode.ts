import { lineAtByte, lineAtIndex } from './caption-lines.ts';
import type { CaptionProblem } from './captions.types.ts';

export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: CaptionProblem };

/**
 * Turns an upload into text, or refuses it. UTF-8 is the WebVTT encoding; UTF-16 with a byte order mark is
 * decoded too, because Windows subtitle tools still save SRT that way and the BOM makes it unambiguous.
 * UTF-16 without a BOM, invalid UTF-8 and legacy code pages (cp1252, UTF-7) are refused rather than guessed:
 * a wrong guess silently garbles every accented letter in the captions.
 */
export function decodeCaptions(input: Uint8Array | string, maxBytes: number): DecodeResult {
  const size = typeof input === 'string' ? stringByteLength(input, maxBytes) : input.length;
  if (size === 0) return refuse(1, 'empty');
  if (size > maxBytes) return refuse(1, 'too-large', `more than ${maxBytes} bytes`);
  const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeBytes(input);
  return decoded.ok ? checkText(decoded.text) : decoded;
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0)) {
    return refuse(1, 'encoding', 'UTF-16 without a byte order mark');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = findInvalidUtf8(bytes);
    return refuse(lineAtByte(bytes, offset), 'encoding', `invalid UTF-8 at byte ${offset + 1}`);
  }
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return refuse(1, 'encoding', `invalid ${label.toUpperCase()}`);
  }
}

// C0 controls other than tab, LF, FF and CR, plus DEL: never in captions, always in binaries (NUL first of all).
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkText(raw: string): DecodeResult {
  // TextDecoder removes one BOM; a second one comes from a tool that re-encoded the file, and is just as empty.
  const text = raw.replace(/^\ufeff+/, '');
  if (text.trim() === '') return refuse(1, 'empty');
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return refuse(lineAtIndex(text, surrogate.index), 'encoding', 'unpaired UTF-16 surrogate');
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return refuse(lineAtIndex(text, control.index), 'not-text', `control character U+${code}`);
  }
  // Browsers sniff a leading "<" as HTML; such a file is a web page or an XML document, never captions.
  const start = text.search(/\S/);
  if (text[start] === '<') return refuse(lineAtIndex(text, start), 'not-text', 'starts like HTML or XML');
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points above U+10FFFF included). */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

/** UTF-8 size, but stops counting as soon as the limit is certainly passed (each UTF-16 unit is ≥ 1 byte). */
function stringByteLength(text: string, maxBytes: number): number {
  if (text.length > maxBytes) return text.length;
  // TextEncoder rather than Buffer: the back office's caption editor runs this check in the browser too.
  return new TextEncoder().encode(text).length;
}

function refuse(line: number, code: CaptionProblem['code'], detail?: string): DecodeResult {
  return { ok: false, problem: detail === undefined ? { line, code } : { line, code, detail } };
}

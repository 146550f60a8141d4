import { SaxesParser } from 'saxes';

/**
 * A small XML reader for files that come from outside (XLIFF from agencies, TMX from other tools).
 * It never reads a DTD: a file with a DOCTYPE is refused, so there is no external entity (XXE) and
 * no entity expansion (billion laughs); only the five predefined entities and character
 * references are known. Size is checked before any parsing, then element count and depth while
 * reading. Comments and processing instructions are skipped.
 */
export interface XmlElement {
  /** Local name. */
  readonly name: string;
  /** Namespace URI, '' when none. */
  readonly ns: string;
  /** Attributes without a namespace by their name; namespaced ones as `{uri}local` (xml:lang included). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Line of the start tag, from 1. */
  readonly line: number;
}

export type XmlNode = XmlElement | string;

export interface XmlProblem {
  readonly line?: number;
  readonly message: string;
}

export interface XmlLimits {
  /** Largest accepted input, in bytes; default 20 MB. */
  readonly maxBytes?: number;
  /** Most elements; default 200,000. */
  readonly maxElements?: number;
  /** Deepest nesting of elements; default 64. */
  readonly maxDepth?: number;
}

export type XmlResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly problems: readonly XmlProblem[] };

export const XML_LIMITS = { maxBytes: 20 * 1024 * 1024, maxElements: 200_000, maxDepth: 64 } as const;
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MAX_PROBLEMS = 50;

type Building = { name: string; ns: string; attrs: Record<string, string>; children: XmlNode[]; line: number };

/** Stops the parser from inside a handler once the file is known to be unusable. */
class Abort extends Error {}

export function parseSafeXml(input: Buffer | string, limits: XmlLimits = {}): XmlResult {
  const maxBytes = limits.maxBytes ?? XML_LIMITS.maxBytes;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > maxBytes) {
    return refuse({ message: `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} accepted` });
  }
  const decoded = decode(input);
  if ('problem' in decoded) return refuse(decoded.problem);
  const maxElements = limits.maxElements ?? XML_LIMITS.maxElements;
  const maxDepth = limits.maxDepth ?? XML_LIMITS.maxDepth;

  const parser = new SaxesParser({ xmlns: true, position: true });
  const problems: XmlProblem[] = [];
  const stack: Building[] = [];
  let root: Building | undefined;
  let elements = 0;
  let tagLine = 1;
  const fatal = (message: string, line = parser.line): never => {
    problems.push({ line, message });
    throw new Abort(message);
  };

  parser.on('error', (err) => {
    if (problems.length >= MAX_PROBLEMS) throw new Abort('too many problems');
    problems.push({ line: parser.line, message: err.message.replace(/^\d+:\d+: /, '') });
  });
  parser.on('doctype', () => {
    const at = decoded.text.indexOf('<!DOCTYPE');
    fatal('a DOCTYPE is not accepted: the file must not declare a DTD or entities', at < 0 ? parser.line : lineAt(decoded.text, at));
  });
  parser.on('xmldecl', (decl) => {
    const declared = decl.encoding?.toLowerCase();
    if (declared === undefined) return;
    const fits = decoded.encoding === 'utf-16' ? declared === 'utf-16' : declared === 'utf-8' || declared === 'utf8';
    if (!fits) fatal(`the declared encoding "${decl.encoding}" is not accepted: save the file as UTF-8`);
  });
  parser.on('opentagstart', () => {
    elements++;
    tagLine = parser.line;
    if (elements > maxElements) fatal(`more than ${maxElements} elements`);
    if (stack.length + 1 > maxDepth) fatal(`elements nested deeper than ${maxDepth} levels`);
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || (attr.prefix === '' && attr.local === 'xmlns')) continue;
      attrs[attr.uri ? `{${attr.uri}}${attr.local}` : attr.local] = attr.value;
    }
    const element: Building = { name: tag.local, ns: tag.uri, attrs, children: [], line: tagLine };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const text = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children.length - 1;
    if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] = (parent.children[last] as string) + value;
    else parent.children.push(value);
  };
  parser.on('text', text);
  parser.on('cdata', text);

  try {
    parser.write(decoded.text).close();
  } catch (err) {
    if (!(err instanceof Abort)) problems.push({ line: parser.line, message: err instanceof Error ? err.message : String(err) });
  }
  if (problems.length) return { ok: false, problems };
  if (!root) return refuse({ message: 'the file holds no XML element' });
  return { ok: true, root };
}

function refuse(problem: XmlProblem): XmlResult {
  return { ok: false, problems: [problem] };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM or a recognisable `<?`; anything else is refused. */
function decode(input: Buffer | string): { text: string; encoding: 'utf-8' | 'utf-16' } | { problem: XmlProblem } {
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  const b0 = input[0];
  const b1 = input[1];
  let label: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && input[2] === 0xbf) skip = 3;
  else if (b0 === 0xff && b1 === 0xfe) [label, skip] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [label, skip] = ['utf-16be', 2];
  else if (b0 === 0x3c && b1 === 0x00) label = 'utf-16le';
  else if (b0 === 0x00 && b1 === 0x3c) label = 'utf-16be';
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(input.subarray(skip));
    return { text, encoding: label === 'utf-8' ? 'utf-8' : 'utf-16' };
  } catch {
    return { problem: { message: `the file is not valid ${label === 'utf-8' ? 'UTF-8' : 'UTF-16'} text: save it as UTF-8` } };
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Child elements of an element, optionally only those with a local name (and namespace). */
export function childElements(el: XmlElement, name?: string, ns?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name) && (ns === undefined || c.ns === ns));
}

/** All the text inside an element, markup dropped. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/** Every element with this tag name under `root`, in document order. */
export function findAll(root: HtmlNode, tag: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlNode) => {
    if ('tagName' in node && node.tagName === tag) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) visit(node.content);
  };
  visit(root);
  return found;
}

/** @throws when the page has no such element, so tests fail with a clear message. */
export function findFirst(root: HtmlNode, tag: string): HtmlElement {
  const element = findAll(root, tag)[0];
  if (!element) throw new Error(`no <${tag}> in the document`);
  return element;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader sees, with runs of white space collapsed. */
export function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const visit = (n: HtmlNode) => {
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A snippet of markup or text on one line, cut at `max` characters, for failure messages. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

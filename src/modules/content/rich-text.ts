import type { FieldProblem } from '../../platform/errors.ts';

/**
 * Structured rich text, shaped like a ProseMirror/Tiptap JSON document. Only the nodes and marks
 * below exist: anything else is refused on save and skipped on render.
 */
export interface RichTextDoc {
  readonly type: 'doc';
  readonly content: readonly BlockNode[];
}

export type BlockNode =
  | { readonly type: 'paragraph'; readonly content?: readonly InlineNode[] }
  | { readonly type: 'heading'; readonly attrs: { readonly level: 2 | 3 | 4 }; readonly content?: readonly InlineNode[] }
  | { readonly type: 'bulletList' | 'orderedList'; readonly content: readonly ListItemNode[] }
  /** A quote; its attribution (who said it) is optional, so older quotes stay valid. */
  | { readonly type: 'blockquote'; readonly attrs?: { readonly attribution?: string }; readonly content: readonly BlockNode[] }
  | { readonly type: 'horizontalRule' }
  /** A picture of the media library; its alt text comes from the library, in the reader's locale. */
  | { readonly type: 'image'; readonly attrs: { readonly mediaId: string; readonly caption?: string } }
  /** A story shown as a card, or a video of the library shown with its player. */
  | { readonly type: 'embed'; readonly attrs: { readonly kind: 'story' | 'video'; readonly id: string } }
  /** A button-like link: to a document (by id, so it survives renames) or to a safe address. */
  | { readonly type: 'callToAction'; readonly attrs: { readonly label: string; readonly documentId?: string; readonly href?: string } };

export interface ListItemNode {
  readonly type: 'listItem';
  readonly content: readonly BlockNode[];
}

export type InlineNode =
  | { readonly type: 'text'; readonly text: string; readonly marks?: readonly Mark[] }
  | { readonly type: 'hardBreak' }
  /** A key figure, shown with the fact's value formatted for the page's locale. */
  | { readonly type: 'fact'; readonly attrs: { readonly id: string } };

export type Mark =
  | { readonly type: 'bold' | 'italic' }
  /** Either an external href or a document id: internal links follow the reader's locale. */
  | { readonly type: 'link'; readonly attrs: { readonly href?: string; readonly documentId?: string } };

export const EMPTY_DOC: RichTextDoc = Object.freeze({ type: 'doc', content: [] });

const MAX_DEPTH = 12;
const MAX_NODES = 20_000;
/** Longest caption, attribution or call-to-action label, in characters. */
export const MAX_BLOCK_TEXT = 500;
/** Ids of documents, media and videos: UUIDs or the demo's slug-like keys, never markup or paths. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function isReferenceId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** Links may point to the web, to mail, or inside the site; never to script or data. */
export function isSafeHref(href: string): boolean {
  if (href.length > 2048 || /[\u0000-\u001f\u007f\s]/.test(href)) return false;
  if (href.startsWith('/') && !href.startsWith('//')) return true;
  if (href.startsWith('#')) return true;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol);
  } catch {
    return false;
  }
}

/** Checks that a value is a RichTextDoc this platform can render, listing each problem by path. */
export function validateRichText(value: unknown, path = 'body'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let count = 0;
  const fail = (at: string, message: string) => {
    if (problems.length < 50) problems.push({ path: at, message });
  };

  const inline = (node: unknown, at: string): void => {
    count++;
    if (!isObject(node)) return fail(at, 'must be an object');
    if (node.type === 'text') {
      if (typeof node.text !== 'string' || node.text.length === 0) return fail(at, 'text must be a non-empty string');
      if (node.marks !== undefined) {
        if (!Array.isArray(node.marks)) return fail(`${at}.marks`, 'must be a list');
        node.marks.forEach((mark, i) => checkMark(mark, `${at}.marks[${i}]`));
      }
      return;
    }
    if (node.type === 'hardBreak') return;
    if (node.type === 'fact') {
      if (!isObject(node.attrs) || typeof node.attrs.id !== 'string') return fail(at, 'fact needs attrs.id');
      return;
    }
    fail(at, `inline node type "${String(node.type).slice(0, 40)}" is not allowed`);
  };

  const checkMark = (mark: unknown, at: string): void => {
    if (!isObject(mark)) return fail(at, 'must be an object');
    if (mark.type === 'bold' || mark.type === 'italic') return;
    if (mark.type === 'link') {
      const attrs = mark.attrs;
      if (!isObject(attrs)) return fail(at, 'link needs attrs');
      if (typeof attrs.documentId === 'string') return;
      if (typeof attrs.href === 'string' && isSafeHref(attrs.href)) return;
      return fail(at, 'link must point to a document or to an http(s), mailto or site-relative address');
    }
    fail(at, `mark type "${String(mark.type).slice(0, 40)}" is not allowed`);
  };

  const inlines = (content: unknown, at: string): void => {
    if (content === undefined) return;
    if (!Array.isArray(content)) return fail(at, 'must be a list');
    content.forEach((n, i) => inline(n, `${at}[${i}]`));
  };

  const block = (node: unknown, at: string, depth: number): void => {
    count++;
    if (count > MAX_NODES) return fail(at, `document has more than ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) return fail(at, `nesting deeper than ${MAX_DEPTH} levels`);
    if (!isObject(node)) return fail(at, 'must be an object');
    switch (node.type) {
      case 'paragraph':
        return inlines(node.content, `${at}.content`);
      case 'heading':
        if (!isObject(node.attrs) || ![2, 3, 4].includes(node.attrs.level as number)) {
          fail(`${at}.attrs.level`, 'heading level must be 2, 3 or 4');
        }
        return inlines(node.content, `${at}.content`);
      case 'bulletList':
      case 'orderedList':
        if (!Array.isArray(node.content)) return fail(`${at}.content`, 'must be a list');
        node.content.forEach((item, i) => {
          const itemAt = `${at}.content[${i}]`;
          if (!isObject(item) || item.type !== 'listItem' || !Array.isArray(item.content)) {
            return fail(itemAt, 'must be a listItem with content');
          }
          item.content.forEach((b, j) => block(b, `${itemAt}.content[${j}]`, depth + 1));
        });
        return;
      case 'blockquote':
        if (node.attrs !== undefined) {
          if (!isObject(node.attrs)) return fail(`${at}.attrs`, 'must be an object');
          if (node.attrs.attribution !== undefined) shortText(node.attrs.attribution, `${at}.attrs.attribution`, false);
        }
        if (!Array.isArray(node.content)) return fail(`${at}.content`, 'must be a list');
        node.content.forEach((b, i) => block(b, `${at}.content[${i}]`, depth + 1));
        return;
      case 'horizontalRule':
        return;
      case 'image':
        if (!isObject(node.attrs) || !isReferenceId(node.attrs.mediaId)) return fail(`${at}.attrs.mediaId`, 'image needs the id of a media library image');
        if (node.attrs.caption !== undefined) shortText(node.attrs.caption, `${at}.attrs.caption`, false);
        return;
      case 'embed':
        if (!isObject(node.attrs) || (node.attrs.kind !== 'story' && node.attrs.kind !== 'video')) return fail(`${at}.attrs.kind`, 'embed kind must be story or video');
        if (!isReferenceId(node.attrs.id)) return fail(`${at}.attrs.id`, 'embed needs the id of a story or video');
        return;
      case 'callToAction': {
        const attrs = node.attrs;
        if (!isObject(attrs)) return fail(`${at}.attrs`, 'call to action needs a label and a target');
        shortText(attrs.label, `${at}.attrs.label`, true);
        if (attrs.documentId !== undefined ? !isReferenceId(attrs.documentId) : !(typeof attrs.href === 'string' && isSafeHref(attrs.href))) {
          fail(`${at}.attrs`, 'call to action must point to a document or to an http(s), mailto or site-relative address');
        }
        return;
      }
      default:
        fail(at, `block type "${String(node.type).slice(0, 40)}" is not allowed`);
    }
  };

  const shortText = (text: unknown, at: string, required: boolean): void => {
    if (typeof text !== 'string') return fail(at, 'must be text');
    if (required && text.trim() === '') return fail(at, 'must not be empty');
    if (text.length > MAX_BLOCK_TEXT) return fail(at, `must be at most ${MAX_BLOCK_TEXT} characters`);
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) fail(at, 'must not contain control characters');
  };

  if (!isObject(value) || value.type !== 'doc' || !Array.isArray(value.content)) {
    return [{ path, message: 'must be a rich text document' }];
  }
  value.content.forEach((b, i) => block(b, `${path}.content[${i}]`, 1));
  return problems;
}

/** Whether a value from outside (an API body, an import) is rich text this site stores and renders. */
export function isRichTextDoc(value: unknown): value is RichTextDoc {
  return validateRichText(value).length === 0;
}

/** What a body refers to, by id, so the renderer can load it in one go: facts, linked or embedded documents, images, videos. */
export interface RichTextReferences {
  readonly factIds: string[];
  /** Linked documents, calls to action and embedded stories. */
  readonly documentIds: string[];
  readonly imageIds: string[];
  readonly videoIds: string[];
}

export function collectReferences(doc: RichTextDoc): RichTextReferences {
  const factIds = new Set<string>();
  const documentIds = new Set<string>();
  const imageIds = new Set<string>();
  const videoIds = new Set<string>();
  const visit = (node: unknown): void => {
    if (!isObject(node)) return;
    const attrs = isObject(node.attrs) ? node.attrs : {};
    if (node.type === 'fact' && typeof attrs.id === 'string') factIds.add(attrs.id);
    if (node.type === 'image' && typeof attrs.mediaId === 'string') imageIds.add(attrs.mediaId);
    if (node.type === 'embed' && typeof attrs.id === 'string') (attrs.kind === 'video' ? videoIds : documentIds).add(attrs.id);
    if (node.type === 'callToAction' && typeof attrs.documentId === 'string') documentIds.add(attrs.documentId);
    if (Array.isArray(node.marks)) {
      for (const mark of node.marks) {
        if (isObject(mark) && isObject(mark.attrs) && typeof mark.attrs.documentId === 'string') {
          documentIds.add(mark.attrs.documentId);
        }
      }
    }
    if (Array.isArray(node.content)) node.content.forEach(visit);
  };
  visit(doc);
  return { factIds: [...factIds], documentIds: [...documentIds], imageIds: [...imageIds], videoIds: [...videoIds] };
}

/** Plain text of a document, for summaries and search. */
export function richTextToPlain(doc: RichTextDoc): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (!isObject(node)) return;
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text);
    if (Array.isArray(node.content)) {
      node.content.forEach(visit);
      if (node.type !== 'doc') parts.push(' ');
    }
    // A caption, a quote's attribution, a call to action's label: read after the block's own text.
    if (isObject(node.attrs)) {
      for (const key of ['caption', 'attribution', 'label'] as const) {
        if (typeof node.attrs[key] === 'string') parts.push(` ${node.attrs[key]} `);
      }
    }
  };
  visit(doc);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

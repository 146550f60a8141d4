// Ensemble back office: the rich text editor's own nodes (key figures, images, embeds, calls to
// action, quotes with attribution) and the conversion between Tiptap JSON and stored rich text.
import { Node, type JSONContent } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import type { RichTextDoc } from '../../../modules/content/rich-text.ts';

type Attrs = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Key figures ({fact:ID}) kept as opaque inline atoms so editing never drops them; shown by their label once picked. */
export const Fact = Node.create({
  name: 'fact',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return { id: { default: '' }, label: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'span[data-fact]', getAttrs: (el) => ({ id: (el as HTMLElement).dataset['fact'] ?? '' }) }];
  },
  renderHTML({ node }) {
    const id = text(node.attrs['id']);
    return ['span', { 'data-fact': id, class: 'rich-text-editor__fact' }, text(node.attrs['label']) || `{fact:${id}}`];
  },
});

/** A picture of the media library, with an optional caption; its thumbnail shows when it was picked here. */
export const ImageBlock = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { mediaId: { default: '' }, caption: { default: '' }, src: { default: null }, alt: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-image]', getAttrs: (el) => ({ mediaId: (el as HTMLElement).dataset['image'] ?? '', caption: (el as HTMLElement).querySelector('figcaption')?.textContent ?? '' }) }];
  },
  renderHTML({ node }) {
    const { mediaId, caption, src, alt } = node.attrs as Attrs;
    const picture: unknown[] = src ? ['img', { src: text(src), alt: text(alt), class: 'rich-text-editor__thumb' }] : ['span', { class: 'rich-text-editor__block-kind' }, `media:${text(mediaId)}`];
    return ['figure', { 'data-image': text(mediaId), class: 'rich-text-editor__block rich-text-editor__image' }, picture, ['figcaption', {}, text(caption)]] as never;
  },
});

/** A story (as a card) or a video (with its player) of the site, by id. */
export const EmbedBlock = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { kind: { default: 'story' }, id: { default: '' }, title: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'div[data-embed]', getAttrs: (el) => ({ kind: (el as HTMLElement).dataset['embed'] === 'video' ? 'video' : 'story', id: (el as HTMLElement).dataset['id'] ?? '' }) }];
  },
  renderHTML({ node }) {
    const { kind, id, title } = node.attrs as Attrs;
    return ['div', { 'data-embed': text(kind), 'data-id': text(id), class: 'rich-text-editor__block rich-text-editor__embed' }, text(title) || `{${text(kind)}:${text(id)}}`];
  },
});

/** A call to action: a label and its target, a document by id or a safe address. */
export const CallToAction = Node.create({
  name: 'callToAction',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { label: { default: '' }, documentId: { default: null }, href: { default: null }, title: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'p[data-cta]', getAttrs: (el) => ({ label: (el as HTMLElement).textContent ?? '' }) }];
  },
  renderHTML({ node }) {
    const { label, documentId, href, title } = node.attrs as Attrs;
    const target = text(title) || (documentId ? `doc:${text(documentId)}` : text(href));
    return ['p', { 'data-cta': '', class: 'rich-text-editor__block rich-text-editor__cta' }, ['span', { class: 'rich-text-editor__cta-label' }, text(label)], ['span', { class: 'rich-text-editor__block-kind' }, ` → ${target}`]];
  },
});

/** The quote, with who said it kept as an attribute and shown under it. */
export const Quote = Blockquote.extend({
  addAttributes() {
    return {
      attribution: {
        default: '',
        parseHTML: (el: HTMLElement) => el.dataset['attribution'] ?? '',
        renderHTML: (attrs: Attrs) => (text(attrs['attribution']) ? { 'data-attribution': text(attrs['attribution']) } : {}),
      },
    };
  },
});

/** Stored rich text → Tiptap JSON: internal links become doc: hrefs; block attributes pass as they are. */
export function toEditorJson(doc: RichTextDoc): JSONContent {
  const walk = (node: unknown): JSONContent => {
    const n = node as JSONContent & { marks?: { type: string; attrs?: Attrs }[] };
    const out: JSONContent = { ...n };
    if (n.content) out.content = n.content.map(walk);
    if (n.marks) {
      out.marks = n.marks.map((m) =>
        m.type === 'link' ? { type: 'link', attrs: { href: m.attrs?.['documentId'] ? `doc:${String(m.attrs['documentId'])}` : m.attrs?.['href'] } } : { type: m.type },
      );
    }
    return out;
  };
  return walk(doc);
}

/** Tiptap JSON → stored rich text shape: only what the model keeps (display-only attributes such as thumbnails are dropped). */
export function fromEditorJson(json: JSONContent): RichTextDoc {
  const walk = (n: JSONContent): unknown => {
    const out: Attrs = { type: n.type };
    const a = n.attrs ?? {};
    if (n.type === 'heading') out['attrs'] = { level: a['level'] ?? 2 };
    if (n.type === 'fact') out['attrs'] = { id: text(a['id']) };
    if (n.type === 'image') out['attrs'] = text(a['caption']).trim() ? { mediaId: text(a['mediaId']), caption: text(a['caption']).trim() } : { mediaId: text(a['mediaId']) };
    if (n.type === 'embed') out['attrs'] = { kind: a['kind'] === 'video' ? 'video' : 'story', id: text(a['id']) };
    if (n.type === 'callToAction') out['attrs'] = a['documentId'] ? { label: text(a['label']), documentId: text(a['documentId']) } : { label: text(a['label']), href: text(a['href']) };
    if (n.type === 'blockquote' && text(a['attribution']).trim()) out['attrs'] = { attribution: text(a['attribution']).trim() };
    if (n.type === 'text') out['text'] = n.text ?? '';
    if (n.content) out['content'] = n.content.map(walk);
    if (n.marks) {
      out['marks'] = n.marks.map((m) => {
        if (m.type !== 'link') return { type: m.type };
        const href = String(m.attrs?.['href'] ?? '');
        return href.startsWith('doc:') ? { type: 'link', attrs: { documentId: href.slice(4) } } : { type: 'link', attrs: { href } };
      });
    }
    return out;
  };
  return walk(json) as RichTextDoc;
}

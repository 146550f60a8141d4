// Ensemble back office: a rich text editor (Tiptap) over the body's markup textarea.
// Progressive enhancement only: the textarea stays in the form (hidden) and receives the markup on
// every change, so the server gets exactly what it gets without JavaScript.
import { Editor, Node, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { markupToRichText, richTextToMarkup } from '../../../modules/content/markup.ts';
import type { RichTextDoc } from '../../../modules/content/rich-text.ts';

/** Link targets the editor accepts: http(s), mailto, site-relative paths, and internal doc: links. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/^(?:https?:\/\/|mailto:)[^\s()]+$/i.test(value)) return true;
  if (/^doc:[A-Za-z0-9_-]+$/.test(value)) return true;
  return /^\/(?!\/)[^\s()\\]*$/.test(value);
}

/** Key figures ({fact:ID}) kept as opaque inline atoms so editing never drops them. */
const Fact = Node.create({
  name: 'fact',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return { id: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'span[data-fact]', getAttrs: (el) => ({ id: (el as HTMLElement).dataset['fact'] ?? '' }) }];
  },
  renderHTML({ node }) {
    return ['span', { 'data-fact': String(node.attrs['id']), class: 'rich-text-editor__fact' }, `{fact:${String(node.attrs['id'])}}`];
  },
});

/** Stored rich text → Tiptap JSON: internal links become doc: hrefs. */
export function toEditorJson(doc: RichTextDoc): JSONContent {
  const walk = (node: unknown): JSONContent => {
    const n = node as JSONContent & { marks?: { type: string; attrs?: Record<string, unknown> }[] };
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

/** Tiptap JSON → stored rich text shape (only what markup.ts knows). */
export function fromEditorJson(json: JSONContent): RichTextDoc {
  const walk = (n: JSONContent): unknown => {
    const out: Record<string, unknown> = { type: n.type };
    if (n.type === 'heading') out['attrs'] = { level: n.attrs?.['level'] ?? 2 };
    if (n.type === 'fact') out['attrs'] = { id: n.attrs?.['id'] ?? '' };
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

/** Pasted HTML (word processors) reduced to structure: no comments, styles, Office tags, or classes. */
export function cleanPastedHtml(html: string): string {
  // Style elements and attributes go before parsing, so the parse itself trips no CSP report.
  const unstyled = html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[^>]*>/g, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
  const parsed = new DOMParser().parseFromString(unstyled, 'text/html');
  const body = parsed.body;
  const walker = parsed.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((c) => c.remove());
  body.querySelectorAll('style, script, meta, link, xml, title').forEach((el) => el.remove());
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (tag.includes(':') || tag === 'font' || tag === 'span') {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    const rename = tag === 'h1' ? 'h2' : tag === 'h5' || tag === 'h6' ? 'h4' : '';
    if (rename) {
      const next = parsed.createElement(rename);
      next.append(...Array.from(el.childNodes));
      el.replaceWith(next);
      continue;
    }
    for (const attr of Array.from(el.attributes)) if (attr.name !== 'href') el.removeAttribute(attr.name);
  }
  return body.innerHTML;
}

interface ButtonDef {
  readonly name: string;
  readonly run: (editor: Editor) => void;
  readonly active: (editor: Editor) => boolean;
}

const BUTTONS: readonly ButtonDef[] = [
  { name: 'bold', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { name: 'italic', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { name: 'h2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { name: 'h3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  { name: 'bulletlist', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { name: 'orderedlist', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { name: 'quote', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
];

function mount(textarea: HTMLTextAreaElement): void {
  const label = (name: string): string => textarea.getAttribute(`data-label-${name}`) ?? name;
  const wrapper = document.createElement('div');
  wrapper.className = 'rich-text-editor';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-text-editor__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', label('toolbar'));
  const message = document.createElement('p');
  message.className = 'field__error rich-text-editor__message';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  const area = document.createElement('div');
  wrapper.append(toolbar, message, area);
  textarea.after(wrapper);
  textarea.hidden = true;
  textarea.classList.add('rich-text-editor__source');

  const labelEl = textarea.id ? document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`) : null;
  if (labelEl && !labelEl.id) labelEl.id = `${textarea.id}-label`;
  const attributes: Record<string, string> = { role: 'textbox', 'aria-multiline': 'true', class: 'rich-text-editor__area' };
  if (labelEl) attributes['aria-labelledby'] = labelEl.id;
  const describedBy = textarea.getAttribute('aria-describedby');
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (textarea.lang) attributes['lang'] = textarea.lang;
  if (textarea.dir) attributes['dir'] = textarea.dir;

  const editor = new Editor({
    element: area,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: false,
      }),
      Link.configure({
        autolink: false,
        linkOnPaste: false,
        openOnClick: false,
        protocols: [],
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isSafeHref(url),
      }),
      Fact,
    ],
    content: toEditorJson(markupToRichText(textarea.value)),
    editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
    onUpdate: ({ editor: e }) => {
      textarea.value = richTextToMarkup(fromEditorJson(e.getJSON()));
    },
  });
  labelEl?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  const buttons: { el: HTMLButtonElement; def: ButtonDef }[] = [];
  const addButton = (name: string, onClick: () => void): HTMLButtonElement => {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `rich-text-editor__button rich-text-editor__button--${name}`;
    el.textContent = label(name);
    el.setAttribute('aria-pressed', 'false');
    el.addEventListener('click', onClick);
    toolbar.append(el);
    return el;
  };
  for (const def of BUTTONS) buttons.push({ el: addButton(def.name, () => def.run(editor)), def });
  const linkButton = addButton('link', () => {
    const current = String(editor.getAttributes('link')['href'] ?? '');
    const answer = window.prompt(label('linkprompt'), current);
    if (answer === null) return;
    const href = answer.trim();
    if (href === '') {
      message.hidden = true;
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    if (!isSafeHref(href)) {
      message.textContent = label('linkrefused');
      message.hidden = false;
      editor.commands.focus();
      return;
    }
    message.hidden = true;
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  });
  buttons.push({ el: linkButton, def: { name: 'link', run: () => {}, active: (e) => e.isActive('link') } });
  const refresh = (): void => {
    for (const { el, def } of buttons) el.setAttribute('aria-pressed', String(def.active(editor)));
  };
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);
  refresh();
}

document.querySelectorAll<HTMLTextAreaElement>('textarea[name="body"][data-rich-text]').forEach(mount);

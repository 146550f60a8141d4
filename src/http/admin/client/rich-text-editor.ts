// Ensemble back office: a rich text editor (Tiptap) over the body's markup textarea.
// Progressive enhancement only: the textarea stays in the form (hidden) and receives the markup on
// every change, so the server gets exactly what it gets without JavaScript.
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { markupToRichText, richTextToMarkup } from '../../../modules/content/markup.ts';
import { messagesOf } from './editor-dialog.ts';
import { helpPopover } from './editor-help.ts';
import { CallToAction, EmbedBlock, Fact, fromEditorJson, ImageBlock, Quote, toEditorJson } from './editor-nodes.ts';
import { cleanPastedHtml, isSafeHref } from './editor-paste.ts';
import { createPickers, inText, type Pickers } from './editor-pickers.ts';

export { cleanPastedHtml, isSafeHref } from './editor-paste.ts';
export { fromEditorJson, toEditorJson } from './editor-nodes.ts';

interface ButtonDef {
  readonly name: string;
  /** Its label: one of the textarea's data-label-* (older strings) or a message of the editor's catalog. */
  readonly label?: string;
  readonly run: (editor: Editor, pickers: Pickers) => void;
  readonly active?: (editor: Editor) => boolean;
}

/** In the order editors reach for them: marks, then the pickers, then the block formats. */
const BUTTONS: readonly ButtonDef[] = [
  { name: 'bold', run: (e) => inText(e).toggleBold().run(), active: (e) => e.isActive('bold') },
  { name: 'italic', run: (e) => inText(e).toggleItalic().run(), active: (e) => e.isActive('italic') },
  { name: 'link', run: (_e, p) => p.link(), active: (e) => e.isActive('link') },
  { name: 'fact', label: 'editor.button.fact', run: (_e, p) => p.fact() },
  { name: 'image', label: 'editor.button.image', run: (_e, p) => p.image() },
  { name: 'h2', run: (e) => inText(e).toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { name: 'h3', run: (e) => inText(e).toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  { name: 'bulletlist', run: (e) => inText(e).toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { name: 'orderedlist', run: (e) => inText(e).toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { name: 'quote', run: (e) => inText(e).toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  { name: 'attribution', label: 'editor.button.attribution', run: (_e, p) => p.attribution() },
  { name: 'embed', label: 'editor.button.embed', run: (_e, p) => p.embed() },
  { name: 'cta', label: 'editor.button.cta', run: (_e, p) => p.callToAction() },
];

function mount(textarea: HTMLTextAreaElement): void {
  const label = (name: string): string => textarea.getAttribute(`data-label-${name}`) ?? name;
  const say = messagesOf(textarea);
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
  const head = document.createElement('div');
  head.className = 'rich-text-editor__head';
  head.append(toolbar, helpPopover(say));
  wrapper.append(head, message, area);
  textarea.after(wrapper);
  textarea.hidden = true;
  textarea.classList.add('rich-text-editor__source');

  // The markup help is for the plain textarea: the editor has its toolbar and its shortcuts instead.
  const hintId = textarea.id ? `${textarea.id}-hint` : '';
  const hint = hintId ? document.getElementById(hintId) : null;
  if (hint) hint.hidden = true;
  const labelEl = textarea.id ? document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`) : null;
  if (labelEl && !labelEl.id) labelEl.id = `${textarea.id}-label`;
  const attributes: Record<string, string> = { role: 'textbox', 'aria-multiline': 'true', class: 'rich-text-editor__area' };
  if (labelEl) attributes['aria-labelledby'] = labelEl.id;
  const describedBy = (textarea.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && id !== hintId).join(' ');
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (textarea.lang) attributes['lang'] = textarea.lang;
  if (textarea.dir) attributes['dir'] = textarea.dir;

  let pickers: Pickers | undefined;
  const Shortcuts = Extension.create({
    name: 'ensembleShortcuts',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          pickers?.link();
          return true;
        },
        'Alt-F10': () => {
          toolbar.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
          return true;
        },
      };
    },
  });

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
        blockquote: false,
      }),
      Link.configure({
        autolink: false,
        linkOnPaste: false,
        openOnClick: false,
        protocols: [],
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isSafeHref(url),
      }),
      Quote,
      Fact,
      ImageBlock,
      EmbedBlock,
      CallToAction,
      Shortcuts,
    ],
    content: toEditorJson(markupToRichText(textarea.value)),
    editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
    onUpdate: ({ editor: e }) => {
      textarea.value = richTextToMarkup(fromEditorJson(e.getJSON()));
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
  });
  pickers = createPickers({
    editor,
    say,
    locale: textarea.lang || document.documentElement.lang,
    csrfToken: () => textarea.form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '',
    linkRefused: label('linkrefused'),
  });
  labelEl?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.view.focus();
  });

  const buttons: { el: HTMLButtonElement; def: ButtonDef }[] = [];
  for (const def of BUTTONS) {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `rich-text-editor__button rich-text-editor__button--${def.name}`;
    el.textContent = def.label ? say(def.label) : label(def.name);
    if (def.active) el.setAttribute('aria-pressed', 'false');
    else el.setAttribute('aria-haspopup', 'dialog');
    // A pointer click keeps the focus and selection in the text, so typing goes on where it was;
    // a keyboard user reaches the button by Tab and its command puts the focus back.
    el.addEventListener('mousedown', (event) => event.preventDefault());
    el.addEventListener('click', () => def.run(editor, pickers));
    toolbar.append(el);
    buttons.push({ el, def });
  }
  rovingFocus(toolbar, buttons.map((b) => b.el));
  const refresh = (): void => {
    for (const { el, def } of buttons) if (def.active) el.setAttribute('aria-pressed', String(def.active(editor)));
  };
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);
  refresh();
}

/**
 * The toolbar is one stop of the Tab order (the ARIA toolbar pattern): the arrows move between its
 * buttons (mirrored right to left), Home and End go to the first and last; it remembers the last one.
 */
function rovingFocus(toolbar: HTMLElement, items: readonly HTMLButtonElement[]): void {
  const focusAt = (index: number): void => {
    const next = (index + items.length) % items.length;
    items.forEach((item, i) => (item.tabIndex = i === next ? 0 : -1));
    items[next]?.focus();
  };
  items.forEach((item, i) => (item.tabIndex = i === 0 ? 0 : -1));
  toolbar.addEventListener('keydown', (event) => {
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    const step = event.key === 'ArrowRight' ? (rtl ? -1 : 1) : event.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    if (step !== 0) focusAt(index + step);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else return;
    event.preventDefault();
  });
  toolbar.addEventListener('focusin', (event) => {
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index >= 0) items.forEach((item, i) => (item.tabIndex = i === index ? 0 : -1));
  });
}

document.querySelectorAll<HTMLTextAreaElement>('textarea[name="body"][data-rich-text]').forEach(mount);

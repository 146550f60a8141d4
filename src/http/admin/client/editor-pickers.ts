// Ensemble back office: the rich text editor's pickers: link to a page or an address, key figure,
// image (library or upload), embedded story or video, call to action, and a quote's attribution.
import type { Editor } from '@tiptap/core';
import { createDialog, el, searchList, textInput, type PickerResult, type Say } from './editor-dialog.ts';
import { isSafeHref } from './editor-paste.ts';

export interface PickerContext {
  readonly editor: Editor;
  readonly say: Say;
  /** The language of the text being edited: searches look for titles in it first. */
  readonly locale: string;
  /** The form's token, for the upload. */
  readonly csrfToken: () => string;
  /** The refusal message for an unsafe link (the editor's own label). */
  readonly linkRefused: string;
}

export interface Pickers {
  link(): void;
  fact(): void;
  image(): void;
  embed(): void;
  callToAction(): void;
  attribution(): void;
}

/**
 * A chain of commands run with the focus back in the text, now. Tiptap's own `focus()` waits for
 * the next frame when the text is not focused (after a dialog or a toolbar button): keys typed
 * within that frame went to the button or the page, not to the text.
 */
export function inText(editor: Editor): ReturnType<Editor['chain']> {
  editor.view.focus();
  return editor.chain();
}

/**
 * Puts a block (image, embed, call to action) at the top level of the text, after the block the
 * cursor is in, or in place of an empty paragraph: the markup the server receives keeps blocks
 * at the top level, where it can write them.
 */
function insertBlock(editor: Editor, node: { type: string; attrs: Record<string, unknown> }): void {
  const { selection } = editor.state;
  const { $from } = selection;
  let range: number | { from: number; to: number };
  if ($from.depth === 0) {
    // A block is selected (one just inserted): the new one goes after it.
    range = selection.to;
  } else {
    const top = $from.node(1);
    range = top.type.name === 'paragraph' && top.content.size === 0 ? { from: $from.before(1), to: $from.after(1) } : $from.after(1);
  }
  const start = typeof range === 'number' ? range : range.from;
  // The cursor goes on in a paragraph after the block (made when none follows), so typing and
  // Enter go on there and never replace the block.
  const next = editor.state.doc.resolve(typeof range === 'number' ? range : range.to).nodeAfter;
  const content = next?.isTextblock ? [node] : [node, { type: 'paragraph' }];
  inText(editor).insertContentAt(range, content).setTextSelection(start + 2).run();
}

/** A result's title, marked with its language when it is not the editor's. */
function titleOf(result: PickerResult, locale: string): (Node | string)[] {
  const title = el('span', { class: 'editor-search__title', text: result.title });
  if (result.locale && result.locale !== locale) title.setAttribute('lang', result.locale);
  return [title];
}

export function createPickers(ctx: PickerContext): Pickers {
  const { editor, say, locale } = ctx;

  // Link: a page of the site by title (kept by id), or an address; or remove the link.
  const linkExternal = textInput(say('editor.link.external'), { dir: 'ltr', inputmode: 'url' });
  const link = createDialog(say('editor.link.title'), say, say('editor.dialog.insert'), () => {
    const href = linkExternal.input.value.trim();
    if (href === '') return link.error(say('editor.link.needTarget'));
    if (!isSafeHref(href)) return link.error(ctx.linkRefused);
    applyLink(href, href);
  });
  const linkSearch = searchList({ label: say('editor.link.search'), kind: 'page', locale, say, render: (r) => titleOf(r, locale), onChoose: (r) => applyLink(`doc:${r.id}`, r.title) });
  const remove = el('button', { type: 'button', class: 'button-secondary', text: say('editor.link.remove') });
  remove.addEventListener('click', () => {
    link.close();
    inText(editor).extendMarkRange('link').unsetLink().run();
  });
  link.body.append(linkSearch.element, linkExternal.field);
  link.actions.append(remove);
  const applyLink = (href: string, text: string): void => {
    link.close();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      inText(editor).insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).insertContent(' ').run();
    } else {
      inText(editor).extendMarkRange('link').setLink({ href }).run();
    }
  };

  // Key figure: by title, with its value as each locale shows it.
  const fact = createDialog(say('editor.fact.title'), say, say('editor.dialog.insert'), () => fact.error(say('editor.dialog.none')));
  const factSearch = searchList({
    label: say('editor.fact.search'),
    kind: 'fact',
    locale,
    say,
    render: (r) => [...titleOf(r, locale), el('span', { class: 'editor-search__values' }, ...(r.values ?? []).map((v) => el('span', { lang: v.locale, dir: 'auto', text: `${v.locale}: ${v.value}` })))],
    onChoose: (r) => {
      fact.close();
      inText(editor).insertContent({ type: 'fact', attrs: { id: r.id, label: r.title } }).run();
    },
  });
  fact.body.append(factSearch.element);

  // Image: from the library (thumbnails) or uploaded here; a caption; its alt text comes from the library.
  let chosenImage: PickerResult | undefined;
  const caption = textInput(say('editor.image.caption'), { maxlength: '500' });
  const insertImage = (result: PickerResult): void => {
    image.close();
    insertBlock(editor, { type: 'image', attrs: { mediaId: result.id, caption: caption.input.value.trim(), src: result.thumbnail ?? null, alt: result.hasAlt ? result.title : '' } });
  };
  const image = createDialog(say('editor.image.title'), say, say('editor.dialog.insert'), () => (chosenImage ? insertImage(chosenImage) : image.error(say('editor.image.choose'))));
  const imageSearch = searchList({
    label: say('editor.image.search'),
    kind: 'image',
    locale,
    say,
    render: (r) => [
      r.thumbnail ? el('img', { src: r.thumbnail, alt: '', class: 'editor-search__thumb' }) : '',
      ...titleOf(r, locale),
      r.hasAlt ? '' : el('span', { class: 'editor-search__warning', text: ` (${say('editor.image.noAlt')})` }),
    ],
    onChoose: (r) => {
      // Choosing marks the image; the caption can still be written before inserting (Enter).
      chosenImage = r;
      chosenLabel.textContent = r.title;
      caption.input.focus();
    },
  });
  const chosenLabel = el('p', { class: 'editor-dialog__chosen', role: 'status' });
  const fileId = `editor-upload-${Math.random().toString(36).slice(2)}`;
  const file = el('input', { type: 'file', id: fileId, accept: 'image/jpeg,image/png,image/webp,image/avif,image/heif,image/gif' });
  const upload = el('button', { type: 'button', class: 'button-secondary', text: say('editor.image.uploadButton') });
  const uploadStatus = el('p', { role: 'status' });
  upload.addEventListener('click', () => void uploadImage());
  const uploadImage = async (): Promise<void> => {
    const picked = file.files?.[0];
    if (!picked) return image.error(say('editor.image.choose'));
    uploadStatus.textContent = say('editor.image.uploading');
    const data = new FormData();
    data.append('_csrf', ctx.csrfToken());
    data.append('file', picked, picked.name);
    try {
      // The media library's own upload operation (POST /admin/media): it answers with the new image's page.
      const response = await fetch('/admin/media', { method: 'POST', body: data, credentials: 'same-origin' });
      const id = /\/admin\/media\/([A-Za-z0-9_-]+)\?uploaded=1$/.exec(response.url)?.[1];
      if (!response.ok || !id) throw new Error(String(response.status));
      uploadStatus.textContent = '';
      file.value = '';
      insertImage({ id, title: picked.name, hasAlt: false });
    } catch {
      uploadStatus.textContent = '';
      image.error(say('editor.image.uploadFailed'));
    }
  };
  image.body.append(
    imageSearch.element,
    chosenLabel,
    caption.field,
    el('fieldset', { class: 'editor-dialog__upload' }, el('legend', { text: say('editor.image.upload') }), el('label', { for: fileId, class: 'visually-hidden', text: say('editor.image.upload') }), file, upload, uploadStatus),
  );

  // Embed: a story or a video, by title.
  const kindSelect = el('select', { id: `editor-embed-kind-${Math.random().toString(36).slice(2)}` });
  kindSelect.append(el('option', { value: 'story', text: say('editor.embed.story') }), el('option', { value: 'video', text: say('editor.embed.video') }));
  const embed = createDialog(say('editor.embed.title'), say, say('editor.dialog.insert'), () => embed.error(say('editor.dialog.none')));
  const embedSearch = searchList({
    label: say('editor.embed.search'),
    kind: 'story',
    locale,
    say,
    render: (r) => titleOf(r, locale),
    onChoose: (r) => {
      embed.close();
      insertBlock(editor, { type: 'embed', attrs: { kind: kindSelect.value === 'video' ? 'video' : 'story', id: r.id, title: r.title } });
    },
  });
  kindSelect.addEventListener('change', () => embedSearch.setKind(kindSelect.value));
  embed.body.append(el('div', { class: 'field' }, el('label', { for: kindSelect.id, text: say('editor.embed.kind') }), kindSelect), embedSearch.element);

  // Call to action: a label, and a page (by id) or an address.
  const ctaLabel = textInput(say('editor.cta.label'), { maxlength: '500' });
  const ctaExternal = textInput(say('editor.link.external'), { dir: 'ltr', inputmode: 'url' });
  const insertCta = (target: { documentId?: string; href?: string; title: string }): void => {
    const label = ctaLabel.input.value.trim();
    if (label === '') {
      cta.error(say('editor.cta.needLabel'));
      return ctaLabel.input.focus();
    }
    cta.close();
    insertBlock(editor, { type: 'callToAction', attrs: { label, documentId: target.documentId ?? null, href: target.href ?? null, title: target.title } });
  };
  const cta = createDialog(say('editor.cta.title'), say, say('editor.dialog.insert'), () => {
    const href = ctaExternal.input.value.trim();
    if (href === '') return cta.error(say('editor.link.needTarget'));
    if (!isSafeHref(href) || href.startsWith('doc:')) return cta.error(ctx.linkRefused);
    insertCta({ href, title: href });
  });
  const ctaSearch = searchList({ label: say('editor.link.search'), kind: 'page', locale, say, render: (r) => titleOf(r, locale), onChoose: (r) => insertCta({ documentId: r.id, title: r.title }) });
  cta.body.append(ctaLabel.field, ctaSearch.element, ctaExternal.field);

  // A quote's attribution: who said it; the paragraph becomes a quote if it is not one yet.
  const who = textInput(say('editor.quote.attribution'), { maxlength: '500' });
  const quote = createDialog(say('editor.quote.title'), say, say('editor.dialog.insert'), () => {
    quote.close();
    const chain = inText(editor);
    if (!editor.isActive('blockquote')) chain.setBlockquote();
    chain.updateAttributes('blockquote', { attribution: who.input.value.trim() }).run();
  });
  quote.body.append(who.field);

  const reset = (...inputs: HTMLInputElement[]) => inputs.forEach((input) => (input.value = ''));
  return {
    link() {
      reset(linkSearch.input, linkExternal.input);
      const current = String(editor.getAttributes('link')['href'] ?? '');
      if (current && !current.startsWith('doc:')) linkExternal.input.value = current;
      remove.hidden = !editor.isActive('link');
      link.open();
      linkSearch.refresh();
    },
    fact() {
      reset(factSearch.input);
      fact.open();
      factSearch.refresh();
    },
    image() {
      reset(imageSearch.input, caption.input);
      chosenImage = undefined;
      chosenLabel.textContent = '';
      uploadStatus.textContent = '';
      image.open();
      imageSearch.refresh();
    },
    embed() {
      reset(embedSearch.input);
      embed.open();
      embedSearch.setKind(kindSelect.value);
    },
    callToAction() {
      reset(ctaLabel.input, ctaSearch.input, ctaExternal.input);
      const { from, to } = editor.state.selection;
      ctaLabel.input.value = editor.state.doc.textBetween(from, to, ' ').slice(0, 500);
      cta.open();
      ctaSearch.refresh();
    },
    attribution() {
      who.input.value = String(editor.getAttributes('blockquote')['attribution'] ?? '');
      quote.open();
    },
  };
}

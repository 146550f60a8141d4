// Ensemble back office: the rich text editor's dialogs: a modal <dialog> with a title, and a search
// field whose results form a listbox navigable by keyboard (arrows, Enter), announced in a live region.
// A picker's choice is the search route's own type; a type import bundles nothing of the route.
import type { PickerResult } from '../pages/editor-search.routes.ts';

export type { PickerResult };

/** The editor's strings, read from the textarea's data-messages (JSON, in the editor's language). */
export type Say = (key: string, values?: Record<string, string | number>) => string;

export function messagesOf(textarea: HTMLTextAreaElement): Say {
  let table: Record<string, string> = {};
  try {
    table = JSON.parse(textarea.getAttribute('data-messages') ?? '{}') as Record<string, string>;
  } catch {
    table = {};
  }
  return (key, values = {}) => (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

let sequence = 0;
export const uid = (prefix: string): string => `${prefix}-${++sequence}`;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** A labelled text input in a field wrapper. */
export function textInput(label: string, props: Record<string, string> = {}): { field: HTMLElement; input: HTMLInputElement } {
  const id = uid('editor-input');
  const input = el('input', { type: 'text', id, ...props });
  return { field: el('div', { class: 'field' }, el('label', { for: id, text: label }), input), input };
}

export interface EditorDialog {
  readonly dialog: HTMLDialogElement;
  readonly form: HTMLFormElement;
  readonly body: HTMLElement;
  readonly actions: HTMLElement;
  /** A message shown in the dialog (role=alert), or hidden when empty. */
  error(message: string): void;
  open(): void;
  /** Closes after a choice: the caller puts the focus back in the text. */
  close(): void;
}

/**
 * A modal dialog: labelled by its title, Escape closes it (the browser's own cancel), and the focus
 * goes back where it was when it opened. `onSubmit` runs on Enter in a field or the main button.
 */
export function createDialog(title: string, say: Say, submitLabel: string, onSubmit: () => void): EditorDialog {
  const titleId = uid('editor-dialog-title');
  const dialog = el('dialog', { class: 'editor-dialog', 'aria-labelledby': titleId });
  const form = el('form', { method: 'dialog', class: 'editor-dialog__form' });
  const body = el('div', { class: 'editor-dialog__body' });
  const message = el('p', { class: 'field__error', role: 'alert' });
  message.hidden = true;
  const submit = el('button', { type: 'submit', class: 'editor-dialog__submit', text: submitLabel });
  const cancel = el('button', { type: 'button', class: 'button-secondary', text: say('editor.dialog.cancel') });
  const actions = el('div', { class: 'editor-dialog__actions' }, submit, cancel);
  form.append(el('h2', { id: titleId, class: 'editor-dialog__title', text: title }), body, message, actions);
  dialog.append(form);
  document.body.append(dialog);
  let returnTo: HTMLElement | null = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  cancel.addEventListener('click', () => dialog.close());
  // Cancelled (Escape, the Cancel button): the focus goes back to what opened the dialog. Done
  // (something inserted): the picker puts it in the text, after what it inserted.
  let done = false;
  dialog.addEventListener('close', () => {
    message.hidden = true;
    if (!done) returnTo?.focus();
    returnTo = null;
  });
  return {
    dialog,
    form,
    body,
    actions,
    error(text: string) {
      message.textContent = text;
      message.hidden = text === '';
    },
    open() {
      done = false;
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      message.hidden = true;
      dialog.showModal();
    },
    close() {
      done = true;
      dialog.close();
    },
  };
}

export interface SearchList {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** Runs the search again (when the dialog opens, or its kind changed). */
  refresh(): void;
  setKind(kind: string): void;
}

/**
 * A search field as an ARIA combobox over a listbox of results: typing searches (debounced), the
 * arrows move through the results, Enter or a click chooses one; the count is announced.
 */
export function searchList(options: {
  label: string;
  kind: string;
  locale: string;
  say: Say;
  render: (result: PickerResult) => (Node | string)[];
  onChoose: (result: PickerResult) => void;
}): SearchList {
  const { say } = options;
  let kind = options.kind;
  const listId = uid('editor-results');
  const { field, input } = textInput(options.label, { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off', class: 'editor-search__input' });
  const list = el('ul', { id: listId, role: 'listbox', class: 'editor-search__results', 'aria-label': options.label });
  const status = el('p', { role: 'status', class: 'editor-search__status' });
  let results: PickerResult[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const highlight = (index: number): void => {
    active = results.length === 0 ? -1 : Math.max(0, Math.min(results.length - 1, index));
    Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const current = list.children[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (found: PickerResult[]): void => {
    results = found;
    list.replaceChildren(
      ...found.map((result, i) => {
        const li = el('li', { role: 'option', id: `${listId}-${i}`, class: 'editor-search__result', 'aria-selected': 'false' }, ...options.render(result));
        li.addEventListener('mousedown', (event) => event.preventDefault());
        li.addEventListener('click', () => options.onChoose(result));
        return li;
      }),
    );
    input.setAttribute('aria-expanded', String(found.length > 0));
    status.textContent = found.length === 0 ? say('editor.dialog.none') : say('editor.dialog.results', { count: found.length });
    highlight(0);
  };
  const run = async (): Promise<void> => {
    const mine = ++asked;
    status.textContent = say('editor.dialog.loading');
    try {
      const params = new URLSearchParams({ kind, q: input.value.trim(), locale: options.locale });
      const response = await fetch(`/admin/editor/search?${params.toString()}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { results: PickerResult[] };
      if (mine === asked) show(body.results);
    } catch {
      if (mine === asked) {
        show([]);
        status.textContent = say('editor.dialog.failed');
      }
    }
  };
  input.addEventListener('input', () => {
    // The results of the words before are no longer a choice: Enter must not pick one of them.
    asked++;
    results = [];
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    highlight(-1);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Home' && event.ctrlKey) {
      highlight(0);
    } else if (event.key === 'Enter' && active >= 0 && results[active]) {
      event.preventDefault();
      options.onChoose(results[active]!);
    }
  });
  return {
    element: el('div', { class: 'editor-search' }, field, status, list),
    input,
    refresh: () => void run(),
    setKind(next: string) {
      kind = next;
      void run();
    },
  };
}

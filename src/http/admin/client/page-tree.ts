// Ensemble back office: moving pages in the page tree with the mouse (drag and drop before, after or
// into a row) or the keyboard (Alt+arrows on a page's title, "Move…" opens a dialog), each move
// announced with an Undo. Progressive enhancement: without this script "Move…" opens the move form.

interface Messages {
  readonly moved: string;
  readonly movedTop: string;
  readonly undone: string;
  readonly undo: string;
  readonly cannot: string;
  readonly failed: string;
  readonly dialogTitle: string;
  readonly search: string;
  readonly parent: string;
  readonly position: string;
  readonly first: string;
  readonly after: string;
  readonly move: string;
  readonly cancel: string;
  readonly topLevel: string;
  readonly dropInside: string;
}

interface Undo {
  readonly id: string;
  readonly version: number;
  readonly parentId: string | null;
  readonly index: number;
}

interface Answer {
  readonly ok: boolean;
  readonly message: string;
  readonly parentId?: string | null;
  readonly index?: number;
  readonly undo?: Undo;
}

type Zone = 'before' | 'after' | 'inside';

const root = document.getElementById('page-tree');
const csrf = root?.dataset.csrf;
const messages = root?.dataset.messages ? (JSON.parse(root.dataset.messages) as Messages) : undefined;
const status = document.getElementById('tree-status');
if (root && csrf && messages && status) enhance(root, csrf, messages, status);

function enhance(root: HTMLElement, csrf: string, m: Messages, status: HTMLElement): void {
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const rtl = document.documentElement.dir === 'rtl';

  // ---- the tree as the DOM shows it -------------------------------------------------------
  const nodeOf = (el: Element | null): HTMLLIElement | null => el?.closest<HTMLLIElement>('li.page-tree__node') ?? null;
  const rowOf = (li: HTMLLIElement): HTMLElement | null => li.querySelector<HTMLElement>(':scope > .page-tree__row');
  const parentOf = (li: HTMLLIElement): HTMLLIElement | null => nodeOf(li.parentElement);
  const siblingsOf = (li: HTMLLIElement): HTMLLIElement[] => [...(li.parentElement?.children ?? [])].filter((c): c is HTMLLIElement => c instanceof HTMLLIElement);
  const childrenOf = (li: HTMLLIElement): HTMLLIElement[] => [...li.querySelectorAll<HTMLLIElement>(':scope > details > ul > li.page-tree__node')];
  const titleOf = (li: HTMLLIElement | null): string => li?.dataset.title ?? m.topLevel;
  const byId = (id: string): HTMLLIElement | null => root.querySelector<HTMLLIElement>(`li.page-tree__node[data-id="${CSS.escape(id)}"]`);
  const isInside = (li: HTMLLIElement, ancestor: HTMLLIElement) => ancestor === li || ancestor.contains(li);

  // ---- talking to the server --------------------------------------------------------------
  async function post(url: string, body: Record<string, unknown>): Promise<Answer> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ _csrf: csrf, ...body }),
      });
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('application/json')) return (await response.json()) as Answer;
      return { ok: false, message: m.failed };
    } catch {
      return { ok: false, message: m.failed };
    }
  }

  /** Reads the tree afresh (versions, order), keeping the sections that were open. */
  async function reload(currentId: string): Promise<void> {
    const open = new Set([...root.querySelectorAll<HTMLLIElement>('li.page-tree__node:has(> details[open])')].map((li) => li.dataset.id));
    try {
      const response = await fetch(`/admin/tree?current=${encodeURIComponent(currentId)}`, { credentials: 'same-origin' });
      const html = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = html.getElementById('page-tree');
      if (fresh) root.replaceChildren(...fresh.childNodes);
    } catch {
      location.reload();
      return;
    }
    for (const li of root.querySelectorAll<HTMLLIElement>('li.page-tree__node')) {
      const details = li.querySelector(':scope > details');
      if (details && open.has(li.dataset.id)) details.setAttribute('open', '');
    }
    prepareRows();
  }

  function focusTitle(id: string): void {
    byId(id)?.querySelector<HTMLElement>('.page-tree__title')?.focus();
  }

  function announce(text: string, undo?: () => void): void {
    status.replaceChildren(document.createTextNode(text));
    if (undo) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = m.undo;
      button.addEventListener('click', undo, { once: true });
      status.append(' ', button);
    }
  }

  let busy = false;

  /** Asks the server to put `li` at `index` under `parentId`, then shows the tree as it now is. */
  async function move(li: HTMLLIElement, parentId: string | null, index: number): Promise<void> {
    if (busy) return;
    busy = true;
    const id = li.dataset.id ?? '';
    const title = titleOf(li);
    const answer = await post('/admin/tree/moves', { id, expectedVersion: Number(li.dataset.version), parentId, index });
    await reload(id);
    busy = false;
    focusTitle(id);
    if (!answer.ok) return announce(answer.message);
    const parent = answer.parentId ? byId(answer.parentId) : null;
    const position = (answer.index ?? index) + 1;
    const text = answer.parentId ? fill(m.moved, { title, parent: titleOf(parent), position }) : fill(m.movedTop, { title, position });
    const undo = answer.undo;
    announce(text, undo ? () => void undoMove(undo) : undefined);
  }

  async function undoMove(undo: Undo): Promise<void> {
    if (busy) return;
    busy = true;
    const answer = await post('/admin/tree/moves/undo', { undo });
    await reload(undo.id);
    busy = false;
    focusTitle(undo.id);
    announce(answer.ok ? m.undone : answer.message);
  }

  // ---- keyboard: Alt+arrows on a page's title or "Move…" link ------------------------------
  root.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
    if (!keys.includes(event.key)) return;
    const li = nodeOf(event.target as Element);
    if (!li) return;
    event.preventDefault();
    const siblings = siblingsOf(li);
    const index = siblings.indexOf(li);
    const parent = parentOf(li);
    const parentId = parent?.dataset.id ?? null;
    const indent = event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const outdent = event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    if (event.key === 'ArrowUp' && index > 0) return void move(li, parentId, index - 1);
    if (event.key === 'ArrowDown' && index < siblings.length - 1) return void move(li, parentId, index + 1);
    const previous = siblings[index - 1];
    if (indent && previous) return void move(li, previous.dataset.id ?? null, childrenOf(previous).length);
    if (outdent && parent) return void move(li, parentOf(parent)?.dataset.id ?? null, siblingsOf(parent).indexOf(parent) + 1);
    announce(fill(m.cannot, { title: titleOf(li) }));
  });

  // ---- "Move…": a dialog to choose the parent (searchable) and the position -----------------
  const dialog = buildDialog();
  let moving: HTMLLIElement | null = null;

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a.page-tree__move');
    if (!link) return;
    event.preventDefault();
    const li = nodeOf(link);
    if (li) openDialog(li);
  });

  function buildDialog() {
    const el = document.createElement('dialog');
    el.className = 'tree-dialog';
    el.setAttribute('aria-labelledby', 'tree-dialog-title');
    const form = document.createElement('form');
    form.className = 'form';
    form.method = 'dialog';
    const heading = document.createElement('h2');
    heading.id = 'tree-dialog-title';
    const field = (id: string, label: string, control: HTMLElement) => {
      const wrap = document.createElement('div');
      wrap.className = 'field';
      const l = document.createElement('label');
      l.htmlFor = id;
      l.textContent = label;
      control.id = id;
      wrap.append(l, control);
      return wrap;
    };
    const search = document.createElement('input');
    search.type = 'search';
    search.autocomplete = 'off';
    const parent = document.createElement('select');
    parent.size = 8;
    const position = document.createElement('select');
    const buttons = document.createElement('div');
    buttons.className = 'tree-dialog__buttons';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'button--secondary';
    cancel.textContent = m.cancel;
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = m.move;
    buttons.append(cancel, submit);
    form.append(heading, field('tree-dialog-search', m.search, search), field('tree-dialog-parent', m.parent, parent), field('tree-dialog-position', m.position, position), buttons);
    el.append(form);
    document.body.append(el);
    cancel.addEventListener('click', () => el.close());
    el.addEventListener('close', () => {
      if (moving) focusTitle(moving.dataset.id ?? '');
    });
    search.addEventListener('input', () => fillParents(search.value));
    parent.addEventListener('change', () => fillPositions());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const li = moving;
      if (!li || parent.value === '') return;
      el.close();
      void move(li, parent.value === '\u0000' ? null : parent.value, Number(position.value));
    });
    return { el, heading, search, parent, position };
  }

  /** Every page that may become the parent: all but the moved page and what is under it. */
  function candidates(): { id: string; title: string; depth: number }[] {
    const out = [{ id: '\u0000', title: m.topLevel, depth: 0 }];
    for (const li of root.querySelectorAll<HTMLLIElement>('li.page-tree__node')) {
      if (moving && isInside(li, moving)) continue;
      let depth = 0;
      for (let p = parentOf(li); p; p = parentOf(p)) depth++;
      out.push({ id: li.dataset.id ?? '', title: titleOf(li), depth: depth + 1 });
    }
    return out;
  }

  function fillParents(query: string): void {
    const q = query.trim().toLocaleLowerCase();
    const current = moving ? (parentOf(moving)?.dataset.id ?? '\u0000') : '\u0000';
    const selected = dialog.parent.value || current;
    const list = candidates().filter((c) => q === '' || c.title.toLocaleLowerCase().includes(q));
    dialog.parent.replaceChildren(
      ...list.map((c) => {
        const option = new Option(`${'\u2014 '.repeat(Math.max(0, c.depth - 1))}${c.title}`, c.id);
        option.selected = c.id === selected;
        return option;
      }),
    );
    if (dialog.parent.selectedIndex < 0 && list.length > 0) dialog.parent.selectedIndex = 0;
    fillPositions();
  }

  function fillPositions(): void {
    const id = dialog.parent.value;
    const parent = id && id !== '\u0000' ? byId(id) : null;
    const list = parent ? childrenOf(parent) : [...root.querySelectorAll<HTMLLIElement>(':scope > ul > li.page-tree__node')];
    const others = list.filter((li) => li !== moving);
    const options = [new Option(m.first, '0'), ...others.map((li, i) => new Option(fill(m.after, { title: titleOf(li) }), String(i + 1)))];
    // Where it stands now when it stays under the same parent, else last.
    const here = moving && list.includes(moving) ? list.indexOf(moving) : others.length;
    options[Math.min(here, options.length - 1)]!.selected = true;
    dialog.position.replaceChildren(...options);
  }

  function openDialog(li: HTMLLIElement): void {
    moving = li;
    dialog.heading.textContent = fill(m.dialogTitle, { title: titleOf(li) });
    dialog.search.value = '';
    dialog.parent.value = '';
    fillParents('');
    dialog.el.showModal();
    dialog.search.focus();
  }

  // ---- drag and drop: before, after or inside a row -----------------------------------------
  let dragged: HTMLLIElement | null = null;
  let target: { li: HTMLLIElement; zone: Zone } | null = null;

  const clearIndicator = () => {
    root.querySelectorAll('.page-tree__row--drop-before, .page-tree__row--drop-after, .page-tree__row--drop-inside').forEach((r) => {
      r.classList.remove('page-tree__row--drop-before', 'page-tree__row--drop-after', 'page-tree__row--drop-inside');
      r.removeAttribute('title');
    });
  };

  function prepareRows(): void {
    for (const row of root.querySelectorAll<HTMLElement>('.page-tree__row')) row.draggable = true;
  }
  prepareRows();

  root.addEventListener('dragstart', (event) => {
    const li = nodeOf(event.target as Element);
    if (!li || !event.dataTransfer) return;
    dragged = li;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', li.dataset.id ?? '');
    li.classList.add('page-tree__node--dragging');
  });

  root.addEventListener('dragover', (event) => {
    const li = nodeOf(event.target as Element);
    if (!dragged || !li) return;
    const row = rowOf(li);
    if (!row || isInside(li, dragged)) {
      clearIndicator();
      target = null;
      return;
    }
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const box = row.getBoundingClientRect();
    const y = (event.clientY - box.top) / Math.max(1, box.height);
    const zone: Zone = y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
    if (target?.li === li && target.zone === zone) return;
    clearIndicator();
    target = { li, zone };
    row.classList.add(`page-tree__row--drop-${zone}`);
    if (zone === 'inside') row.title = fill(m.dropInside, { title: titleOf(li) });
  });

  root.addEventListener('dragleave', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) {
      clearIndicator();
      target = null;
    }
  });

  root.addEventListener('drop', (event) => {
    event.preventDefault();
    const li = dragged;
    const to = target;
    clearIndicator();
    target = null;
    if (!li || !to) return;
    if (to.zone === 'inside') {
      const children = childrenOf(to.li).filter((c) => c !== li);
      return void move(li, to.li.dataset.id ?? null, children.length);
    }
    const parent = parentOf(to.li);
    const others = siblingsOf(to.li).filter((s) => s !== li);
    const index = others.indexOf(to.li) + (to.zone === 'after' ? 1 : 0);
    void move(li, parent?.dataset.id ?? null, index);
  });

  root.addEventListener('dragend', () => {
    dragged?.classList.remove('page-tree__node--dragging');
    dragged = null;
    clearIndicator();
  });
}

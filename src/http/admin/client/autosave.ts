// Ensemble back office: autosave, unsaved-text recovery and live preview of the translation form.
// Progressive enhancement only: without it the form's Save button does the same save. Autosave
// posts the whole form (with its token and expectedVersion) to the same operation as Save, so it
// never publishes; a copy of unsaved text stays in localStorage until the server has it.
// Loaded before the rich text editor: a restore fills the body's textarea before the editor reads it.
import { startPreview } from './live-preview.ts';

/** Quiet time after the last keystroke before saving, and the longest wait while typing on. */
const IDLE_MS = 2000;
const MAX_WAIT_MS = 10_000;
/** Never two saves closer than this, whatever happens (the server's limits stay far away). */
const MIN_INTERVAL_MS = 2000;
const RETRY_MS = [5000, 10_000, 20_000, 40_000, 60_000];
const COPY_PREFIX = 'ensemble.unsaved:';
const RESTORE_PREFIX = 'ensemble.restore:';
/** Form names that are not the text: the token and the version travel but never count as changes. */
const NOT_TEXT = new Set(['_csrf', 'expectedVersion']);

type Pairs = [string, string][];

interface LocalCopy {
  readonly savedAt: number;
  readonly version: number;
  readonly values: Pairs;
}

interface SaveAnswer {
  readonly version?: number;
  readonly pending?: boolean;
  readonly error?: string;
  readonly message?: string;
  readonly problems?: readonly { input: string; message: string }[];
}

const bar = document.querySelector<HTMLElement>('.live-edit-bar');
const form = bar?.closest('form');
if (bar && form) start(bar, form);

function start(bar: HTMLElement, form: HTMLFormElement): void {
  const msg = (name: string, values: Record<string, string | number> = {}): string => {
    const text = bar.getAttribute(`data-msg-${name}`) ?? name;
    return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
  };
  const saveUrl = bar.dataset['saveUrl'] ?? '';
  const key = bar.dataset['storageKey'] ?? '';
  const state = bar.querySelector<HTMLElement>('.live-edit-bar__state')!;
  const age = bar.querySelector<HTMLElement>('.live-edit-bar__age')!;
  const problems = bar.querySelector<HTMLUListElement>('.live-edit-bar__problems')!;
  const offer = bar.querySelector<HTMLElement>('.live-edit-bar__offer')!;
  const versionInput = form.querySelector<HTMLInputElement>('input[name="expectedVersion"]');
  const version = (): number => Number(versionInput?.value ?? '0') || 0;

  /** The form's text as name/value pairs (files never: this form has none to send). */
  const pairs = (all = false): Pairs =>
    [...new FormData(form).entries()].flatMap(([name, value]) => (typeof value === 'string' && (all || !NOT_TEXT.has(name)) ? [[name, value] as [string, string]] : []));
  const serialize = (values: Pairs = pairs()): string => new URLSearchParams(values).toString();
  const payload = (): URLSearchParams => new URLSearchParams(pairs(true));

  // The text the server holds: changes are measured from it.
  let saved = serialize();
  const restored = applyPendingRestore(form, key);
  bar.hidden = false;

  let inFlight = false;
  let blocked = false;
  let submitting = false;
  let firstChangeAt = 0;
  let lastSaveAt = 0;
  let savedAt = 0;
  let failures = 0;
  let timer: number | undefined;
  let afterSave: (() => void) | undefined;
  /** A form submitted again once its save ran (whatever came of it): it goes through this time. */
  let passThrough: HTMLFormElement | undefined;

  const isDirty = (): boolean => serialize() !== saved;

  const localKeys = (): string[] => {
    const out: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(`${COPY_PREFIX}${key}:`)) out.push(k);
    }
    return out;
  };
  const removeLocal = (): void => {
    try {
      localKeys().forEach((k) => localStorage.removeItem(k));
    } catch {
      // Storage refused (private mode, quota): the server copy is all there is.
    }
  };
  const writeLocal = (): void => {
    try {
      const current = `${COPY_PREFIX}${key}:${version()}`;
      localKeys().filter((k) => k !== current).forEach((k) => localStorage.removeItem(k));
      const copy: LocalCopy = { savedAt: Date.now(), version: version(), values: pairs() };
      localStorage.setItem(current, JSON.stringify(copy));
    } catch {
      // As above: nothing more to do than keep saving to the server.
    }
  };

  const setState = (text: string, withAge = false): void => {
    state.textContent = text;
    if (!withAge) age.textContent = '';
    else tick();
  };
  const tick = (): void => {
    if (!savedAt || state.textContent === '' || !state.dataset['saved']) return;
    const seconds = Math.max(0, Math.floor((Date.now() - savedAt) / 1000));
    age.textContent = seconds < 5 ? msg('just-now') : seconds < 60 ? msg('seconds-ago', { n: Math.floor(seconds / 5) * 5 }) : msg('minutes-ago', { n: Math.floor(seconds / 60) });
  };
  window.setInterval(tick, 5000);

  const showProblems = (list: SaveAnswer['problems'] = []): void => {
    problems.replaceChildren(
      ...list.map((p) => {
        const li = document.createElement('li');
        const control = p.input ? document.getElementById(`field-${p.input}`) : null;
        const label = control ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent?.trim() : undefined;
        if (control && label) {
          const a = document.createElement('a');
          a.href = `#${control.id}`;
          a.textContent = label;
          li.append(a, `: ${p.message}`);
        } else {
          li.textContent = p.message;
        }
        return li;
      }),
    );
    problems.hidden = list.length === 0;
  };

  const schedule = (delay?: number): void => {
    window.clearTimeout(timer);
    if (blocked || submitting) return;
    const now = Date.now();
    if (!firstChangeAt) firstChangeAt = now;
    const wait = delay ?? Math.max(Math.min(IDLE_MS, firstChangeAt + MAX_WAIT_MS - now), lastSaveAt + MIN_INTERVAL_MS - now, 0);
    timer = window.setTimeout(() => void save(), wait);
  };

  async function save(): Promise<void> {
    if (inFlight || blocked) return;
    const sent = serialize();
    if (sent === saved) {
      firstChangeAt = 0;
      afterSave?.();
      return;
    }
    inFlight = true;
    lastSaveAt = Date.now();
    firstChangeAt = 0;
    delete state.dataset['saved'];
    setState(msg('saving'));
    let retry: number | undefined;
    try {
      const response = await fetch(saveUrl, { method: 'POST', body: payload(), headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const answer: SaveAnswer = (response.headers.get('content-type') ?? '').includes('json') ? ((await response.json()) as SaveAnswer) : {};
      if (response.ok && typeof answer.version === 'number') {
        const before = versionInput?.value;
        // The page's other forms (workflow steps) were shown the same version: they follow it.
        document.querySelectorAll<HTMLInputElement>('input[name="expectedVersion"]').forEach((input) => {
          if (input.value === before) input.value = String(answer.version);
        });
        saved = sent;
        savedAt = Date.now();
        failures = 0;
        showProblems();
        state.dataset['saved'] = '1';
        setState(msg(answer.pending ? 'saved-pending' : 'saved'), true);
        if (isDirty()) writeLocal();
        else removeLocal();
      } else if (response.status === 400 && answer.error === 'invalid') {
        setState(msg('not-saved', { reason: answer.message ?? '' }));
        showProblems(answer.problems);
      } else if (response.status === 409) {
        blocked = true;
        writeLocal();
        setState(msg('not-saved', { reason: msg('conflict') }));
        offerReload();
      } else if (response.status === 401) {
        setState(msg('not-saved', { reason: msg('signed-out') }));
        retry = 30_000;
      } else if (response.status === 403) {
        blocked = true;
        setState(msg('not-saved', { reason: answer.message ?? msg('forbidden') }));
      } else if (response.status === 429) {
        const seconds = Math.min(Math.max(Number(response.headers.get('retry-after')) || 30, 1), 600);
        setState(msg('not-saved', { reason: msg('too-many', { n: seconds }) }));
        retry = seconds * 1000;
      } else {
        setState(msg('not-saved', { reason: msg('failed') }));
        retry = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
      }
    } catch {
      setState(msg('not-saved', { reason: msg('offline') }));
      retry = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
    } finally {
      inFlight = false;
    }
    if (afterSave) afterSave();
    else if (retry !== undefined) schedule(retry);
    else if (!blocked && isDirty() && state.dataset['saved']) schedule();
  }

  /** After a conflict: reload the stored version and put this text back over it (nothing lost). */
  const offerReload = (): void => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-secondary';
    button.textContent = msg('reload');
    button.addEventListener('click', () => {
      stashRestore(key, pairs());
      location.assign(location.pathname);
    });
    offer.replaceChildren(button);
  };

  let copyTimer: number | undefined;
  const onChange = (): void => {
    if (submitting) return;
    if (!isDirty()) {
      window.clearTimeout(timer);
      firstChangeAt = 0;
      removeLocal();
      return;
    }
    window.clearTimeout(copyTimer);
    copyTimer = window.setTimeout(writeLocal, 300);
    if (!inFlight) schedule();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);

  // A submit waits for a save under way, so it carries the version that save produced; the other
  // forms of the page (workflow steps) first save what was typed, then go on with that version.
  document.addEventListener('submit', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLFormElement)) return;
    const isOwn = target === form;
    const again = passThrough === target;
    passThrough = undefined;
    if (!again && (inFlight || (!isOwn && isDirty() && !blocked && target.querySelector('input[name="expectedVersion"]')))) {
      event.preventDefault();
      const submitter = (event as SubmitEvent).submitter;
      afterSave = () => {
        afterSave = undefined;
        passThrough = target;
        target.requestSubmit(submitter instanceof HTMLElement ? submitter : undefined);
      };
      if (!inFlight) void save();
      return;
    }
    submitting = true;
    window.clearTimeout(timer);
  });

  // Closing the tab or following a link: one last save of what was typed (its answer never read;
  // the local copy stays until a later visit finds the server holds the same text).
  window.addEventListener('pagehide', () => {
    if (submitting || blocked || inFlight || !isDirty()) return;
    writeLocal();
    navigator.sendBeacon(saveUrl, payload());
  });

  if (restored) {
    setState(msg('restored'));
    writeLocal();
    schedule(MIN_INTERVAL_MS);
  } else if (bar.dataset['unsaved'] === 'true') {
    saved = '';
    schedule(MIN_INTERVAL_MS);
  } else {
    offerLocalCopy();
  }
  startPreview(form, bar, payload, msg);

  /** A copy of text this browser never saw saved: offer it back, or forget it. */
  function offerLocalCopy(): void {
    let best: LocalCopy | undefined;
    try {
      for (const k of localKeys()) {
        const copy = parseCopy(localStorage.getItem(k));
        if (copy && (!best || copy.savedAt > best.savedAt)) best = copy;
      }
    } catch {
      return;
    }
    if (!best) return;
    if (serialize(best.values) === saved) {
      removeLocal();
      return;
    }
    const copy = best;
    const text = document.createElement('p');
    text.textContent = msg('restore-offer');
    const when = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(copy.savedAt));
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'button-secondary';
    restore.textContent = msg('restore', { time: when });
    restore.addEventListener('click', () => {
      stashRestore(key, copy.values);
      location.assign(location.pathname);
    });
    const discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'button-link';
    discard.textContent = msg('discard');
    discard.addEventListener('click', () => {
      removeLocal();
      offer.replaceChildren();
    });
    offer.replaceChildren(text, restore, discard);
  }
}

function parseCopy(text: string | null): LocalCopy | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LocalCopy>;
    if (typeof value.savedAt !== 'number' || !Array.isArray(value.values)) return undefined;
    const values = value.values.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');
    return { savedAt: value.savedAt, version: Number(value.version) || 0, values };
  } catch {
    return undefined;
  }
}

/** Keeps text for the next load of this page, which puts it in the form before the editor starts. */
function stashRestore(key: string, values: Pairs): void {
  sessionStorage.setItem(`${RESTORE_PREFIX}${key}`, JSON.stringify(values));
}

/** Fills the form with stashed text, if any; true when it did. */
function applyPendingRestore(form: HTMLFormElement, key: string): boolean {
  let values: Pairs | undefined;
  try {
    const text = sessionStorage.getItem(`${RESTORE_PREFIX}${key}`);
    sessionStorage.removeItem(`${RESTORE_PREFIX}${key}`);
    values = text ? (parseCopy(JSON.stringify({ savedAt: 0, values: JSON.parse(text) as unknown }))?.values ?? undefined) : undefined;
  } catch {
    return false;
  }
  if (!values) return false;
  const byName = new Map<string, string[]>();
  for (const [name, value] of values) {
    if (NOT_TEXT.has(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const seen = new Map<string, number>();
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    const name = element.name;
    if (!name || NOT_TEXT.has(name) || element.disabled) continue;
    const given = byName.get(name) ?? [];
    if (element instanceof HTMLSelectElement) {
      for (const option of Array.from(element.options)) option.selected = given.includes(option.value);
    } else if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = given.includes(element.value);
    } else if (!(element instanceof HTMLInputElement && element.type === 'file')) {
      const index = seen.get(name) ?? 0;
      seen.set(name, index + 1);
      element.value = given[index] ?? '';
    }
  }
  return true;
}

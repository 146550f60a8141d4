// Ensemble back office: the caption editor's cue list beside the video.
// Progressive enhancement only: the WebVTT textarea stays in the form and is what gets saved; the
// cue list writes into it, and every change is checked by the server's own parser (the captions
// module, bundled here), its problems listed by line in a live region.
import {
  cueTextFromInput,
  cueToPlainText,
  formatTimestamp,
  insertCueAfter,
  mergeWithNext,
  parseCaptions,
  serialiseWebvtt,
  shiftCues,
  splitCue,
  type CaptionParseResult,
  type CaptionProblem,
  type Cue,
} from '../../../modules/captions/index.ts';

interface Labels {
  readonly cues: string;
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly select: string;
  readonly seek: string;
  readonly add: string;
  readonly split: string;
  readonly merge: string;
  readonly shift: string;
  readonly shiftSelected: string;
  readonly shiftAll: string;
  readonly keys: string;
  readonly liveProblems: string;
  readonly valid: string;
  readonly problems: Readonly<Record<string, string>>;
}

type Field = 'start' | 'end' | 'text' | 'seek' | 'select';

/** Alt+↑/↓ moves cues by this much; the shift field sets the buttons' step. */
const KEY_STEP_MS = 100;
const CHECK_DELAY_MS = 300;

const root = document.querySelector<HTMLElement>('[data-caption-editor]');
const textarea = document.querySelector<HTMLTextAreaElement>('#caption-text');
const check = document.querySelector<HTMLElement>('[data-caption-check]');
if (root && textarea && check) start(root, textarea, check);

function start(root: HTMLElement, textarea: HTMLTextAreaElement, check: HTMLElement): void {
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Labels;
  const list = root.querySelector<HTMLElement>('[data-cue-list]')!;
  const video = root.querySelector<HTMLVideoElement>('[data-caption-video]');
  let cues: Cue[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const live = video ? createLiveTrack(video) : undefined;

  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

  /** Checks the textarea with the upload's parser and says what it found. */
  const validate = (): CaptionParseResult => {
    const result = parseCaptions(textarea.value);
    check.replaceChildren();
    if (result.ok) {
      check.append(paragraph(fill(labels.valid, { count: result.cues.length })));
      textarea.removeAttribute('aria-invalid');
      check.classList.remove('is-invalid');
    } else {
      check.append(paragraph(labels.liveProblems), problemList(result.problems));
      textarea.setAttribute('aria-invalid', 'true');
      check.classList.add('is-invalid');
    }
    return result;
  };

  const problemList = (problems: readonly CaptionProblem[]) => {
    const ul = document.createElement('ul');
    ul.className = 'problem-list';
    for (const p of problems.slice(0, 30)) {
      const li = document.createElement('li');
      li.dataset['line'] = String(p.line);
      li.textContent = fill(labels.problems[p.code] ?? p.code, { line: p.line, detail: p.detail ?? '' });
      ul.append(li);
    }
    return ul;
  };

  /** The cues the text holds now, or undefined when it does not parse (an empty track counts as no cues). */
  const currentCues = (): Cue[] | undefined => {
    const result = validate();
    if (result.ok) return [...result.cues];
    return result.problems.every((p) => p.code === 'no-cues' || p.code === 'empty') ? [] : undefined;
  };

  const apply = (next: Cue[], focus: { index: number; field: Field }) => {
    cues = next;
    textarea.value = serialiseWebvtt(cues);
    validate();
    render();
    live?.update(cues);
    const index = Math.max(0, Math.min(focus.index, cues.length - 1));
    active = index;
    list.querySelector<HTMLElement>(`[data-index="${index}"] .cue__${focus.field}`)?.focus();
  };

  /** Runs an editing step on the cues the text holds; a text with problems is left for the editor to fix first. */
  const step = (run: (cues: Cue[]) => Cue[], focus: (next: Cue[]) => { index: number; field: Field }) => {
    const now = currentCues();
    if (!now) {
      check.focus();
      return;
    }
    const next = run(now);
    apply(next, focus(next));
  };

  const selected = (): number[] => {
    const checked = [...list.querySelectorAll<HTMLInputElement>('.cue__select')].filter((box) => box.checked).map((box) => Number(box.closest<HTMLElement>('[data-index]')?.dataset['index']));
    return checked.length > 0 ? checked : [active];
  };

  const shiftBy = (delta: number, all: boolean) => {
    const chosen = all ? 'all' : selected();
    const isChecked = list.querySelector('.cue__select:checked') !== null;
    const field = (document.activeElement?.className.match(/cue__(start|end|text|seek|select)/)?.[1] ?? 'start') as Field;
    step((now) => shiftCues(now, chosen, delta), () => ({ index: active, field }));
    // The same cues stay selected after a shift, so repeated presses keep moving them.
    if (chosen !== 'all' && isChecked) {
      for (const i of chosen) {
        const box = list.querySelector<HTMLInputElement>(`[data-index="${i}"] .cue__select`);
        if (box) box.checked = true;
      }
    }
  };

  /** Where each row's timing line sits in the text built from the rows, so a problem on a line points at its row. */
  let rowLines: { timing: number; last: number }[] = [];

  /** The text rebuilt from the rows as typed: a bad time reaches the parser as typed, and is reported on its line. */
  const textFromRows = (): string => {
    let line = 3;
    rowLines = [];
    const blocks = [...list.querySelectorAll<HTMLElement>('[data-index]')].map((row) => {
      const cue = cues[Number(row.dataset['index'])];
      const value = (name: string) => row.querySelector<HTMLInputElement | HTMLTextAreaElement>(`.cue__${name}`)?.value.trim() ?? '';
      const settings = cue?.settings ? ` ${cue.settings}` : '';
      const text = cueTextFromInput(value('text'));
      const timing = line + (cue?.id ? 1 : 0);
      const last = timing + (text === '' ? 0 : text.split('\n').length);
      rowLines.push({ timing, last });
      line = last + 2;
      return `${cue?.id ? `${cue.id}\n` : ''}${value('start')} --> ${value('end')}${settings}\n${text}`;
    });
    return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
  };

  /** Marks the fields of the rows the problems point at, so the editor finds the cue as well as the line. */
  const markRows = (problems: readonly CaptionProblem[]) => {
    list.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
    for (const problem of problems) {
      const index = rowLines.findIndex((r) => problem.line >= r.timing && problem.line <= r.last);
      const row = list.querySelector(`[data-index="${index}"]`);
      if (!row) continue;
      const fields = problem.line === rowLines[index]!.timing ? ['start', 'end'] : ['text'];
      for (const name of fields) row.querySelector(`.cue__${name}`)?.setAttribute('aria-invalid', 'true');
    }
  };

  const render = () => {
    const ol = document.createElement('ol');
    ol.className = 'cue-list';
    cues.forEach((cue, i) => ol.append(cueRow(cue, i)));
    list.replaceChildren(toolbar(), hint(), ol);
    list.hidden = false;
    highlight();
  };

  const cueRow = (cue: Cue, i: number): HTMLElement => {
    const number = i + 1;
    const li = document.createElement('li');
    li.className = 'cue';
    li.dataset['index'] = String(i);
    const select = input('checkbox', `cue-select-${i}`, 'cue__select');
    const seek = document.createElement('button');
    seek.type = 'button';
    seek.className = 'cue__seek';
    seek.textContent = `▶ ${formatTimestamp(cue.startMs)}`;
    seek.setAttribute('aria-label', fill(labels.seek, { number, time: formatTimestamp(cue.startMs) }));
    seek.disabled = !video;
    seek.addEventListener('click', () => {
      active = i;
      if (video) video.currentTime = cue.startMs / 1000;
      highlight();
    });
    const startInput = input('text', `cue-start-${i}`, 'cue__start', formatTimestamp(cue.startMs));
    const endInput = input('text', `cue-end-${i}`, 'cue__end', formatTimestamp(cue.endMs));
    const text = document.createElement('textarea');
    text.id = `cue-text-${i}`;
    text.className = 'cue__text';
    text.rows = Math.min(5, Math.max(2, cue.text.split('\n').length + 1));
    text.value = cue.text;
    // The cue's words are in the track's language; the rest of the row (times, buttons) in the interface's.
    text.lang = list.dataset['lang'] ?? '';
    text.dir = list.dataset['dir'] ?? 'auto';
    li.append(
      label(select.id, fill(labels.select, { number })),
      select,
      seek,
      label(startInput.id, fill(labels.start, { number })),
      startInput,
      label(endInput.id, fill(labels.end, { number })),
      endInput,
      label(text.id, fill(labels.text, { number })),
      text,
    );
    return li;
  };

  const toolbar = (): HTMLElement => {
    const bar = document.createElement('div');
    bar.className = 'cue-toolbar';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', labels.cues);
    const shiftInput = input('number', 'cue-shift-ms', 'cue-toolbar__shift', String(KEY_STEP_MS));
    shiftInput.step = '10';
    const shiftLabel = document.createElement('label');
    shiftLabel.htmlFor = shiftInput.id;
    shiftLabel.textContent = labels.shift;
    const amount = () => (Number.isFinite(shiftInput.valueAsNumber) ? Math.round(shiftInput.valueAsNumber) : KEY_STEP_MS);
    bar.append(
      button(labels.add, 'add', () => step((now) => insertCueAfter(now, Math.min(active, now.length - 1)), (next) => ({ index: Math.min(active + 1, next.length - 1), field: 'text' }))),
      button(labels.split, 'split', () => step((now) => splitCue(now, active, video ? video.currentTime * 1000 : undefined), () => ({ index: active + 1, field: 'text' }))),
      button(labels.merge, 'merge', () => step((now) => mergeWithNext(now, active), () => ({ index: active, field: 'text' }))),
      shiftLabel,
      shiftInput,
      button(labels.shiftSelected, 'shift-selected', () => shiftBy(amount(), false)),
      button(labels.shiftAll, 'shift-all', () => shiftBy(amount(), true)),
    );
    return bar;
  };

  const hint = (): HTMLElement => {
    const p = paragraph(labels.keys);
    p.className = 'field__hint';
    return p;
  };

  /** The cue being played, highlighted and announced to assistive technology as the current one. */
  const highlight = () => {
    const ms = video ? video.currentTime * 1000 : -1;
    list.querySelectorAll<HTMLElement>('[data-index]').forEach((row) => {
      const cue = cues[Number(row.dataset['index'])];
      const isCurrent = cue !== undefined && cue.startMs <= ms && ms < cue.endMs;
      row.classList.toggle('is-current', isCurrent);
      if (isCurrent) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
  };

  list.addEventListener('focusin', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) active = Number(row.dataset['index']);
  });
  list.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (!target.closest('[data-index]') || target.classList.contains('cue__select')) return;
    textarea.value = textFromRows();
    const result = validate();
    markRows(result.ok ? [] : result.problems);
    // The rows stay as they are while someone types in them; only the cues behind them follow.
    if (result.ok && result.cues.length === cues.length) {
      cues = [...result.cues];
      live?.update(cues);
    }
  });
  list.addEventListener('keydown', (event) => {
    if (!event.altKey || !(event.target as HTMLElement).closest('[data-index]')) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      shiftBy(event.key === 'ArrowUp' ? -KEY_STEP_MS : KEY_STEP_MS, event.shiftKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      step((now) => insertCueAfter(now, active), () => ({ index: active + 1, field: 'text' }));
    }
  });
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const result = validate();
      if (!result.ok) return;
      cues = [...result.cues];
      render();
      live?.update(cues);
    }, CHECK_DELAY_MS);
  });
  video?.addEventListener('timeupdate', highlight);
  video?.addEventListener('seeked', highlight);

  cues = currentCues() ?? [];
  render();
  live?.update(cues);
}

/**
 * A track of the video that shows the cues being edited, in place of the stored one, so the editor
 * watches what the save will store.
 */
function createLiveTrack(video: HTMLVideoElement): { update(cues: readonly Cue[]): void } {
  const stored = video.querySelector('track');
  const track = video.addTextTrack(stored?.kind === 'descriptions' ? 'descriptions' : 'captions', stored?.label ?? '', stored?.srclang ?? '');
  const hideStored = () => {
    for (const t of Array.from(video.textTracks)) if (t !== track) t.mode = 'disabled';
    track.mode = 'showing';
  };
  hideStored();
  stored?.addEventListener('load', hideStored);
  return {
    update(cues) {
      for (const cue of Array.from(track.cues ?? [])) track.removeCue(cue);
      for (const cue of cues) track.addCue(new VTTCue(cue.startMs / 1000, cue.endMs / 1000, cueToPlainText(cue)));
    },
  };
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function input(type: string, id: string, className: string, value = ''): HTMLInputElement {
  const el = document.createElement('input');
  el.type = type;
  el.id = id;
  el.className = className;
  if (value !== '') el.value = value;
  if (type === 'text') {
    el.dir = 'ltr';
    el.spellcheck = false;
    el.setAttribute('autocomplete', 'off');
  }
  return el;
}

function label(forId: string, text: string): HTMLLabelElement {
  const el = document.createElement('label');
  el.htmlFor = forId;
  el.className = 'visually-hidden';
  el.textContent = text;
  return el;
}

function button(text: string, action: string, onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'button-secondary';
  el.dataset['cueAction'] = action;
  el.textContent = text;
  el.addEventListener('click', onClick);
  return el;
}

import { MAX_TIMESTAMP_MS } from './caption-limits.ts';
import type { Cue } from './captions.types.ts';

/**
 * Editing steps on a list of cues, as pure functions: the back office's caption editor runs them in the browser
 * and the result is checked again by parseCaptions when saved. Each returns a new list, sorted by start time.
 */

/** A new cue with no text right after cue `index` (at the start when index is -1), two seconds long by default. */
export function insertCueAfter(cues: readonly Cue[], index: number, durationMs = 2_000): Cue[] {
  const before = cues[index];
  const startMs = Math.min(before ? before.endMs : 0, MAX_TIMESTAMP_MS - 1);
  const endMs = Math.min(startMs + Math.max(1, durationMs), MAX_TIMESTAMP_MS);
  const out = [...cues];
  out.splice(index + 1, 0, { id: null, startMs, endMs, settings: before?.settings ?? '', text: '' });
  return out;
}

/**
 * Splits cue `index` in two at `atMs` (its middle when `atMs` is outside the cue), sharing its words in
 * proportion: the first part keeps the words spoken before the split, as far as timing tells.
 */
export function splitCue(cues: readonly Cue[], index: number, atMs?: number): Cue[] {
  const cue = cues[index];
  if (!cue || cue.endMs - cue.startMs < 2) return [...cues];
  const isInside = atMs !== undefined && atMs > cue.startMs && atMs < cue.endMs;
  const splitMs = isInside ? Math.round(atMs) : Math.round((cue.startMs + cue.endMs) / 2);
  const [first, second] = splitText(cue.text, (splitMs - cue.startMs) / (cue.endMs - cue.startMs));
  const out = [...cues];
  out.splice(index, 1, { ...cue, endMs: splitMs, text: first }, { ...cue, id: null, startMs: splitMs, text: second });
  return out;
}

/** Joins cue `index` with the next one: from the first's start to the later end, the texts on two lines. */
export function mergeWithNext(cues: readonly Cue[], index: number): Cue[] {
  const cue = cues[index];
  const next = cues[index + 1];
  if (!cue || !next) return [...cues];
  const text = [cue.text, next.text].filter((t) => t !== '').join('\n');
  const out = [...cues];
  out.splice(index, 2, { ...cue, endMs: Math.max(cue.endMs, next.endMs), text });
  return out;
}

/**
 * Moves the chosen cues (all of them when `indexes` is 'all') by `deltaMs`, keeping each cue's length; a cue
 * never moves before 0 or past the last timestamp WebVTT allows here.
 */
export function shiftCues(cues: readonly Cue[], indexes: readonly number[] | 'all', deltaMs: number): Cue[] {
  const chosen = indexes === 'all' ? null : new Set(indexes);
  const moved = cues.map((cue, i) => {
    if (chosen && !chosen.has(i)) return cue;
    const length = cue.endMs - cue.startMs;
    const startMs = Math.min(Math.max(0, cue.startMs + Math.round(deltaMs)), MAX_TIMESTAMP_MS - length);
    return { ...cue, startMs, endMs: startMs + length };
  });
  return sortCues(moved);
}

/** Cues by start time, then end time; stable, as parseCaptions orders them. */
export function sortCues(cues: readonly Cue[]): Cue[] {
  return [...cues].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/**
 * Cue text as someone typed it, made safe to write into a WebVTT file: LF line ends, no blank line (it would
 * end the cue) and no "-->" (it would start a new one). Markup is left for parseCaptions to check.
 */
export function cueTextFromInput(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/-->/g, '--&gt;').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * A translated track: the source's cues with their timings and settings, each with the translator's text; a
 * cue left empty is left out (it stays "missing").
 */
export function translateCues(source: readonly Cue[], texts: readonly (string | undefined)[]): Cue[] {
  return source.flatMap((cue, i) => {
    const text = cueTextFromInput(texts[i] ?? '');
    return text === '' ? [] : [{ ...cue, text }];
  });
}

export type CueTranslationState = 'missing' | 'outdated' | 'current';

/**
 * Where each source cue stands in a translation. A translated cue has the source cue's timing (the translation
 * view copies it); it is `outdated` when the source cue's words or timing changed after the translation was
 * made, which `translatedFrom` (the source cues the translation was made from) tells; without it, a translated
 * cue counts as current. Returns the translated text (empty when missing) with each state.
 */
export function cueTranslationStates(
  source: readonly Cue[],
  target: readonly Cue[],
  translatedFrom: readonly Cue[] | null,
): { readonly state: CueTranslationState; readonly text: string }[] {
  const byTiming = new Map(target.map((cue) => [timingKey(cue), cue]));
  const then = translatedFrom ? new Set(translatedFrom.map((cue) => `${timingKey(cue)}\n${cue.text}`)) : null;
  return source.map((cue) => {
    const translated = byTiming.get(timingKey(cue));
    if (!translated || translated.text === '') return { state: 'missing', text: '' };
    const isOutdated = then !== null && !then.has(`${timingKey(cue)}\n${cue.text}`);
    return { state: isOutdated ? 'outdated' : 'current', text: translated.text };
  });
}

function timingKey(cue: Cue): string {
  return `${cue.startMs}-${cue.endMs}`;
}

/** Splits text near `ratio` of its length, at a line break or a space, never inside a tag. */
function splitText(text: string, ratio: number): [string, string] {
  const lines = text.split('\n');
  if (lines.length > 1) {
    const cut = Math.min(lines.length - 1, Math.max(1, Math.round(lines.length * ratio)));
    return [lines.slice(0, cut).join('\n'), lines.slice(cut).join('\n')];
  }
  const target = Math.round(text.length * ratio);
  let best = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') depth += 1;
    else if (c === '>') depth = Math.max(0, depth - 1);
    else if (c === ' ' && depth === 0 && (best === -1 || Math.abs(i - target) < Math.abs(best - target))) best = i;
  }
  if (best === -1) return [text, ''];
  return [text.slice(0, best).trimEnd(), text.slice(best + 1).trimStart()];
}

import { MAX_MARKUP_DEPTH } from './caption-limits.ts';
import { formatTimestamp, parseWebvttTimestamp } from './caption-timestamp.ts';
import { decodeReferenceAt, decodeReferences, escapeCueText } from './cue-entities.ts';

export interface SanitisedCueText {
  readonly text: string;
  /** Some markup was escaped as text, repaired or dropped. */
  readonly isMarkupChanged: boolean;
  /** Some inline timestamps fell outside the cue or went backwards and were dropped. */
  readonly isTimestampDropped: boolean;
}

const TAGS = new Set(['c', 'i', 'b', 'u', 'v', 'lang', 'ruby', 'rt']);
const CLASS_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CLASSES = 8;
// BCP 47 in shape only (language, then subtags); the player needs nothing more precise.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}$/;

interface OpenTag {
  readonly name: string;
  readonly isEmitted: boolean;
}

/**
 * Rewrites cue text so that it holds only WebVTT cue spans, well nested, with safe classes and annotations.
 * Anything else that looks like a tag becomes visible, escaped text, so no HTML survives in any renderer.
 * Runs in one pass over the text with a stack bounded by MAX_MARKUP_DEPTH.
 */
export function sanitiseCueText(raw: string, startMs: number, endMs: number): SanitisedCueText {
  // Most cues are plain words: skip the tag machinery for them.
  if (!/[<&]/.test(raw)) return { text: dropEmptyLines(escapeCueText(raw)), isMarkupChanged: false, isTimestampDropped: false };
  const state = { out: '', pending: '', stack: [] as OpenTag[], overflow: new Map<string, number>(), lastTimeMs: startMs };
  let isMarkupChanged = false;
  let isTimestampDropped = false;
  const flush = () => {
    state.out += escapeCueText(state.pending);
    state.pending = '';
  };
  const emit = (markup: string) => {
    flush();
    state.out += markup;
  };

  const handleTag = (inner: string): boolean => {
    if (inner.startsWith('/')) {
      const name = inner.slice(1);
      if (!TAGS.has(name)) return false;
      isMarkupChanged = closeTag(state, name, emit) || isMarkupChanged;
      return true;
    }
    if (/^\d/.test(inner)) {
      const time = parseWebvttTimestamp(inner);
      if (!time.ok) return false;
      // Inline timestamps must move forward inside the cue's own interval (WebVTT §4.2.2).
      if (time.ms > state.lastTimeMs && time.ms < endMs) {
        emit(`<${formatTimestamp(time.ms)}>`);
        state.lastTimeMs = time.ms;
      } else isTimestampDropped = true;
      return true;
    }
    const space = inner.search(/[ \t\f\n]/);
    const head = space === -1 ? inner : inner.slice(0, space);
    const annotation = space === -1 ? '' : inner.slice(space + 1).trim();
    const [name = '', ...classes] = head.split('.');
    if (!TAGS.has(name)) return false;
    if (state.stack.length >= MAX_MARKUP_DEPTH) {
      state.overflow.set(name, (state.overflow.get(name) ?? 0) + 1);
      isMarkupChanged = true;
      return true;
    }
    const goodClasses = classes.filter((c) => CLASS_NAME.test(c)).slice(0, MAX_CLASSES);
    if (goodClasses.length !== classes.length) isMarkupChanged = true;
    const opening = openingTag(name, goodClasses.map((c) => `.${c}`).join(''), annotation, state.stack);
    if (opening === null || (annotation !== '' && name !== 'v' && name !== 'lang')) isMarkupChanged = true;
    if (opening !== null) emit(opening);
    state.stack.push({ name, isEmitted: opening !== null });
    return true;
  };

  let i = 0;
  while (i < raw.length) {
    const char = raw[i]!;
    if (char === '<') {
      const end = findTagEnd(raw, i + 1);
      if (end !== -1 && handleTag(raw.slice(i + 1, end))) {
        i = end + 1;
        continue;
      }
      isMarkupChanged = true;
      // Not cue markup: the whole would-be tag is shown as text, references inside it decoded like any text.
      const stop = end === -1 ? i + 1 : end + 1;
      state.pending += decodeReferences(raw.slice(i, stop));
      i = stop;
      continue;
    }
    if (char === '&') {
      const reference = decodeReferenceAt(raw, i);
      state.pending += reference ? reference.char : '&';
      i += reference ? reference.length : 1;
      continue;
    }
    const next = nextSpecial(raw, i + 1);
    state.pending += raw.slice(i, next);
    i = next;
  }
  while (state.stack.length > 0) {
    const open = state.stack.pop()!;
    if (open.isEmitted) emit(`</${open.name}>`);
  }
  flush();
  return { text: dropEmptyLines(state.out), isMarkupChanged, isTimestampDropped };
}

/** A line emptied by dropped markup (or a lone BOM) would read as a blank line, the end of the cue, once written out. */
function dropEmptyLines(text: string): string {
  return text.includes('\n\n') || text.startsWith('\n') || text.endsWith('\n')
    ? text.split('\n').filter((line) => line !== '').join('\n')
    : text;
}

const SPECIAL = /[<&]/g;

function nextSpecial(raw: string, from: number): number {
  SPECIAL.lastIndex = from;
  return SPECIAL.exec(raw)?.index ?? raw.length;
}

/** The ">" that ends a tag, or -1 when another "<" or a line end comes first (then the "<" is text). */
function findTagEnd(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (c === '>') return i;
    if (c === '<' || c === '\n') return -1;
  }
  return -1;
}

function openingTag(name: string, classes: string, annotation: string, stack: readonly OpenTag[]): string | null {
  if (name === 'v') {
    const voice = cleanVoice(annotation);
    return voice === '' ? null : `<v${classes} ${voice}>`;
  }
  if (name === 'lang') return LANGUAGE_TAG.test(annotation) ? `<lang${classes} ${annotation}>` : null;
  if (name === 'rt') {
    const ruby = stack.findLastIndex((open) => open.name === 'ruby' && open.isEmitted);
    const isInRuby = ruby !== -1 && !stack.slice(ruby).some((open) => open.name === 'rt');
    return isInRuby ? `<rt${classes}>` : null;
  }
  return `<${name}${classes}>`;
}

/** Closes the innermost open tag of that name, and any left open inside it; returns true when that repaired the markup. */
function closeTag(
  state: { stack: OpenTag[]; overflow: Map<string, number> },
  name: string,
  emit: (markup: string) => void,
): boolean {
  const overflow = state.overflow.get(name) ?? 0;
  if (overflow > 0) {
    state.overflow.set(name, overflow - 1);
    return false;
  }
  const index = state.stack.findLastIndex((open) => open.name === name);
  if (index === -1) return true;
  const isMisnested = index !== state.stack.length - 1;
  while (state.stack.length > index) {
    const open = state.stack.pop()!;
    if (open.isEmitted) emit(`</${open.name}>`);
  }
  return isMisnested;
}

/** A voice name goes into the tag as text: no quotes, brackets or ampersands that a naive converter could misread. */
function cleanVoice(annotation: string): string {
  return decodeReferences(annotation)
    .replace(/'/g, '\u2019')
    .replace(/["<>&`\u00a0\u200e\u200f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 64)
    .trim();
}

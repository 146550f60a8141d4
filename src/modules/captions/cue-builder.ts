import type { LineReader } from './caption-lines.ts';
import { quote, type ProblemLog } from './caption-problems.ts';
import type { TimestampResult } from './caption-timestamp.ts';
import type { Cue } from './captions.types.ts';
import { sanitiseCueSettings } from './cue-settings.ts';
import { sanitiseCueText } from './cue-text.ts';

export interface CueTiming {
  readonly startMs: number;
  readonly endMs: number;
  readonly settings: string;
}

export interface CueDraft extends CueTiming {
  readonly id: string | null;
  readonly timingLine: number;
  readonly text: string;
}

/** Splits "start --> end settings", reporting each bad timestamp by the line it sits on. */
export function parseTimingLine(
  line: string,
  lineNumber: number,
  parseTimestamp: (text: string) => TimestampResult,
  log: ProblemLog,
): CueTiming | null {
  const arrow = line.indexOf('-->');
  const startText = line.slice(0, arrow).trim();
  const right = line.slice(arrow + 3).replace(/^[ \t\f]+/, '');
  const space = right.search(/[ \t\f]/);
  const endText = space === -1 ? right : right.slice(0, space);
  const settings = space === -1 ? '' : right.slice(space + 1);
  if (settings.includes('-->')) {
    log.error(lineNumber, 'timing', 'more than one "-->"');
    return null;
  }
  const start = parseTimestamp(startText);
  const end = parseTimestamp(endText);
  if (!start.ok) log.error(lineNumber, start.reason, quote(startText) || 'no start time');
  if (!end.ok) log.error(lineNumber, end.reason, quote(endText) || 'no end time');
  if (!start.ok || !end.ok) return null;
  // A cue that ends when it starts is never shown; one that ends earlier is a typo the editor must see.
  if (end.ms <= start.ms) {
    log.error(lineNumber, 'time-order', `${quote(startText)} --> ${quote(endText)}`);
    return null;
  }
  return { startMs: start.ms, endMs: end.ms, settings };
}

/**
 * Reads cue text up to a blank line. A line with "-->" ends the text too and is handed back as the next cue's
 * timing line, as the WebVTT parser does. Stops keeping lines once the cue is over the limit.
 */
export function readCueText(reader: LineReader, maxCueChars: number, log: ProblemLog): string | null {
  const lines: string[] = [];
  let chars = -1;
  let isTooLong = false;
  for (let line = reader.next(); line !== undefined && line !== ''; line = reader.next()) {
    if (line.includes('-->')) {
      reader.unread(line);
      break;
    }
    chars += line.length + 1;
    if (!isTooLong && chars > maxCueChars) {
      isTooLong = true;
      log.error(reader.line, 'cue-too-long', `more than ${maxCueChars} characters`);
    }
    if (!isTooLong) lines.push(line);
  }
  return isTooLong ? null : lines.join('\n');
}

// Identifiers are plain text, yet people paste them into HTML ids and URLs: keep the ones that are safe anywhere.
const UNSAFE_ID = /[<>&"'`]/;
const MAX_ID_CHARS = 128;

/** Sanitises a parsed cue, warning about every part that was dropped or rewritten. */
export function finishCue(draft: CueDraft, log: ProblemLog, seenIds: Set<string>): Cue {
  let id = draft.id;
  if (id !== null && (UNSAFE_ID.test(id) || id.length > MAX_ID_CHARS)) {
    log.warn(draft.timingLine - 1, 'cue-id', quote(id));
    id = null;
  } else if (id !== null && seenIds.has(id)) {
    log.warn(draft.timingLine - 1, 'cue-id', `duplicate ${quote(id)}`);
    id = null;
  }
  if (id !== null) seenIds.add(id);

  const settings = sanitiseCueSettings(draft.settings);
  if (settings.dropped.length > 0) log.warn(draft.timingLine, 'cue-setting', quote(settings.dropped.join(' ')));

  const text = sanitiseCueText(draft.text, draft.startMs, draft.endMs);
  if (text.isMarkupChanged) log.warn(draft.timingLine + 1, 'markup');
  if (text.isTimestampDropped) log.warn(draft.timingLine + 1, 'inline-timestamp');
  return { id, startMs: draft.startMs, endMs: draft.endMs, settings: settings.settings, text: text.text };
}

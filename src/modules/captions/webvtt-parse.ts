import { LineReader } from './caption-lines.ts';
import { quote, type ProblemLog } from './caption-problems.ts';
import { parseWebvttTimestamp } from './caption-timestamp.ts';
import type { CaptionLimits, Cue } from './captions.types.ts';
import { finishCue, parseTimingLine, readCueText } from './cue-builder.ts';

export interface ParsedCue {
  readonly cue: Cue;
  readonly line: number;
}

/** Parses WebVTT (https://www.w3.org/TR/webvtt1/#file-parsing), reporting problems instead of skipping silently. */
export function parseWebvtt(text: string, limits: CaptionLimits, log: ProblemLog): ParsedCue[] {
  const reader = new LineReader(text);
  const signature = reader.next() ?? '';
  if (!/^WEBVTT(?:[ \t]|$)/.test(signature)) {
    log.error(1, 'signature', quote(signature));
    return [];
  }
  // Header lines ("Kind:", "Language:") are not kept; a cue may follow them without a blank line.
  for (let line = reader.next(); line !== undefined && line !== ''; line = reader.next()) {
    if (line.includes('-->')) {
      reader.unread(line);
      break;
    }
  }
  return readCueBlocks(reader, limits, log);
}

function readCueBlocks(reader: LineReader, limits: CaptionLimits, log: ProblemLog): ParsedCue[] {
  const parsed: ParsedCue[] = [];
  const seenIds = new Set<string>();
  let count = 0;
  while (!log.isFull) {
    let line = reader.next();
    while (line === '') line = reader.next();
    if (line === undefined) break;
    const blockLine = reader.line;
    if (/^NOTE(?:[ \t]|$)/.test(line)) {
      skipBlock(reader);
      continue;
    }
    if (/^(?:STYLE|REGION)[ \t]*$/.test(line)) {
      // Style sheets and regions are presentation we do not host: the player's own styling applies.
      log.warn(blockLine, line.startsWith('STYLE') ? 'style-block' : 'region-block');
      skipBlock(reader);
      continue;
    }
    let id: string | null = null;
    if (!line.includes('-->')) {
      const next = reader.next();
      if (next === undefined || !next.includes('-->')) {
        log.warn(blockLine, 'stray-text', quote(line));
        if (next !== undefined && next !== '') skipBlock(reader);
        continue;
      }
      [id, line] = [line, next];
    }
    count += 1;
    if (count > limits.maxCues) {
      log.error(reader.line, 'too-many-cues', `more than ${limits.maxCues} cues`);
      break;
    }
    const timingLine = reader.line;
    const timing = parseTimingLine(line, timingLine, parseWebvttTimestamp, log);
    const cueText = readCueText(reader, limits.maxCueChars, log);
    if (timing !== null && cueText !== null) {
      parsed.push({ cue: finishCue({ ...timing, id, timingLine, text: cueText }, log, seenIds), line: timingLine });
    }
  }
  return parsed;
}

export function skipBlock(reader: LineReader): void {
  for (let line = reader.next(); line !== undefined && line !== ''; line = reader.next());
}

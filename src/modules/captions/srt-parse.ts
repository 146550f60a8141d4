import type { LineReader } from './caption-lines.ts';
import { quote, type ProblemLog } from './caption-problems.ts';
import { parseSrtTimestamp } from './caption-timestamp.ts';
import type { CaptionLimits } from './captions.types.ts';
import { finishCue, parseTimingLine, readCueText } from './cue-builder.ts';
import { skipBlock, type ParsedCue } from './webvtt-parse.ts';

/** Reads SubRip blocks ("1", "00:00:01,000 --> 00:00:02,000", text) as WebVTT cues; the index becomes the cue id. */
export function parseSrt(reader: LineReader, limits: CaptionLimits, log: ProblemLog): ParsedCue[] {
  const parsed: ParsedCue[] = [];
  const seenIds = new Set<string>();
  let count = 0;
  while (!log.isFull) {
    let line = reader.next();
    while (line === '') line = reader.next();
    if (line === undefined) break;
    const blockLine = reader.line;
    let id: string | null = null;
    if (!line.includes('-->')) {
      const next = reader.next();
      if (next === undefined || !next.includes('-->')) {
        // Usually a blank line typed inside a subtitle: players drop the rest, so the editor should know.
        log.warn(blockLine, 'stray-text', quote(line));
        if (next !== undefined && next !== '') skipBlock(reader);
        continue;
      }
      id = line.trim();
      if (!/^\d{1,9}$/.test(id)) log.error(blockLine, 'srt-index', quote(line));
      line = next;
    }
    count += 1;
    if (count > limits.maxCues) {
      log.error(reader.line, 'too-many-cues', `more than ${limits.maxCues} cues`);
      break;
    }
    const timingLine = reader.line;
    const timing = parseTimingLine(line, timingLine, parseSrtTimestamp, log);
    const srtText = readCueText(reader, limits.maxCueChars, log);
    if (timing === null || srtText === null) continue;
    // SRT's "X1:… Y2:…" pixel box has no WebVTT equivalent.
    if (timing.settings.trim() !== '') log.warn(timingLine, 'cue-setting', quote(timing.settings.trim()));
    const draft = { ...timing, settings: '', id, timingLine, text: srtTextToCueText(srtText) };
    parsed.push({ cue: finishCue(draft, log, seenIds), line: timingLine });
  }
  return parsed;
}

/** True when the file opens like SubRip: an index line then a timing line, or a timing line with comma millis. */
export function looksLikeSrt(first: string | undefined, second: string | undefined): boolean {
  if (first === undefined) return false;
  if (/^\d{1,9}[ \t]*$/.test(first)) return second?.includes('-->') === true;
  return first.includes('-->') && /\d,\d{3}/.test(first);
}

/**
 * SRT text is not entity-encoded, so "&" is literal; <i>, <b>, <u> are kept (any case), <font> and the
 * "{\an8}" position codes that SSA-minded tools write are dropped. The cue sanitiser then escapes the rest.
 */
function srtTextToCueText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/<\/?font(?:[ \t][^<>]*)?>/gi, '')
    .replace(/\{\\[^{}]*\}/g, '')
    .replace(/<(\/?)([ibu])>/gi, (_, slash: string, name: string) => `<${slash}${name.toLowerCase()}>`);
}

import { decodeCaptions } from './caption-decode.ts';
import { CAPTION_LIMITS } from './caption-limits.ts';
import { LineReader } from './caption-lines.ts';
import { ProblemLog } from './caption-problems.ts';
import { formatTimestamp } from './caption-timestamp.ts';
import type { CaptionLimits, CaptionParseOptions, CaptionParseResult, Cue } from './captions.types.ts';
import { looksLikeSrt, parseSrt } from './srt-parse.ts';
import { parseWebvtt, type ParsedCue } from './webvtt-parse.ts';

/**
 * Checks an uploaded WebVTT or SRT file and returns it as sanitised WebVTT, or the problems that refuse it.
 * Errors refuse the whole file (bad timing, encoding, limits); warnings name what was dropped or repaired.
 */
export function parseCaptions(input: Uint8Array | string, options: CaptionParseOptions = {}): CaptionParseResult {
  const limits: CaptionLimits = {
    maxBytes: options.maxBytes ?? CAPTION_LIMITS.maxBytes,
    maxCues: options.maxCues ?? CAPTION_LIMITS.maxCues,
    maxCueChars: options.maxCueChars ?? CAPTION_LIMITS.maxCueChars,
  };
  const decoded = decodeCaptions(input, limits.maxBytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };

  const log = new ProblemLog();
  const sourceFormat = detectFormat(decoded.text);
  const parsed = sourceFormat === 'srt' ? parseSrt(new LineReader(decoded.text), limits, log) : parseWebvtt(decoded.text, limits, log);
  if (log.errors.length === 0 && parsed.length === 0) log.error(1, 'no-cues');
  if (log.errors.length > 0) return { ok: false, problems: log.errors };

  const cues = orderCues(parsed, log);
  return { ok: true, vtt: serialiseWebvtt(cues), cues, warnings: log.warnings, sourceFormat };
}

/** "WEBVTT", a blank line, then each cue; LF line ends and a final newline. */
export function serialiseWebvtt(cues: readonly Cue[]): string {
  const blocks = cues.map((cue) => {
    const settings = cue.settings === '' ? '' : ` ${cue.settings}`;
    const timing = `${formatTimestamp(cue.startMs)} --> ${formatTimestamp(cue.endMs)}${settings}`;
    return `${cue.id === null ? '' : `${cue.id}\n`}${timing}\n${cue.text}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

function detectFormat(text: string): 'webvtt' | 'srt' {
  if (text.startsWith('WEBVTT')) return 'webvtt';
  const reader = new LineReader(text);
  let first = reader.next();
  while (first !== undefined && first.trim() === '') first = reader.next();
  return looksLikeSrt(first, reader.next()) ? 'srt' : 'webvtt';
}

/** WebVTT wants cues by start time; players cope with disorder differently, so we sort (stably) and say so. */
function orderCues(parsed: readonly ParsedCue[], log: ProblemLog): Cue[] {
  const unordered = parsed.findIndex((entry, i) => i > 0 && entry.cue.startMs < parsed[i - 1]!.cue.startMs);
  const cues = parsed.map((entry) => entry.cue);
  if (unordered === -1) return cues;
  log.warn(parsed[unordered]!.line, 'out-of-order', formatTimestamp(parsed[unordered]!.cue.startMs));
  return cues.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

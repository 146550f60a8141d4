import { decodeReferences } from './cue-entities.ts';
import type { Cue } from './captions.types.ts';

/**
 * Writes cues as SubRip: numbered blocks, "HH:MM:SS,mmm" times, CRLF line ends (what Windows subtitle tools
 * expect; every other reader accepts them). SRT knows only <i>, <b> and <u>: other WebVTT spans are dropped,
 * keeping their words, ruby annotations (<rt>) are dropped with theirs, and references are decoded, since SRT
 * text is not entity-encoded. Cue settings have no SRT form.
 */
export function serialiseSrt(cues: readonly Cue[]): string {
  const blocks = cues.map((cue, index) => {
    const timing = `${formatSrtTimestamp(cue.startMs)} --> ${formatSrtTimestamp(cue.endMs)}`;
    return `${index + 1}\r\n${timing}\r\n${cueTextToSrt(cue.text).split('\n').join('\r\n')}`;
  });
  return blocks.length === 0 ? '' : `${blocks.join('\r\n\r\n')}\r\n`;
}

/** "01:02:03,456"; SRT always writes hours. */
export function formatSrtTimestamp(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Not a caption time: ${ms}`);
  const total = Math.round(ms);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000);
  return `${pad(hours, 2)}:${pad(Math.floor(total / 60_000) % 60, 2)}:${pad(Math.floor(total / 1000) % 60, 2)},${pad(total % 1000, 3)}`;
}

const TOKEN = /<([^>]*)>|[^<]+/g;

function cueTextToSrt(text: string): string {
  let out = '';
  let rubyTextDepth = 0;
  for (const [token, tag] of text.matchAll(TOKEN)) {
    if (tag === undefined) {
      if (rubyTextDepth === 0) out += decodeReferences(token);
      continue;
    }
    const name = /^\/?([a-z]+)/.exec(tag)?.[1] ?? '';
    const isEnd = tag.startsWith('/');
    if (name === 'rt') rubyTextDepth = Math.max(0, rubyTextDepth + (isEnd ? -1 : 1));
    else if (name === 'i' || name === 'b' || name === 'u') out += `<${isEnd ? '/' : ''}${name}>`;
  }
  // A line left empty by a dropped annotation would end the SRT block early.
  return out.split('\n').filter((line) => line.trim() !== '').join('\n') || ' ';
}

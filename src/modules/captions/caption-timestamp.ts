import { MAX_TIMESTAMP_MS } from './caption-limits.ts';

export type TimestampResult = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: 'timing' | 'time-limit' };

// WebVTT: optional hours (two or more digits), then mm:ss.ttt with exactly three fraction digits.
const WEBVTT_TIMESTAMP = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
// SRT always has hours, often a single digit, and a comma; some tools write a dot.
const SRT_TIMESTAMP = /^(\d{1,}):(\d{2}):(\d{2})[,.](\d{3})$/;

export function parseWebvttTimestamp(text: string): TimestampResult {
  return toMs(WEBVTT_TIMESTAMP.exec(text));
}

export function parseSrtTimestamp(text: string): TimestampResult {
  return toMs(SRT_TIMESTAMP.exec(text));
}

/** "00:01:02.345"; hours grow past two digits rather than wrap. */
export function formatTimestamp(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Not a caption time: ${ms}`);
  const total = Math.round(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(total % 1000, 3)}`;
}

function toMs(match: RegExpExecArray | null): TimestampResult {
  if (!match) return { ok: false, reason: 'timing' };
  const [, h = '0', m = '0', s = '0', f = '0'] = match;
  // Long digit strings are compared before Number() turns them into imprecise floats.
  if (h.replace(/^0+/, '').length > 2) return { ok: false, reason: 'time-limit' };
  const minutes = Number(m);
  const seconds = Number(s);
  if (minutes > 59 || seconds > 59) return { ok: false, reason: 'timing' };
  const ms = Number(h) * 3_600_000 + minutes * 60_000 + seconds * 1000 + Number(f);
  return ms > MAX_TIMESTAMP_MS ? { ok: false, reason: 'time-limit' } : { ok: true, ms };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

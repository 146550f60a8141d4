import type { CaptionLimits } from './captions.types.ts';

/**
 * Defaults sized from real subtitles, with a wide margin: a two-hour film has about 2 000 cues and its WebVTT
 * file weighs 100–200 KB, so 2 MiB and 10 000 cues cover a full day of talk while keeping a hostile upload to a
 * few milliseconds of work. A cue is two lines of about 42 characters; 2 000 leaves room for karaoke timestamps
 * and markup, yet stops a megabyte-long "cue" from reaching the player or the search index.
 */
export const CAPTION_LIMITS: Readonly<CaptionLimits> = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  maxCues: 10_000,
  maxCueChars: 2_000,
});

/** Timestamps stop at 99:59:59.999: no video we host runs for four days, and bigger numbers lose precision. */
export const MAX_TIMESTAMP_MS = 100 * 3_600_000 - 1;

/** An editor fixes a file from the first few problems; listing thousands only slows the page down. */
export const MAX_PROBLEMS = 50;

/** Deeper cue markup is never meaningful, and a bound keeps the sanitiser's stack small. */
export const MAX_MARKUP_DEPTH = 32;

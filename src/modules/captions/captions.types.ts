/** Problem codes are stable: the back office looks each one up as `captions.problem.<code>`. */
export const CAPTION_ERROR_CODES = [
  'empty',
  'too-large',
  'not-text',
  'encoding',
  'signature',
  'timing',
  'time-order',
  'time-limit',
  'too-many-cues',
  'cue-too-long',
  'no-cues',
  'srt-index',
  'too-many-problems',
] as const;

/** Warnings never refuse a file: they name what was dropped, repaired or reordered on the way in. */
export const CAPTION_WARNING_CODES = [
  'style-block',
  'region-block',
  'cue-setting',
  'cue-id',
  'markup',
  'inline-timestamp',
  'stray-text',
  'out-of-order',
] as const;

export const CAPTION_PROBLEM_CODES = [...CAPTION_ERROR_CODES, ...CAPTION_WARNING_CODES] as const;
export type CaptionProblemCode = (typeof CAPTION_PROBLEM_CODES)[number];

export interface Cue {
  readonly id: string | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly settings: string;
  /** sanitised cue text: only WebVTT cue markup allowed (c, i, b, u, v, lang, ruby, rt, inline timestamps), well nested, everything else escaped as text */
  readonly text: string;
}

export interface CaptionProblem {
  /** 1-based line in the original file; problems with the whole file (size, encoding sniff) point at line 1. */
  readonly line: number;
  readonly code: CaptionProblemCode;
  /** short English detail, e.g. the offending timestamp, safe to show escaped */
  readonly detail?: string;
}

export type CaptionParseResult =
  | {
      readonly ok: true;
      readonly vtt: string;
      readonly cues: readonly Cue[];
      readonly warnings: readonly CaptionProblem[];
      readonly sourceFormat: 'webvtt' | 'srt';
    }
  | { readonly ok: false; readonly problems: readonly CaptionProblem[] };

export interface CaptionParseOptions {
  maxBytes?: number;
  maxCues?: number;
  maxCueChars?: number;
}

export interface CaptionLimits {
  maxBytes: number;
  maxCues: number;
  maxCueChars: number;
}

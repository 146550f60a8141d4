/** @module captions — checks uploaded WebVTT and SRT captions and turns them into safe, normalised WebVTT, plain text and transcripts; pure, no I/O. */
export type { CaptionLimits, CaptionParseOptions, CaptionParseResult, CaptionProblem, CaptionProblemCode, Cue } from './captions.types.ts';
export { CAPTION_ERROR_CODES, CAPTION_PROBLEM_CODES, CAPTION_WARNING_CODES } from './captions.types.ts';
export { CAPTION_LIMITS } from './caption-limits.ts';
export { parseCaptions, serialiseWebvtt } from './caption-parse.ts';
export { captionsToTranscript, cueToPlainText } from './caption-text.ts';
export { formatTimestamp } from './caption-timestamp.ts';
export { captionProblemMessageKey, type CaptionProblemMessageKey } from './caption-messages.ts';

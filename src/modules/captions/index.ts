/** @module captions — checks uploaded WebVTT and SRT captions and turns them into safe, normalised WebVTT, plain text and transcripts; pure, no I/O, and bundled as is into the back office's caption editor. */
export type { CaptionLimits, CaptionParseOptions, CaptionParseResult, CaptionProblem, CaptionProblemCode, Cue } from './captions.types.ts';
export { CAPTION_ERROR_CODES, CAPTION_PROBLEM_CODES, CAPTION_WARNING_CODES } from './captions.types.ts';
export { CAPTION_LIMITS } from './caption-limits.ts';
export { parseCaptions, serialiseWebvtt } from './caption-parse.ts';
export { captionsToTranscript, cueToPlainText, cueToSpokenText } from './caption-text.ts';
export { formatTimestamp } from './caption-timestamp.ts';
export { captionProblemMessageKey, type CaptionProblemMessageKey } from './caption-messages.ts';
export { formatSrtTimestamp, serialiseSrt } from './caption-srt.ts';
export { cueTextFromInput, cueTranslationStates, insertCueAfter, mergeWithNext, shiftCues, sortCues, splitCue, translateCues, type CueTranslationState } from './cue-edit.ts';

import type { captionsFr } from './captions.fr.ts';

/** Problems found in an uploaded captions file, in English (must be complete). */
export const captionsEn: Readonly<Record<keyof typeof captionsFr, string>> = {
  'captions.problem.empty': 'The captions file is empty.',
  'captions.problem.too-large': 'The captions file is too large ({detail}).',
  'captions.problem.not-text': 'Line {line}: this is not a text captions file ({detail}).',
  'captions.problem.encoding': 'Line {line}: unreadable encoding ({detail}). Save the file as UTF-8.',
  'captions.problem.signature': 'Line {line}: a WebVTT file must start with “WEBVTT”; found “{detail}”.',
  'captions.problem.timing': 'Line {line}: invalid timing “{detail}”. Expected format: 00:01:02.345.',
  'captions.problem.time-order': 'Line {line}: the caption ends before it starts ({detail}).',
  'captions.problem.time-limit': 'Line {line}: the time “{detail}” is later than 99:59:59.999.',
  'captions.problem.too-many-cues': 'Line {line}: too many captions ({detail}).',
  'captions.problem.cue-too-long': 'Line {line}: this caption is too long ({detail}).',
  'captions.problem.no-cues': 'The file contains no captions.',
  'captions.problem.srt-index': 'Line {line}: invalid SRT caption number “{detail}”.',
  'captions.problem.too-many-problems': 'Too many problems: only the first ones are listed.',
  'captions.problem.style-block': 'Line {line}: the STYLE block was removed; the player applies its own style.',
  'captions.problem.region-block': 'Line {line}: the REGION block was removed.',
  'captions.problem.cue-setting': 'Line {line}: caption settings ignored: “{detail}”.',
  'captions.problem.cue-id': 'Line {line}: caption identifier removed (“{detail}”).',
  'captions.problem.markup': 'Line {line}: unsupported tags shown as text, or repaired.',
  'captions.problem.inline-timestamp': 'Line {line}: inline times outside the caption were removed.',
  'captions.problem.stray-text': 'Line {line}: text outside any caption ignored (“{detail}”); did a blank line slip in?',
  'captions.problem.out-of-order': 'Line {line}: captions out of order; they were sorted by start time.',
};

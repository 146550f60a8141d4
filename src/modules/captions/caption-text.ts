import type { Cue } from './captions.types.ts';
import { decodeReferences } from './cue-entities.ts';

interface Segment {
  readonly voice: string | null;
  readonly text: string;
}

const TOKEN = /<([^>]*)>|[^<]+/g;

/** The words of a cue: markup removed, references decoded, each voice span as "Name: text"; line breaks kept. */
export function cueToPlainText(cue: Cue): string {
  return readSegments(cue.text)
    .map((segment) => (segment.voice === null ? segment.text : `${segment.voice}: ${segment.text.trimStart()}`))
    .join('')
    .trim();
}

/** The words of a cue as a voice would say them: markup removed, references decoded, no speaker names, on one line. */
export function cueToSpokenText(cue: Cue): string {
  return readSegments(cue.text)
    .map((segment) => segment.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A paragraph ends at a sentence end followed by a pause, or after a handful of sentences, so long monologues still breathe.
const PAUSE_MS = 2_000;
const MAX_SENTENCES = 5;
const SENTENCE_END = /[.!?…。！？؟][)"'»”’\]]*(?=\s|$)/g;

/** A plain-text transcript: one paragraph per speaker turn or sentence group, paragraphs separated by a blank line. */
export function captionsToTranscript(cues: readonly Cue[]): string {
  const paragraphs: { voice: string | null; parts: string[]; sentences: number; isSentenceEnd: boolean }[] = [];
  let previousEndMs = -Infinity;
  for (const cue of cues) {
    const isPause = cue.startMs - previousEndMs >= PAUSE_MS;
    previousEndMs = cue.endMs;
    readSegments(cue.text).forEach((segment, index) => {
      const text = segment.text.replace(/\s+/g, ' ').trim();
      if (text === '') return;
      const current = paragraphs.at(-1);
      // A span without a voice continues whoever spoke last, as in most two-line dialogue captions.
      const isNewVoice = segment.voice !== null && segment.voice !== current?.voice;
      const isSentenceBreak = current?.isSentenceEnd === true && ((index === 0 && isPause) || current.sentences >= MAX_SENTENCES);
      if (current === undefined || isNewVoice || isSentenceBreak) {
        paragraphs.push({ voice: segment.voice ?? current?.voice ?? null, parts: [], sentences: 0, isSentenceEnd: false });
      }
      const paragraph = paragraphs.at(-1)!;
      paragraph.parts.push(text);
      paragraph.sentences += text.match(SENTENCE_END)?.length ?? 0;
      paragraph.isSentenceEnd = /[.!?…。！？؟][)"'»”’\]]*$/.test(text);
    });
  }
  return paragraphs
    .map((paragraph) => `${paragraph.voice === null ? '' : `${paragraph.voice}: `}${paragraph.parts.join(' ')}`)
    .join('\n\n');
}

/** Splits sanitised cue text into runs of one voice, dropping ruby annotations (<rt>) and all tags. */
function readSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  const voices: string[] = [];
  let rubyTextDepth = 0;
  for (const [token, tag] of text.matchAll(TOKEN)) {
    if (tag === undefined) {
      if (rubyTextDepth > 0) continue;
      const voice = voices.at(-1) ?? null;
      const last = segments.at(-1);
      const decoded = decodeReferences(token);
      if (last !== undefined && last.voice === voice) segments[segments.length - 1] = { voice, text: last.text + decoded };
      else segments.push({ voice, text: decoded });
    } else if (tag.startsWith('v ') || tag.startsWith('v.')) {
      voices.push(decodeReferences(tag.slice(tag.indexOf(' ') + 1)));
    } else if (tag === '/v') {
      voices.pop();
    } else if (tag === 'rt' || tag.startsWith('rt.')) {
      rubyTextDepth += 1;
    } else if (tag === '/rt') {
      rubyTextDepth = Math.max(0, rubyTextDepth - 1);
    }
  }
  return segments;
}

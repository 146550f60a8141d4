import { describe, expect, it } from 'vitest';
import { captionsToTranscript, cueToPlainText, parseCaptions, type Cue } from './index.ts';

function cues(vtt: string): readonly Cue[] {
  const result = parseCaptions(vtt);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.cues;
}

describe('cueToPlainText', () => {
  it('removes markup and ruby annotations, decodes references and names voices', () => {
    const [first, second] = cues(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Tom &amp; <i>Jerry</i> &lt;3</v>\n\n00:02.000 --> 00:03.000\n<v.loud Bob>Hi!\n<v Anna><ruby>漢<rt>kan</rt></ruby> &nbsp;ok',
    );
    expect(cueToPlainText(first!)).toBe('Anna: Tom & Jerry <3');
    expect(cueToPlainText(second!)).toBe('Bob: Hi!\nAnna: 漢 \u00a0ok');
  });

  it('returns the text unchanged when there is no voice', () => {
    expect(cueToPlainText({ id: null, startMs: 0, endMs: 1, settings: '', text: 'two<00:00:00.500>\nlines' })).toBe('two\nlines');
  });
});

describe('captionsToTranscript', () => {
  it('starts a paragraph on each voice change and after a sentence followed by a pause', () => {
    const transcript = captionsToTranscript(
      cues(
        [
          'WEBVTT',
          '',
          '00:00.000 --> 00:02.000\n<v Anna>Welcome to the',
          '00:02.000 --> 00:04.000\nshow. Today we talk',
          '00:04.000 --> 00:06.000\nabout rivers.',
          '00:06.000 --> 00:08.000\n<v Bob>Thanks, Anna.',
          '00:08.500 --> 00:09.000\n<v Bob>Rivers matter.',
          '00:12.000 --> 00:14.000\nAfter a pause, a new paragraph.',
        ].join('\n\n'),
      ),
    );
    expect(transcript).toBe(
      'Anna: Welcome to the show. Today we talk about rivers.\n\nBob: Thanks, Anna. Rivers matter.\n\nBob: After a pause, a new paragraph.',
    );
  });

  it('returns an empty string for no cues', () => {
    expect(captionsToTranscript([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { Cue } from './captions.types.ts';
import { cueTextFromInput, cueTranslationStates, insertCueAfter, mergeWithNext, parseCaptions, serialiseWebvtt, shiftCues, splitCue, translateCues } from './index.ts';

const cue = (startMs: number, endMs: number, text: string, id: string | null = null): Cue => ({ id, startMs, endMs, settings: '', text });
const cues = [cue(1000, 3000, 'Hello there my friend', 'a'), cue(4000, 6000, 'Second'), cue(7000, 8000, 'Third')];

describe('cue editing', () => {
  it('splits a cue at a given time, sharing the words in proportion', () => {
    const out = splitCue(cues, 0, 2000);
    expect(out.slice(0, 2)).toEqual([cue(1000, 2000, 'Hello there', 'a'), cue(2000, 3000, 'my friend')]);
    expect(out).toHaveLength(4);
  });

  it('splits at the middle when the time is outside the cue, and by lines when there are several', () => {
    expect(splitCue([cue(0, 1000, 'one\ntwo')], 0, 5000)).toEqual([cue(0, 500, 'one'), cue(500, 1000, 'two')]);
    expect(splitCue([cue(0, 1000, 'oneword')], 0)).toEqual([cue(0, 500, 'oneword'), cue(500, 1000, '')]);
  });

  it('never splits inside a tag', () => {
    const [first, second] = splitCue([cue(0, 1000, '<v.loud Ann Lee>a b</v>')], 0, 100);
    expect(first?.text).toBe('<v.loud Ann Lee>a');
    expect(second?.text).toBe('b</v>');
  });

  it('merges a cue with the next one, on two lines, up to the later end', () => {
    expect(mergeWithNext(cues, 1)).toEqual([cues[0], cue(4000, 8000, 'Second\nThird')]);
    expect(mergeWithNext(cues, 2)).toEqual(cues);
  });

  it('shifts chosen cues or all, keeping lengths, never before zero, and keeps the order by start time', () => {
    expect(shiftCues(cues, [1], 250)[1]).toEqual(cue(4250, 6250, 'Second'));
    expect(shiftCues(cues, 'all', -1500).map((c) => [c.startMs, c.endMs])).toEqual([[0, 2000], [2500, 4500], [5500, 6500]]);
    expect(shiftCues(cues, [2], -6500).map((c) => c.text)).toEqual(['Third', 'Hello there my friend', 'Second']);
  });

  it('adds an empty cue after another, starting where it ends', () => {
    expect(insertCueAfter(cues, 0)[1]).toEqual(cue(3000, 5000, ''));
    expect(insertCueAfter([], -1)).toEqual([cue(0, 2000, '')]);
  });

  it('gives a list that parseCaptions accepts as it is, empty cues included', () => {
    const edited = insertCueAfter(splitCue(shiftCues(cues, 'all', 100), 0), 2);
    const parsed = parseCaptions(serialiseWebvtt(edited));
    expect(parsed.ok && parsed.cues).toEqual(edited);
  });

  it('makes typed text safe for WebVTT: no blank line, no arrow, LF line ends', () => {
    expect(cueTextFromInput('a\r\n\r\nb --> c\n  \n')).toBe('a\nb --&gt; c');
  });
});

describe('caption translation', () => {
  it('copies timings from the source and leaves empty cues out', () => {
    expect(translateCues(cues, ['Bonjour', '', 'Troisième'])).toEqual([{ ...cues[0], text: 'Bonjour' }, { ...cues[2], text: 'Troisième' }]);
  });

  it('marks each source cue missing, outdated or current', () => {
    const target = translateCues(cues, ['Bonjour', '', 'Troisième']);
    expect(cueTranslationStates(cues, target, cues).map((s) => s.state)).toEqual(['current', 'missing', 'current']);
    const changedSource = [cues[0]!, cues[1]!, cue(7000, 8000, 'Third, changed')];
    expect(cueTranslationStates(changedSource, target, cues)).toEqual([
      { state: 'current', text: 'Bonjour' },
      { state: 'missing', text: '' },
      { state: 'outdated', text: 'Troisième' },
    ]);
    // A source cue that moved has no translated cue at its new time any more.
    expect(cueTranslationStates(shiftCues(cues, [0], 10), target, cues)[0]?.state).toBe('missing');
  });
});

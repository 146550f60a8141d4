import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_PROBLEM_CODES, parseCaptions, type CaptionParseResult, type CaptionProblem } from './index.ts';
import { attackPath } from '../../../test/helpers/attacks.ts';

const ATTACKS_DIR = attackPath('webvtt');
const FILES = fs.readdirSync(ATTACKS_DIR).sort();

// Cue spans with safe classes and annotations, and canonical inline timestamps: nothing else may be markup.
const ALLOWED_TAG = /^(?:\/?(?:c|i|b|u|ruby|rt)(?:\.[A-Za-z0-9_-]+)*|(?:v|lang)(?:\.[A-Za-z0-9_-]+)* [^<>&"'`]+|\/(?:v|lang)|\d{2,}:\d{2}:\d{2}\.\d{3})$/;

type Expectation = (result: CaptionParseResult) => void;

const refusedAt = (code: CaptionProblem['code'], line: number): Expectation => (result) => {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, line }));
};
const cueTexts = (result: CaptionParseResult) => (result.ok ? result.cues.map((cue) => cue.text) : []);

const EXPECTED: Record<string, Expectation> = {
  '01-script-and-html-in-cues.vtt': (result) => {
    expect(cueTexts(result)).toEqual([
      '&lt;script&gt;alert(document.domain)&lt;/script&gt;',
      '&lt;img src=x onerror=alert(1)&gt;Hello',
      '&lt;/track&gt;&lt;/video&gt;&lt;svg onload=alert(1)&gt;',
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;double-escaped&amp;lt;/b&amp;gt;',
      '&lt;a href="javascript&#58;alert(1)"&gt;link&lt;/a&gt; &lt;iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;/iframe&gt;',
    ]);
  },
  '02-tag-class-voice-lang-injection.vtt': (result) => {
    expect(cueTexts(result)).toEqual([
      '<c>class break-out</c>',
      '<v Bob>&lt;img src=x onerror=alert(1)&gt;voice annotation break-out</v>',
      'lang break-out',
      '<c.a.b.c.d.e.f.g.h>many classes</c>',
      '<ruby>漢<rt>kan</rt>字<rt>ji&lt;img src=x onerror=alert(1)&gt;</rt></ruby>',
      '<b><i><u>unclosed tags <b><i><u></u></i></b></u></i></b>',
    ]);
  },
  '03-style-block-css-injection.vtt': (result) => {
    expect(result).toMatchObject({ ok: true, warnings: [{ line: 3, code: 'style-block' }] });
    expect(cueTexts(result)).toEqual(['Styled cue']);
  },
  '04-huge-negative-and-inverted-timestamps.vtt': (result) => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byLine = result.problems.map((problem) => `${problem.line} ${problem.code}`);
    expect(new Set(byLine)).toEqual(
      new Set(['4 time-limit', '8 time-limit', '12 time-order', '16 timing', '20 time-order', '24 timing', '28 timing', '32 timing', '36 timing', '40 timing', '44 timing']),
    );
  },
  '05-region-and-cue-settings-abuse.vtt': (result) => {
    expect(result.ok && result.cues.map((cue) => cue.settings)).toEqual(['', 'position:100%,line-left', '']);
    expect(result.ok && result.warnings.map((w) => `${w.line} ${w.code}`)).toEqual([
      '3 region-block',
      '11 region-block',
      '15 cue-setting',
      '18 cue-setting',
      '21 cue-setting',
    ]);
  },
  '06-cue-ids-and-notes.vtt': (result) => {
    expect(result.ok && result.cues.map((cue) => cue.id)).toEqual([null, null, '__proto__']);
    expect(result.ok && result.warnings.map((w) => `${w.line} ${w.code}`)).toEqual(['10 cue-id', '14 cue-id']);
  },
  '07-inline-timestamps-and-nesting.vtt': (result) => {
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 7, code: 'cue-too-long', detail: 'more than 2000 characters' },
        { line: 10, code: 'cue-too-long', detail: 'more than 2000 characters' },
      ],
    });
  },
  '08-html-polyglot-sniffing.vtt': (result) => {
    expect(cueTexts(result)[0]).toMatch(/^&lt;!DOCTYPE html&gt;&lt;html&gt;/);
  },
  '09-html-before-signature.vtt': refusedAt('not-text', 1),
  '10-bad-signature.vtt': refusedAt('signature', 1),
  '11-double-bom-and-inner-bom.vtt': (result) => {
    expect(cueTexts(result)).toEqual(['double BOM', 'BOMin the middle of a cue']);
  },
  '12-utf16le-bom.vtt': (result) => {
    expect(cueTexts(result)).toEqual(['&lt;script&gt;alert(1)&lt;/script&gt; UTF-16LE']);
  },
  '13-utf16be-no-bom.vtt': refusedAt('encoding', 1),
  '14-invalid-utf8-overlong.vtt': refusedAt('encoding', 4),
  '15-nul-cr-only-mixed-eol.vtt': refusedAt('not-text', 7),
  '16-utf7-and-windows1252.vtt': refusedAt('encoding', 4),
  '17-one-megabyte-cue-line.vtt': refusedAt('cue-too-long', 4),
  '18-ten-thousand-cues.vtt': (result) => {
    expect(result.ok && result.cues.length).toBe(10_000);
    expect(result.ok && result.cues.at(-1)).toEqual({ id: '9999', startMs: 9_999_000, endMs: 10_000_000, settings: '', text: 'cue 9999' });
  },
  '19-GENERATE-one-million-cues.txt': refusedAt('signature', 1),
  'vttjs-cue-times-max-spots-over-sixty.vtt': refusedAt('time-limit', 3),
  'vttjs-cue-times-mismatched-time-spots.vtt': (result) => {
    expect(result.ok && result.cues[0]).toMatchObject({ startMs: 0, endMs: 20_000 });
  },
  'vttjs-cuetext-escape-characters-incorrect.vtt': (result) => {
    expect(cueTexts(result)).toEqual(['&amp;l &amp;g; &amp;nbsp &amp;am; &amp;lt &amp;gt &amp;nbs &amp;nbs; &amp;g; &amp;lr;']);
  },
  'vttjs-cuetext-tag-format-incorrect-close-tag-order.vtt': (result) => {
    expect(cueTexts(result)).toEqual(['<i>Hee! Hee!</i>']);
  },
  'vttjs-cuetext-tag-format-no-closing-gt.vtt': (result) => {
    expect(cueTexts(result)).toEqual(["&lt;c It's a blue apple tree!"]);
  },
  'vttjs-cuetext-timestamp-out-of-cue-range.vtt': (result) => {
    expect(result).toMatchObject({ ok: true, warnings: [{ line: 4, code: 'inline-timestamp' }] });
    expect(cueTexts(result)).toEqual(["That's awesome!"]);
  },
  'vttjs-file-layout-bad-double-webvtt.vtt': refusedAt('signature', 1),
  'vttjs-file-layout-bom-garbage-data.vtt': refusedAt('signature', 1),
  'vttjs-file-layout-garbage-signature.vtt': refusedAt('signature', 1),
};

describe('parseCaptions on the WebVTT attack corpus', () => {
  it('has an explicit expectation for every file in the corpus', () => {
    expect(FILES).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(FILES)('%s is refused with located problems, or comes out safe and stable', (file) => {
    const bytes = fs.readFileSync(path.join(ATTACKS_DIR, file));
    const result = parseCaptions(bytes);

    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems.length).toBeLessThanOrEqual(51);
      for (const problem of result.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(CAPTION_PROBLEM_CODES).toContain(problem.code);
      }
    } else {
      expectSafeVtt(result.vtt);
      const again = parseCaptions(result.vtt);
      expect(again.ok && again.cues).toEqual(result.cues);
      expect(again.ok && again.vtt).toBe(result.vtt);
    }
    EXPECTED[file]?.(result);
  });

  it('keeps inline timestamps only while they move forward inside the cue (07, with the cue limit raised)', () => {
    const bytes = fs.readFileSync(path.join(ATTACKS_DIR, '07-inline-timestamps-and-nesting.vtt'));
    const result = parseCaptions(bytes, { maxCueChars: 200_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectSafeVtt(result.vtt);
    expect(result.cues[0]?.text).toBe(
      'karaoke <00:00:01.000>one backwards far future &lt;00:00:02.x00&gt;broken &lt;-00:00:01.000&gt;negative',
    );
    // 5 000 nested <b> are cut to a bounded depth, still well nested.
    expect(result.cues[1]?.text.match(/<b>/g)?.length).toBe(32);
    expect(result.cues[1]?.text.match(/<\/b>/g)?.length).toBe(32);
    // A 100 000-character class name is not a class.
    expect(result.cues[2]?.text).toBe('<c>one huge class name</c>');
  });
});

function expectSafeVtt(vtt: string): void {
  expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
  expect(vtt).not.toMatch(/<script|<style|javascript:/i);
  expect(vtt).not.toMatch(/^(?:STYLE|REGION|NOTE)\b/m);
  expect(vtt).not.toContain('\r');
  for (const [, tag] of vtt.matchAll(/<([^>]*)>/g)) expect(tag).toMatch(ALLOWED_TAG);
}

import { describe, expect, it } from 'vitest';
import { CAPTION_LIMITS, formatTimestamp, parseCaptions } from './index.ts';

const cue = (i: number) => `${i}\n${formatTimestamp(i * 1000)} --> ${formatTimestamp(i * 1000 + 1000)}\ncue ${i}\n\n`;

describe('parseCaptions: SRT', () => {
  it('converts SubRip to WebVTT, keeping <i>/<b>/<u>, dropping <font> and position codes', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,500\r\n<I>Hello</I> & <font color="red">bye</font>\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n{\\an8}<b>Top</b>\r\n';
    const result = parseCaptions(srt);
    expect(result).toMatchObject({ ok: true, sourceFormat: 'srt', warnings: [] });
    expect(result.ok && result.vtt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<i>Hello</i> &amp; bye\n\n2\n00:00:03.000 --> 00:00:04.000\n<b>Top</b>\n');
  });

  it('reports a garbled index and a bad timestamp by line', () => {
    const result = parseCaptions('1\n00:00:01,000 --> 00:00:02,000\nok\n\nx1\n00:00:03,000 --> 00:00:04,000\nbad index\n\n3\n00:00:05,000 --> 00:00:61,000\nbad time\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 5, code: 'srt-index', detail: 'x1' },
        { line: 10, code: 'timing', detail: '00:00:61,000' },
      ],
    });
  });

  it('decodes UTF-16 LE with a byte order mark', () => {
    const bytes = Buffer.from('\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\nÉté\r\n', 'utf16le');
    expect(parseCaptions(bytes)).toMatchObject({ ok: true, sourceFormat: 'srt', cues: [{ text: 'Été' }] });
  });
});

describe('parseCaptions: line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts %s line ends like the original file', (_, eol) => {
    const text = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', 'fine', '', 'NOTE a', 'note', '', '00:00:03.000 --> 00:00:02.000', 'inverted'].join(eol);
    expect(parseCaptions(text)).toEqual({ ok: false, problems: [{ line: 9, code: 'time-order', detail: '00:00:03.000 --> 00:00:02.000' }] });
  });

  it('locates invalid UTF-8 by line, whatever the line ends', () => {
    const bytes = Buffer.concat([Buffer.from('WEBVTT\r\n\r\n00:00.000 --> 00:01.000\rok\r\n'), Buffer.from([0xc3, 0x28])]);
    expect(parseCaptions(bytes)).toMatchObject({ ok: false, problems: [{ line: 5, code: 'encoding' }] });
  });
});

describe('parseCaptions: timing', () => {
  it.each([
    ['00:00.000', 0],
    ['59:59.999', 3_599_999],
    ['01:00:00.000', 3_600_000],
    ['99:59:59.999', 359_999_999],
  ])('accepts %s', (timestamp, ms) => {
    const result = parseCaptions(`WEBVTT\n\n${timestamp} --> 99:59:59.999\nx`);
    if (ms === 359_999_999) expect(result).toMatchObject({ ok: false, problems: [{ code: 'time-order' }] });
    else expect(result).toMatchObject({ ok: true, cues: [{ startMs: ms }] });
  });

  it.each([
    ['00:60.000', 'timing'],
    ['00:00:60.000', 'timing'],
    ['0:00:01.000', 'timing'],
    ['00:00:01.00', 'timing'],
    ['00:00:01', 'timing'],
    ['100:00:00.000', 'time-limit'],
    ['-00:00:01.000', 'timing'],
  ])('refuses %s with %s at line 3', (timestamp, code) => {
    expect(parseCaptions(`WEBVTT\n\n${timestamp} --> 99:00:00.000\nx`)).toMatchObject({ ok: false, problems: [{ line: 3, code }] });
  });

  it('sorts cues that are out of order, with a warning, and accepts overlaps', () => {
    const result = parseCaptions('WEBVTT\n\n00:05.000 --> 00:06.000\nb\n\n00:01.000 --> 00:09.000\na\n\n00:02.000 --> 00:03.000\noverlap\n');
    expect(result.ok && result.cues.map((c) => c.text)).toEqual(['a', 'overlap', 'b']);
    expect(result.ok && result.warnings).toEqual([{ line: 6, code: 'out-of-order', detail: '00:00:01.000' }]);
  });

  it('formats timestamps with two-digit hours, growing past 99', () => {
    expect(formatTimestamp(62_345)).toBe('00:01:02.345');
    expect(formatTimestamp(360_000_000)).toBe('100:00:00.000');
    expect(() => formatTimestamp(-1)).toThrow(RangeError);
    expect(() => formatTimestamp(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseCaptions: file shape', () => {
  it('refuses an empty file, a header without cues, and stray text is a warning', () => {
    expect(parseCaptions(new Uint8Array())).toEqual({ ok: false, problems: [{ line: 1, code: 'empty' }] });
    expect(parseCaptions('\ufeff')).toEqual({ ok: false, problems: [{ line: 1, code: 'empty' }] });
    expect(parseCaptions('WEBVTT\n\nNOTE only\n')).toEqual({ ok: false, problems: [{ line: 1, code: 'no-cues' }] });
    const result = parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nline one\n\nline two after a blank line\n');
    expect(result).toMatchObject({ ok: true, warnings: [{ line: 6, code: 'stray-text' }] });
  });

  it('accepts the signature followed by text, and refuses lower case or glued text', () => {
    expect(parseCaptions('WEBVTT\tKind: captions\n\n00:01.000 --> 00:02.000\nx').ok).toBe(true);
    expect(parseCaptions('webvtt\n\n00:01.000 --> 00:02.000\nx')).toMatchObject({ ok: false, problems: [{ line: 1, code: 'signature' }] });
  });

  it('starts a new cue at a "-->" line inside cue text, as players do', () => {
    const result = parseCaptions('WEBVTT\n00:01.000 --> 00:02.000\na\n00:03.000 --> 00:04.000\nb');
    expect(result.ok && result.cues.map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('stops at 50 problems', () => {
    const text = `WEBVTT\n\n${'00:00:02.000 --> 00:00:01.000\nx\n\n'.repeat(200)}`;
    const result = parseCaptions(text);
    expect(result.ok === false && result.problems.length).toBe(51);
    expect(result.ok === false && result.problems.at(-1)?.code).toBe('too-many-problems');
  });
});

describe('parseCaptions: bounded work (attack 19)', () => {
  const oneMillionCues = () => {
    const parts = ['WEBVTT\n\n'];
    for (let i = 0; i < 1_000_000; i++) parts.push(cue(i));
    return parts.join('');
  };

  it('refuses the one-million-cue file on its size before reading it, as text or bytes', () => {
    const text = oneMillionCues();
    expect(text.length).toBeGreaterThan(35_000_000);
    const bytes = Buffer.from(text);
    for (const input of [text, bytes]) {
      expect(parseCaptions(input)).toEqual({ ok: false, problems: [{ line: 1, code: 'too-large', detail: `more than ${CAPTION_LIMITS.maxBytes} bytes` }] });
    }
    // Even with the byte limit lifted, the cue limit stops the parser at the 10 001st cue.
    expect(parseCaptions(bytes, { maxBytes: 64 * 1024 * 1024 })).toEqual({
      ok: false,
      problems: [{ line: 40_004, code: 'too-many-cues', detail: 'more than 10000 cues' }],
    });
  });

  it('refuses a file just under the byte limit by its cue count', () => {
    const parts = ['WEBVTT\n\n'];
    let size = parts[0]!.length;
    for (let i = 0; size + cue(i).length <= CAPTION_LIMITS.maxBytes; i++) {
      parts.push(cue(i));
      size += cue(i).length;
    }
    expect(parts.length - 1).toBeGreaterThan(CAPTION_LIMITS.maxCues * 2);
    const result = parseCaptions(parts.join(''));
    expect(result).toEqual({ ok: false, problems: [{ line: 40_004, code: 'too-many-cues', detail: 'more than 10000 cues' }] });
  });

  it('reads a million blank lines and 300 000 NOTE blocks, and cuts 500 000 nested <b> to 32 levels', () => {
    const cases = [
      `WEBVTT\n\n00:00.000 --> 00:01.000\ncue\n${'\n'.repeat(1_000_000)}`,
      `WEBVTT\n\n${'NOTE\n\n'.repeat(300_000)}00:00.000 --> 00:01.000\ncue\n`,
    ];
    for (const text of cases) {
      expect(parseCaptions(text)).toMatchObject({ ok: true, cues: [{ text: 'cue' }] });
    }
    const deep = parseCaptions(`WEBVTT\n\n00:00.000 --> 00:01.000\n${'<b>'.repeat(500_000)}`, { maxCueChars: 2_000_000 });
    expect(deep.ok && deep.cues[0]?.text).toBe(`${'<b>'.repeat(32)}${'</b>'.repeat(32)}`);
  });
});

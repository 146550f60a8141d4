import { describe, expect, it } from 'vitest';
import { formatSrtTimestamp, parseCaptions, serialiseSrt } from './index.ts';

describe('serialiseSrt', () => {
  it('numbers the cues, writes comma times with hours and CRLF line ends', () => {
    const parsed = parseCaptions('WEBVTT\n\nintro\n00:01.000 --> 00:02.500 align:start\nHello\nworld\n\n01:02:03.004 --> 01:02:04.000\nBye\n');
    expect(parsed.ok && serialiseSrt(parsed.cues)).toBe('1\r\n00:00:01,000 --> 00:00:02,500\r\nHello\r\nworld\r\n\r\n2\r\n01:02:03,004 --> 01:02:04,000\r\nBye\r\n');
  });

  it('keeps <i>, <b>, <u> without classes, drops other spans and ruby annotations, decodes references', () => {
    const parsed = parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi</v> <i.loud>Tom</i> &amp; <c.x>Jo</c> &lt;3 <ruby>漢<rt>kan</rt></ruby>\n');
    expect(parsed.ok && serialiseSrt(parsed.cues)).toBe('1\r\n00:00:01,000 --> 00:00:02,000\r\nHi <i>Tom</i> & Jo <3 漢\r\n');
  });

  it('reads back as the same cues through the upload parser', () => {
    const parsed = parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\n<b>Été</b> à\n\n00:03.000 --> 00:04.000\nfin\n');
    if (!parsed.ok) throw new Error('fixture');
    const again = parseCaptions(serialiseSrt(parsed.cues));
    expect(again).toMatchObject({ ok: true, sourceFormat: 'srt' });
    expect(again.ok && again.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual(parsed.cues.map((c) => [c.startMs, c.endMs, c.text]));
  });

  it('writes nothing for no cues, and refuses a negative time', () => {
    expect(serialiseSrt([])).toBe('');
    expect(formatSrtTimestamp(360_000_000)).toBe('100:00:00,000');
    expect(() => formatSrtTimestamp(-1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { sanitiseCueText } from './cue-text.ts';

const clean = (raw: string, startMs = 0, endMs = 10_000) => sanitiseCueText(raw, startMs, endMs).text;

describe('sanitiseCueText', () => {
  it('keeps cue spans with safe classes, a cleaned voice and a well-formed language tag', () => {
    expect(clean('<c.yellow.bg_1>x</c> <v.loud Dr. O\'Brien &amp; "Co">y</v> <lang fr-CA>z</lang>')).toBe(
      '<c.yellow.bg_1>x</c> <v.loud Dr. O\u2019Brien Co>y</v> <lang fr-CA>z</lang>',
    );
  });

  it('drops tags it cannot keep safely, with their end tags, and keeps their content', () => {
    expect(clean('<lang en"x>a</lang> <v>b</v> <rt>c</rt> <b title>d</b>')).toBe('a b c <b>d</b>');
  });

  it('escapes HTML and broken tags as visible text and never writes a script URL', () => {
    expect(clean('<B>x</B> <a href="JavaScript:alert(1)"> 1 < 2 > 0 & <>')).toBe(
      '&lt;B&gt;x&lt;/B&gt; &lt;a href="JavaScript&#58;alert(1)"&gt; 1 &lt; 2 &gt; 0 &amp; &lt;&gt;',
    );
  });

  it('decodes references, re-escapes the special ones, and refuses references to line breaks', () => {
    expect(clean('&lt;i&gt; &#60;b&#x3E; caf&#233; &nbsp;&lrm; a&#10;&#10;b')).toBe('&lt;i&gt; &lt;b&gt; café &nbsp;&lrm; a&amp;#10;&amp;#10;b');
  });

  it('repairs misnested tags and closes what is left open', () => {
    expect(clean('<b><i>x</b>y</i><u>z')).toBe('<b><i>x</i></b>y<u>z</u>');
  });

  it('drops a line left empty by dropped markup so the cue cannot end early', () => {
    expect(clean('a\n<00:00:20.000>\nb')).toBe('a\nb');
  });

  it('keeps inline timestamps in canonical form when they move forward inside the cue', () => {
    expect(clean('a <00:01.000>b <00:00:00.500>c <00:02.000>d', 0, 3_000)).toBe('a <00:00:01.000>b c <00:00:02.000>d');
  });

  it('is stable: sanitising its own output changes nothing', () => {
    const once = clean('<v Bob>&amp;<ruby>a<rt>b</ruby> <c.x.y">q</c> javascript:x &#xA0;');
    expect(clean(once)).toBe(once);
  });
});

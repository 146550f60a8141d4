import { describe, expect, it } from 'vitest';
import type { CodedText } from './coded-text.ts';
import { codedToTagged, taggedToCoded } from './tagged.ts';

const link = { type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } } as const;
const source: CodedText = ['Lisez ', { kind: 'pc', id: '1', mark: link, content: ['notre ', { kind: 'pc', id: '2', mark: { type: 'bold' }, content: ['rapport'] }] }, ' & ', { kind: 'ph', id: '3', node: { type: 'fact', attrs: { id: 'f-1' } } }, '.'];

describe('tagged text for machine translation', () => {
  it('sends ids only, and takes the codes back from the source', () => {
    const tagged = codedToTagged(source);
    expect(tagged).toBe('Lisez <pc id="1">notre <pc id="2">rapport</pc></pc> &amp; <ph id="3"/>.');
    const back = taggedToCoded('<pc id="2">Report</pc> of <pc id="1" href="javascript:alert(1)">ours</pc> &amp; <ph id="3"></ph>.', source);
    expect(back.problems).toEqual([]);
    expect(back.text).toEqual([{ kind: 'pc', id: '2', mark: { type: 'bold' }, content: ['Report'] }, ' of ', { kind: 'pc', id: '1', mark: link, content: ['ours'] }, ' & ', source[3], '.']);
  });

  it('lists what a service broke', () => {
    expect(taggedToCoded('Read <pc id="9">this</pc>', source).problems).toEqual(['codes 9 are not in the source', 'codes 1, 2, 3 were lost']);
    expect(taggedToCoded('Read <pc id="1">this', source).problems[0]).toMatch(/^not well-formed/);
    expect(taggedToCoded('<!DOCTYPE x [<!ENTITY a "b">]>&a;', source).problems[0]).toMatch(/not well-formed/);
    expect(taggedToCoded('<script>x</script>', source).problems[0]).toBe('<script> is not supported here');
  });
});

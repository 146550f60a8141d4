import { describe, expect, it } from 'vitest';
import type { CodedText } from '../xliff/index.ts';
import { codedToMarkup, markupToCoded } from './coded-markup.ts';
import { htmlToSegment, protectTerms, releaseTerms, segmentToHtml } from './html-tags.ts';
import { createSecretBox } from './secret-box.ts';
import { randomBytes } from 'node:crypto';

const link = { type: 'link', attrs: { href: 'https://example.org/report' } } as const;
const bold = { type: 'bold' } as const;
const source: CodedText = [
  'See ',
  { kind: 'pc', id: '1', mark: link, content: ['the ', { kind: 'pc', id: '2', mark: bold, content: ['annual'] }, ' report'] },
  ' & ',
  { kind: 'ph', id: '3', node: { type: 'fact', attrs: { id: 'fact-1' } } },
  ' <now>',
];

describe('coded text as provider markup', () => {
  it('writes paired codes as <g>, placeholders as <x/>, and escapes the words', () => {
    expect(codedToMarkup(source)).toBe('See <g id="1">the <g id="2">annual</g> report</g> &amp; <x id="3"/> &lt;now&gt;');
  });

  it('reads a reordered answer back with the source\'s link and figure, whatever attributes the answer had', () => {
    const back = markupToCoded('Voir &lt;maintenant&gt; <x id="3"/> et <g id="1" href="javascript:x">le rapport <g id="2">annuel</g></g>', source);
    expect(back).toEqual([
      'Voir <maintenant> ',
      { kind: 'ph', id: '3', node: { type: 'fact', attrs: { id: 'fact-1' } } },
      ' et ',
      { kind: 'pc', id: '1', mark: link, content: ['le rapport ', { kind: 'pc', id: '2', mark: bold, content: ['annuel'] }] },
    ]);
  });

  it('keeps the words of unknown or unbalanced tags, drops invented codes, and puts a lost figure back', () => {
    const back = markupToCoded('Voir <g id="9">ceci</g> <g id="1">lien</g></g> fin', source);
    expect(back).toEqual(['Voir ceci ', { kind: 'pc', id: '1', mark: link, content: ['lien'] }, ' fin', { kind: 'ph', id: '3', node: { type: 'fact', attrs: { id: 'fact-1' } } }]);
  });
});

describe('LibreTranslate HTML and protected terms', () => {
  it('turns the port\'s tags into HTML elements and back', () => {
    const html = segmentToHtml('A <g id="1">b</g><x id="2"/>');
    expect(html).toBe('A <b data-g="1">b</b><i data-x="2"></i>');
    expect(htmlToSegment("A <b data-g='1'>B</b> <i data-x=\"2\"></i><em>c</em>")).toBe('A <g id="1">B</g> <x id="2"/>c');
  });

  it('wraps whole do-not-translate terms only, outside tags, and unwraps them', () => {
    const html = protectTerms('Ensemble and Ensembles <b data-g="Ensemble">Ensemble</b>', ['Ensemble']);
    expect(html).toBe('<span translate="no" class="notranslate">Ensemble</span> and Ensembles <b data-g="Ensemble"><span translate="no" class="notranslate">Ensemble</span></b>');
    expect(releaseTerms(html)).toBe('Ensemble and Ensembles <b data-g="Ensemble">Ensemble</b>');
  });
});

describe('secret box', () => {
  it('seals with a fresh nonce each time, opens with the same key, and refuses another key or an altered value', () => {
    const box = createSecretBox(randomBytes(32));
    const a = box.seal('deepl-key:fx');
    expect(a).not.toContain('deepl-key');
    expect(box.seal('deepl-key:fx')).not.toBe(a);
    expect(box.open(a)).toBe('deepl-key:fx');
    expect(() => createSecretBox(randomBytes(32)).open(a)).toThrow();
    const altered = a.slice(0, -2) + (a.endsWith('A') ? 'BB' : 'AA');
    expect(() => box.open(altered)).toThrow();
  });
});

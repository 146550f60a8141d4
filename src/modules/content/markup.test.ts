import { describe, expect, it } from 'vitest';
import { markupToRichText, richTextToMarkup } from './markup.ts';
import { validateRichText } from './rich-text.ts';

describe('markup', () => {
  it('round-trips headings, lists, quotes, emphasis, links and facts', () => {
    const text = [
      '## Titre',
      'Un **gras**, un *italique*, un [lien](https://example.org) et un [autre](doc:abc-123) : {fact:f-1}.',
      '- un\n- deux',
      '1. premier\n2. second',
      '#### Sous-titre',
      '---',
      '> cité',
    ].join('\n\n');
    const doc = markupToRichText(text);
    expect(validateRichText(doc)).toEqual([]);
    expect(richTextToMarkup(doc)).toBe(text);
  });

  it('keeps unsafe links out: they fail validation instead of being stored', () => {
    const doc = markupToRichText('[clic](javascript:alert(1))');
    expect(validateRichText(doc)).toHaveLength(1);
  });

  it('reads Windows line endings and ignores extra blank lines', () => {
    expect(markupToRichText('a\r\n\r\n\r\nb').content).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { findContentType, markupToRichText, type InlineNode, type RichTextDoc } from '../content/index.ts';
import type { CodedPart, CodedText } from './coded-text.ts';
import { applyUnits, extractUnits, type TranslationUnit } from './units.ts';

const link = { type: 'link', attrs: { href: 'https://example.org/rapport' } } as const;
const docLink = { type: 'link', attrs: { documentId: 'doc-1' } } as const;
const bold = { type: 'bold' } as const;

/** A body shaped like the demo's: links with bold inside, facts, breaks, lists, quotes, pictures. */
const demoBody: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ce que nous faisons' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Lisez ' },
        { type: 'text', text: 'notre ', marks: [link] },
        { type: 'text', text: 'rapport annuel', marks: [link, bold] },
        { type: 'text', text: '. En 2025, ' },
        { type: 'fact', attrs: { id: 'families-helped' } },
        { type: 'text', text: ' familles ont été aidées.  Merci à ' },
        { type: 'text', text: 'vous', marks: [bold] },
        { type: 'text', text: ' !' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Voir aussi ' },
        { type: 'text', text: 'la page des bénévoles', marks: [docLink] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Des repas. Des lits.' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Un accueil', marks: [{ type: 'italic' }] }] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Imbriqué.' }] }] }] },
          ],
        },
      ],
    },
    { type: 'blockquote', attrs: { attribution: 'Amina, 34 ans' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nous sommes revenus. Enfin.' }] }] },
    { type: 'image', attrs: { mediaId: 'camp-photo', caption: 'Le camp au lever du jour' } },
    { type: 'image', attrs: { mediaId: 'other-photo' } },
    { type: 'embed', attrs: { kind: 'video', id: 'video-1' } },
    { type: 'horizontalRule' },
    { type: 'callToAction', attrs: { label: 'Faire un don', documentId: 'donate' } },
    { type: 'paragraph', content: [{ type: 'fact', attrs: { id: 'alone' } }] },
    { type: 'paragraph' },
  ],
};

const source = (body: RichTextDoc, extra: Partial<{ title: string; summary: string; fields: Record<string, unknown> }> = {}) => ({
  title: 'Accueil. Bienvenue',
  summary: '  Un résumé.\n\nSur deux lignes. ',
  body,
  fields: {},
  ...extra,
});

const identity = (units: readonly TranslationUnit[]) => (unitId: string, segmentId: string) =>
  units.find((u) => u.id === unitId)?.segments.find((s) => s.id === segmentId)?.source;

const mapText = (text: CodedText, f: (s: string) => string): CodedText =>
  text.map((part): CodedPart => (typeof part === 'string' ? f(part) : part.kind === 'pc' ? { ...part, content: mapText(part.content, f) } : part));

describe('translation units', () => {
  it('gives one unit per translatable field and text block, with stable ids and limits', () => {
    const story = findContentType('story')!;
    const units = extractUnits(source(demoBody, { fields: { pullQuote: 'Une phrase forte.', transcript: 'Ligne un.\nLigne deux.', imageAlt: '', people: 'shared?' } }), story, 'fr');
    expect(units.map((u) => u.id)).toEqual([
      'title', 'summary', 'field:pullQuote', 'field:transcript',
      'body:0', 'body:1', 'body:2.0.0', 'body:2.1.0', 'body:2.1.1.0.0', 'body:3.0', 'body:3:attribution', 'body:4:caption', 'body:8:label',
    ]);
    expect(units.find((u) => u.id === 'field:pullQuote')).toMatchObject({ field: 'pullQuote', maxChars: 400 });
    expect(units.find((u) => u.id === 'title')).toMatchObject({ field: 'title', maxChars: 300 });
    expect(units.find((u) => u.id === 'body:4:caption')).toMatchObject({ field: 'body', maxChars: 500 });
    expect(units.find((u) => u.id === 'body:1')!.maxChars).toBeUndefined();
  });

  it('turns marks into nested paired codes and facts and breaks into placeholders, numbered across the unit', () => {
    const unit = extractUnits(source(demoBody), undefined, 'fr').find((u) => u.id === 'body:1')!;
    expect(unit.segments.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    const [first, second, third, fourth] = unit.segments;
    expect(first!.source).toEqual(['Lisez ', { kind: 'pc', id: '1', mark: link, content: ['notre ', { kind: 'pc', id: '2', mark: bold, content: ['rapport annuel'] }] }, '.']);
    expect(first!.after).toBe(' ');
    expect(second!.source).toEqual(['En 2025, ', { kind: 'ph', id: '3', node: { type: 'fact', attrs: { id: 'families-helped' } } }, ' familles ont été aidées.']);
    expect(second!.after).toBe('  ');
    expect(third!.source).toEqual(['Merci à ', { kind: 'pc', id: '4', mark: bold, content: ['vous'] }, ' !', { kind: 'ph', id: '5', node: { type: 'hardBreak' } }]);
    expect(fourth!.source).toEqual(['Voir aussi ', { kind: 'pc', id: '6', mark: docLink, content: ['la page des bénévoles'] }, '.']);
  });

  it('gives back the very same text when every target is its source', () => {
    const src = source(demoBody, { fields: { pullQuote: '  Une phrase forte. Deux.  ', transcript: 'Ligne un.\nLigne deux.\n', credits: 42 } });
    const story = findContentType('story')!;
    const units = extractUnits(src, story, 'fr');
    const { text, missing } = applyUnits(src, story, 'fr', identity(units));
    expect(missing).toEqual([]);
    expect(text).toEqual({ title: src.title, summary: src.summary, body: demoBody, fields: src.fields });
  });

  it('round-trips the demo markup exactly', () => {
    const body = markupToRichText('## Titre\n\nUn [lien](doc:abc) et **gras**. Puis {fact:f-1} et *italique*.\n\n1. un\n2. deux\n\n> Dit. Fait.\n— Quelqu’un\n\n[[Agir]](https://example.org)\n\n![Photo](media:m-1)\n\n{story:s-1}\n\n---');
    const src = source(body);
    const units = extractUnits(src, undefined, 'fr');
    expect(applyUnits(src, undefined, 'fr', identity(units)).text.body).toEqual(body);
  });

  it('applies translated text with the source formatting, and keeps non-text blocks', () => {
    const src = source(demoBody);
    const units = extractUnits(src, undefined, 'fr');
    const upper = (u: string, s: string) => {
      const found = identity(units)(u, s);
      return found && mapText(found, (t) => t.toUpperCase());
    };
    const { text, missing } = applyUnits(src, undefined, 'fr', upper);
    expect(missing).toEqual([]);
    expect(text.title).toBe('ACCUEIL. BIENVENUE');
    expect(text.body.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'LISEZ ' },
        { type: 'text', text: 'NOTRE ', marks: [link] },
        { type: 'text', text: 'RAPPORT ANNUEL', marks: [link, bold] },
        { type: 'text', text: '. EN 2025, ' },
        { type: 'fact', attrs: { id: 'families-helped' } },
        { type: 'text', text: ' FAMILLES ONT ÉTÉ AIDÉES.  MERCI À ' },
        { type: 'text', text: 'VOUS', marks: [bold] },
        { type: 'text', text: ' !' },
        { type: 'hardBreak' },
        { type: 'text', text: 'VOIR AUSSI ' },
        { type: 'text', text: 'LA PAGE DES BÉNÉVOLES', marks: [docLink] },
        { type: 'text', text: '.' },
      ],
    });
    expect(text.body.content.slice(4, 10)).toEqual([
      { type: 'image', attrs: { mediaId: 'camp-photo', caption: 'LE CAMP AU LEVER DU JOUR' } },
      ...demoBody.content.slice(5, 8),
      { type: 'callToAction', attrs: { label: 'FAIRE UN DON', documentId: 'donate' } },
      demoBody.content[9],
    ]);
    expect(text.body.content[3]).toMatchObject({ attrs: { attribution: 'AMINA, 34 ANS' } });
  });

  it('lists segments without target and keeps their source text', () => {
    const src = source(demoBody);
    const units = extractUnits(src, undefined, 'fr');
    const { text, missing } = applyUnits(src, undefined, 'fr', (u, s) => (u === 'title' && s === 's2' ? undefined : identity(units)(u, s)));
    expect(missing).toEqual([{ unitId: 'title', segmentId: 's2' }]);
    expect(text.title).toBe('Accueil. Bienvenue');
  });

  it('splits Arabic and Chinese sentences with their own punctuation', () => {
    const ar = extractUnits(source({ type: 'doc', content: [] }, { title: 'هل أنت مستعد؟ نعم، نحن هنا.', summary: '' }), undefined, 'ar');
    expect(ar[0]!.segments.map((s) => s.source)).toEqual([['هل أنت مستعد؟'], ['نعم، نحن هنا.']]);
    const zh = extractUnits(source({ type: 'doc', content: [] }, { title: '我们在这里。你准备好了吗？好的！', summary: '' }), undefined, 'zh');
    expect(zh[0]!.segments.map((s) => s.source)).toEqual([['我们在这里。'], ['你准备好了吗？'], ['好的！']]);
    expect(zh[0]!.segments.every((s) => s.after === undefined)).toBe(true);
  });

  it('never cuts inside a paired code, and joins a stretch without words to its neighbour', () => {
    const body: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Une phrase. Deux phrases.', marks: [link] }, { type: 'text', text: ' Suite. ' }, { type: 'fact', attrs: { id: 'x' } }] }],
    };
    const unit = extractUnits(source(body), undefined, 'fr').find((u) => u.id === 'body:0')!;
    expect(unit.segments).toHaveLength(2);
    expect(unit.segments[0]!.source).toEqual([{ kind: 'pc', id: '1', mark: link, content: ['Une phrase. Deux phrases.'] }]);
    expect(unit.segments[1]!.source).toEqual(['Suite. ', { kind: 'ph', id: '2', node: { type: 'fact', attrs: { id: 'x' } } }]);
  });

  it('follows the translator moving codes around', () => {
    const src = source(demoBody);
    const target = (u: string, s: string): CodedText | undefined => {
      if (u !== 'body:1' || s !== 's1') return identity(extractUnits(src, undefined, 'fr'))(u, s);
      // The translator puts the bold code outside the link and the link after it.
      return [{ kind: 'pc', id: '2', mark: bold, content: ['Annual report'] }, ' of ', { kind: 'pc', id: '1', mark: link, content: ['ours'] }, '.'];
    };
    const nodes = applyUnits(src, undefined, 'en', target).text.body.content[1] as unknown as { content: InlineNode[] };
    expect(nodes.content.slice(0, 4)).toEqual([
      { type: 'text', text: 'Annual report', marks: [bold] },
      { type: 'text', text: ' of ' },
      { type: 'text', text: 'ours', marks: [link] },
      { type: 'text', text: '. En 2025, ' },
    ]);
  });

  it('takes marks from the source by id and drops codes the source never had', () => {
    const src = source(demoBody);
    const evil = { type: 'link', attrs: { href: 'javascript:alert(1)' } } as const;
    const target = (u: string, s: string): CodedText | undefined => {
      if (u !== 'body:1' || s !== 's1') return identity(extractUnits(src, undefined, 'fr'))(u, s);
      return [
        { kind: 'pc', id: '1', mark: evil, content: ['Read'] },
        ' ',
        { kind: 'pc', id: '99', mark: evil, content: ['this'] },
        { kind: 'ph', id: '42', node: { type: 'fact', attrs: { id: 'secret' } } },
        { kind: 'ph', id: '1', node: { type: 'hardBreak' } },
        '.',
      ];
    };
    const nodes = applyUnits(src, undefined, 'en', target).text.body.content[1] as unknown as { content: InlineNode[] };
    expect(nodes.content.slice(0, 2)).toEqual([
      { type: 'text', text: 'Read', marks: [link] },
      { type: 'text', text: ' this. En 2025, ' },
    ]);
    expect(JSON.stringify(nodes)).not.toContain('javascript');
    expect(JSON.stringify(nodes)).not.toContain('secret');
  });
});

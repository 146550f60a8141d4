import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../content/index.ts';
import { extractUnits, applyUnits, codedToPlain, type CodedText } from '../xliff/index.ts';
import { missingTerms, splitByTerms, type GlossaryTerm } from './glossary-match.ts';
import { bigrams, lengthBand, mayReach, similarity } from './matching.ts';
import { fitCodes, pairUnits } from './pairing.ts';
import { readCsv } from './csv.ts';

const bold = { type: 'bold' } as const;
const link = { type: 'link', attrs: { href: 'https://example.org/rapport' } } as const;

const text = (body: RichTextDoc, title = 'Accueil') => ({ title, summary: '', body, fields: {} });
const paragraph = (...content: RichTextDoc['content'][number] extends infer B ? (B extends { type: 'paragraph'; content?: infer C } ? NonNullable<C> : never) : never): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('fuzzy matching', () => {
  it('scores by character edit distance on normalised text, 1 for the same words whatever the spacing', () => {
    expect(similarity('Nous aidons les familles.', 'Nous  aidons\u00a0les familles.')).toBe(1);
    expect(similarity('Nous aidons les familles.', 'Nous aidons les famille.')).toBeCloseTo(1 - 1 / 25, 5);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  it('answers 0 as soon as the threshold is out of reach, and the exact figure above it', () => {
    const a = 'Les enfants vont à l’école chaque matin.';
    const b = 'Les enfants vont au marché chaque soir.';
    const full = similarity(a, b);
    expect(similarity(a, b, full - 0.01)).toBeCloseTo(full, 5);
    expect(similarity(a, b, full + 0.01)).toBe(0);
  });

  it('reads only the band of lengths that can reach the threshold', () => {
    expect(lengthBand(100, 0.75)).toEqual({ from: 75, to: 133 });
    // The band's edges can still match: 75 characters against 100 is 75 %.
    expect(similarity('a'.repeat(75), 'a'.repeat(100))).toBe(0.75);
  });

  it('never rules out a candidate that reaches the threshold (q-gram filter)', () => {
    const base = 'Les migrants et les familles qui les accueillent partagent un repas.';
    const variants = ['Les migrants et leurs familles qui les accueillent partagent un repas.', 'Des migrants et des familles qui les accueillent partagent des repas !', 'Les migrant et les famille qui les accueille partage un repas'];
    for (const variant of variants) {
      if (similarity(base, variant) >= 0.75) expect(mayReach(bigrams(base), variant, 0.75)).toBe(true);
    }
    expect(mayReach(bigrams(base), 'Une phrase sans aucun rapport avec celle-là, ou presque.', 0.75)).toBe(false);
  });
});

describe('pairing a translation with its source', () => {
  it('pairs sentences one to one when the counts match, else the whole unit, and numbers codes by position', () => {
    const source = text(paragraph({ type: 'text', text: 'Lisez ' }, { type: 'text', text: 'le rapport', marks: [link] }, { type: 'text', text: '. Merci à ' }, { type: 'text', text: 'vous', marks: [bold] }, { type: 'text', text: ' !' }), 'Bonjour. Au revoir.');
    const target = text(paragraph({ type: 'text', text: 'Read ' }, { type: 'text', text: 'the report', marks: [link] }, { type: 'text', text: '. Thanks to ' }, { type: 'text', text: 'you', marks: [bold] }, { type: 'text', text: '!' }), 'Hello and goodbye.');
    const pairs = pairUnits(extractUnits(source, undefined, 'fr'), extractUnits(target, undefined, 'en'));
    const plain = pairs.map((p) => [codedToPlain(p.source).trim(), codedToPlain(p.target).trim()]);
    expect(plain).toEqual([
      ['Bonjour. Au revoir.', 'Hello and goodbye.'],
      ['Lisez le rapport.', 'Read the report.'],
      ['Merci à vous !', 'Thanks to you!'],
    ]);
    // The second sentence's bold was code 2 of its unit; in the memory it is the sentence's first.
    const third = pairs[2]!;
    expect(third.source.find((p) => typeof p !== 'string')).toMatchObject({ kind: 'pc', id: '1', mark: bold });
    expect(third.target.find((p) => typeof p !== 'string')).toMatchObject({ kind: 'pc', id: '1', mark: bold });
  });

  it('fits a memory target to another segment’s code ids, so applyUnits restores its formatting', () => {
    const memoryTarget: CodedText = ['Thanks to ', { kind: 'pc', id: '1', mark: bold, content: ['you'] }, '!'];
    const page = text(paragraph({ type: 'text', text: 'Voir ' }, { type: 'text', text: 'ici', marks: [link] }, { type: 'text', text: '. Merci à ' }, { type: 'text', text: 'vous', marks: [bold] }, { type: 'text', text: ' !' }));
    const units = extractUnits(page, undefined, 'fr');
    const body = units.find((u) => u.id === 'body:0')!;
    const segment = body.segments[1]!;
    const applied = applyUnits(page, undefined, 'fr', (unitId, segmentId) => (unitId === body.id && segmentId === segment.id ? fitCodes(memoryTarget, segment.source) : undefined));
    expect(applied.text.body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Voir ' },
        { type: 'text', text: 'ici', marks: [link] },
        { type: 'text', text: '. Thanks to ' },
        { type: 'text', text: 'you', marks: [bold] },
        { type: 'text', text: '!' },
      ],
    });
  });
});

describe('glossary terms', () => {
  const term = (t: string, translation: string, doNotTranslate = false): GlossaryTerm => ({ id: t, sourceLocale: 'fr', targetLocale: 'en', term: t, translation, doNotTranslate, note: '', updatedAt: '' });
  const terms = [term('#NousEnsemble', '#NousEnsemble', true), term('Agence mondiale des migrations', 'World Migration Agency'), term('accueil', 'welcome')];

  it('lists the terms the source uses and the target lacks; a do-not-translate term must stay as it is', () => {
    const source = 'L’Agence mondiale des migrations lance #NousEnsemble.';
    expect(missingTerms(source, 'The World Migration Agency launches #NousEnsemble.', terms)).toEqual([]);
    expect(missingTerms(source, 'The world migration agency launches #nousensemble.', terms).map((t) => t.term)).toEqual(['#NousEnsemble']);
    expect(missingTerms(source, 'The Agency launches #TogetherWe.', terms).map((t) => t.term)).toEqual(['#NousEnsemble', 'Agence mondiale des migrations']);
    // Inside a longer word is not the term.
    expect(missingTerms('Les accueillants', 'The hosts', terms)).toEqual([]);
  });

  it('finds terms in scripts without spaces and cuts text at each for highlighting', () => {
    const zh = { ...term('Agence mondiale des migrations', '世界移民署'), targetLocale: 'zh-Hans' };
    expect(missingTerms('L’Agence mondiale des migrations agit.', '世界移民署采取行动。', [zh])).toEqual([]);
    const pieces = splitByTerms('Bienvenue à l’accueil de l’Agence mondiale des migrations.', terms);
    expect(pieces.filter((p) => p.term).map((p) => p.text)).toEqual(['accueil', 'Agence mondiale des migrations']);
    expect(pieces.map((p) => p.text).join('')).toBe('Bienvenue à l’accueil de l’Agence mondiale des migrations.');
  });

  it('reads CSV with quotes, line breaks in fields, semicolons and a BOM, naming lines', () => {
    const { rows, problems } = readCsv('\uFEFFterm;translation\n"a;b";"say ""hi""\nthere"\nc;d\n', 10);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, values: ['term', 'translation'] },
      { line: 2, values: ['a;b', 'say "hi"\nthere'] },
      { line: 4, values: ['c', 'd'] },
    ]);
    expect(readCsv('a,b\n"open', 10).problems[0]).toMatchObject({ path: 'line 2' });
  });
});

import { describe, expect, it } from 'vitest';
import { tsqueryText } from './postgres-tsvector.repository.ts';
import { withoutGrouping } from './search-document.ts';
import { ftsTableName, ginIndexName, isUnspaced } from './search-locale.ts';
import { buildSnippet } from './search-snippet.ts';
import { normaliseText, normaliseWord, parseQuery } from './search-text.ts';
import { matchExpression } from './sqlite-fts.repository.ts';

describe('search text folding', () => {
  it('removes accents and case, and unfolds ligatures', () => {
    expect(normaliseText('États-Unis, ÉLÈVE, cœur, Straße', 'fr')).toBe('etats unis eleve coeur strasse');
  });

  it('folds Arabic diacritics, tatweel, hamza forms, alif maqsura and ta marbuta', () => {
    expect(normaliseWord('آمِنَة', 'ar')).toBe('امنه');
    expect(normaliseWord('أمـــنة', 'ar')).toBe('امنه');
    expect(normaliseWord('إلى', 'ar')).toBe('الي');
  });

  it('drops the Arabic article, alone or after و ف ب ك, when a word of three letters remains', () => {
    expect(normaliseWord('المهاجرين', 'ar')).toBe('مهاجرين');
    expect(normaliseWord('والمهاجرين', 'ar')).toBe('مهاجرين');
    expect(normaliseWord('الدم', 'ar')).toBe('الدم');
    // Only in Arabic text.
    expect(normaliseWord('alors', 'fr')).toBe('alors');
  });
});

describe('search text in scripts written without spaces', () => {
  it('cuts Chinese, Japanese and Thai into words, decided by the tag’s script', () => {
    expect(normaliseText('我们支持移民融入社会。', 'zh-Hans')).toBe('我们 支持 移民 融入 社会');
    expect(normaliseText('ภาษาไทยเป็นภาษาราชการ', 'th')).toBe('ภาษา ไทย เป็น ภาษา ราชการ');
    expect(parseQuery('移民', 'zh')).toEqual([{ words: ['移民'], isPhrase: false }]);
    expect(['zh', 'zh-Hant', 'zh-TW', 'ja', 'th', 'lo', 'km', 'my'].filter(isUnspaced)).toHaveLength(8);
    expect(['fr', 'ru', 'ko', 'bn', 'ar', 'sr-Latn', 'en-CN'].filter(isUnspaced)).toEqual([]);
  });

  it('keeps the letters’ own marks (Thai vowels, Bengali signs, kana voicing, Cyrillic й) and drops accents', () => {
    expect(normaliseWord('ที่', 'th')).toBe('ที่');
    expect(normaliseWord('অভিবাসী', 'bn')).toBe('অভিবাসী');
    expect(normaliseWord('ガッコウ', 'ja')).toBe('ガッコウ');
    expect(normaliseText('Новый ёж', 'ru')).toBe('новый еж');
    expect(normaliseWord('한국어', 'ko')).toBe('한국어');
  });

  it('reads the digits of every script as ASCII digits', () => {
    expect(normaliseText('٢٧٢ ২৭২ ๒๗๒ 272', 'ar')).toBe('272 272 272 272');
  });

  it('removes grouping separators from written figures, not decimal commas', () => {
    expect(withoutGrouping('1\u202f234\u202f567')).toBe('1234567');
    expect(withoutGrouping('1,234,567')).toBe('1234567');
    expect(withoutGrouping('1.234.567')).toBe('1234567');
    expect(withoutGrouping('3,5 %')).toBe('3,5 %');
    expect(withoutGrouping('272 millions')).toBe('272 millions');
  });

  it('names a locale’s index from its tag', () => {
    expect(ftsTableName('zh-Hans')).toBe('search_fts_zh_hans');
    expect(ginIndexName('pt-BR')).toBe('search_entries_tsv_pt_br_idx');
    expect(ftsTableName('fr')).toBe('search_fts_fr');
    expect(() => ftsTableName('fr;--')).toThrow(/BCP 47/);
  });
});

describe('search query parsing', () => {
  it('keeps letters and digits only, so operators and SQL are words or nothing', () => {
    expect(parseQuery("' OR 1=1; DROP TABLE x --", 'en').map((u) => u.words.join(' '))).toEqual(['or', '1', 'drop', 'table', 'x']);
    expect(parseQuery('NEAR(a b) * ^c col:d -e', 'en').map((u) => u.words[0])).toEqual(['near', 'a', 'b', 'c', 'col', 'd', 'e']);
    expect(parseQuery('*** --- \\ \'', 'fr')).toEqual([]);
  });

  it('reads quoted phrases, straight, curly or French, and an unclosed quote to the end', () => {
    expect(parseQuery('"cohésion sociale" migrants', 'fr')).toEqual([
      { words: ['cohesion', 'sociale'], isPhrase: true },
      { words: ['migrants'], isPhrase: false },
    ]);
    expect(parseQuery('« droit d’asile »', 'fr')[0]).toEqual({ words: ['droit', 'd', 'asile'], isPhrase: true });
    expect(parseQuery('a "b c', 'fr').at(-1)).toEqual({ words: ['b', 'c'], isPhrase: true });
  });

  it('keeps at most ten units of at most fifty characters, without repeats', () => {
    const units = parseQuery(`${'x'.repeat(80)} ${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')} w1`, 'en');
    expect(units).toHaveLength(10);
    expect(units[0]!.words[0]).toHaveLength(50);
  });

  it('builds FTS5 and tsquery expressions from quoted words only', () => {
    const units = parseQuery('"cohésion sociale" migrations de', 'fr');
    expect(matchExpression(units, 'fr', 'story')).toBe('{title summary body} : ("cohesion sociale" AND "migration"* AND "de") AND type : "story"');
    expect(tsqueryText(units)).toBe('(cohesion <-> sociale) & migrations:* & de');
  });
});

describe('search snippets', () => {
  it('returns text segments around the matches, with the matches highlighted', () => {
    const units = parseQuery('etats', 'fr');
    const segments = buildSnippet(['Résumé.', 'Les États membres <b>adoptent</b> un cadre.'], units, 'fr');
    expect(segments).toEqual([
      { text: 'Résumé. — Les ', highlighted: false },
      { text: 'États', highlighted: true },
      // Markup-looking text stays text: the view escapes every segment.
      { text: ' membres <b>adoptent</b> un cadre …', highlighted: false },
    ]);
  });

  it('starts with the text when nothing matches', () => {
    expect(buildSnippet(['Un texte.'], parseQuery('absent', 'fr'), 'fr')).toEqual([{ text: 'Un texte …', highlighted: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCatalog, checkMessage } from './catalog-check.ts';

const COUNT_FR = '{count, plural, =0 {Aucune histoire} one {# histoire} many {# d’histoires} other {# histoires}}';

describe('checkMessage', () => {
  it('accepts a translation with the same arguments and every plural form of its language', () => {
    expect(checkMessage('ru', '{count, plural, =0 {Нет историй} one {# история} few {# истории} many {# историй} other {# истории}}', COUNT_FR)).toEqual([]);
    expect(checkMessage('zh-Hans', '{count, plural, =0 {没有故事} other {#个故事}}', COUNT_FR)).toEqual([]);
    expect(checkMessage('en', 'Search: {query}', 'Recherche : {query}')).toEqual([]);
  });

  it('reports a message that does not parse', () => {
    const problems = checkMessage('ru', 'Поиск: {query', 'Recherche : {query}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^does not parse: /);
  });

  it('reports a missing argument and one the source does not have', () => {
    expect(checkMessage('es', 'Fuente: {source}', 'Source : {source}, données au {date}')).toEqual(['missing argument {date}']);
    expect(checkMessage('es', 'Buscar {query} en {site}', 'Recherche : {query}')).toEqual([
      'unknown argument {site}: the source has no such value',
    ]);
  });

  it('finds arguments inside plural branches, not only at the top level', () => {
    const source = '{total, plural, one {# résultat pour « {query} »} other {# résultats pour « {query} »}}';
    expect(checkMessage('en', '{total, plural, one {# result} other {# results}}', source)).toEqual(['missing argument {query}']);
  });

  it('reports a plural form the language needs and does not have', () => {
    expect(checkMessage('ru', '{count, plural, one {# история} other {# историй}}', COUNT_FR)).toEqual([
      '{count} lacks the plural form “few” (used for 2, 3, 4, 22…)',
      '{count} lacks the plural form “many” (used for 0, 5, 6, 7…)',
    ]);
    expect(checkMessage('ar', '{count, plural, one {قصة واحدة} other {# قصة}}', COUNT_FR)).toEqual([
      '{count} lacks the plural form “zero” (used for 0)',
      '{count} lacks the plural form “two” (used for 2)',
      '{count} lacks the plural form “few” (used for 3, 4, 5, 6…)',
      '{count} lacks the plural form “many” (used for 11, 12, 13, 14…)',
    ]);
  });

  it('reports a plural form the language never selects', () => {
    expect(checkMessage('zh-Hans', '{count, plural, one {一个故事} other {#个故事}}', COUNT_FR)).toEqual([
      '{count} has a plural form “one”, which zh-Hans never selects',
    ]);
  });

  it('accepts an exact "=0" in place of the Arabic "zero" form, which only 0 selects', () => {
    const ar = '{count, plural, =0 {لا قصص} one {قصة واحدة} two {قصتان} few {# قصص} many {# قصة} other {# قصة}}';
    expect(checkMessage('ar', ar, COUNT_FR)).toEqual([]);
  });

  it('reports a form that hides the number although it covers several numbers', () => {
    // Russian "one" is also 21, 31…: "одна история" would be wrong for 21.
    expect(checkMessage('ru', '{count, plural, one {одна история} few {# истории} many {# историй} other {# истории}}', COUNT_FR)).toEqual([
      '{count}: the form “one” does not show the number, yet it is used for 1, 21, 31…',
    ]);
  });
});

describe('checkCatalog', () => {
  const source = { 'a.title': 'Titre', 'a.count': COUNT_FR };

  it('reports missing and unknown keys, and each message’s problems under its key', () => {
    const catalog = { 'a.count': '{count, plural, other {#个故事}}', 'a.extra': 'Extra' };
    expect(checkCatalog('zh-Hans', catalog, source)).toEqual([
      { key: 'a.title', message: 'missing message' },
      { key: 'a.extra', message: 'not in the source catalog' },
    ]);
    expect(checkCatalog('ru', { 'a.title': 'Заголовок', 'a.count': '{n, plural, other {# историй}}' }, source)).toEqual([
      { key: 'a.count', message: 'missing argument {count}' },
      { key: 'a.count', message: 'unknown argument {n}: the source has no such value' },
      { key: 'a.count', message: '{n} lacks the plural form “one” (used for 1, 21, 31, 41…)' },
      { key: 'a.count', message: '{n} lacks the plural form “few” (used for 2, 3, 4, 22…)' },
      { key: 'a.count', message: '{n} lacks the plural form “many” (used for 0, 5, 6, 7…)' },
    ]);
  });
});

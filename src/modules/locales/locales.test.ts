import { describe, expect, it } from 'vitest';
import { LocaleSet } from './locale-set.ts';
import { canonicalTag, directionOf, endonymOf, languageName } from './locale-tags.ts';
import { INITIAL_LOCALE_SET, INITIAL_LOCALES } from './locales.ts';

const set = INITIAL_LOCALE_SET;

describe('LocaleSet.negotiate', () => {
  it('falls back to the default locale when nothing matches or the header is absent', () => {
    expect(set.negotiate(undefined)).toBe('fr');
    expect(set.negotiate('de-DE, ja;q=0.8')).toBe('fr');
    expect(set.negotiate('*')).toBe('fr');
  });

  it('matches a regional tag on its primary language', () => {
    expect(set.negotiate('es-419')).toBe('es');
    expect(set.negotiate('ar-EG,ar;q=0.9')).toBe('ar');
  });

  it('honours q-values rather than order', () => {
    expect(set.negotiate('de;q=1, en;q=0.5, ar;q=0.9')).toBe('ar');
  });

  it('ignores ranges refused with q=0 and garbage weights', () => {
    expect(set.negotiate('en;q=0, es;q=abc, ar;q=0.1')).toBe('ar');
  });

  it('survives hostile headers', () => {
    expect(set.negotiate(';;;,,,q=;' + 'x'.repeat(10_000))).toBe('fr');
  });

  it('prefers an exact tag, then the language, and never a disabled locale', () => {
    const wider = new LocaleSet([
      ...INITIAL_LOCALES,
      { tag: 'zh-Hans', position: 4, enabled: true, isDefault: false, dirOverride: null, fallbacks: ['en'], prefix: 'zh' },
      { tag: 'pt-BR', position: 5, enabled: false, isDefault: false, dirOverride: null, fallbacks: ['es'], prefix: 'pt-br' },
    ]);
    expect(wider.negotiate('zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(wider.negotiate('pt-BR,en;q=0.5')).toBe('en');
  });
});

describe('LocaleSet.chain', () => {
  it('starts with the locale and follows its enabled fallbacks', () => {
    expect(set.chain('ar')).toEqual(['ar', 'en', 'fr']);
    expect(set.chain('fr')).toEqual(['fr', 'en']);
    const withoutEnglish = new LocaleSet(INITIAL_LOCALES.map((l) => (l.tag === 'en' ? { ...l, enabled: false } : l)));
    expect(withoutEnglish.chain('ar')).toEqual(['ar', 'fr']);
    expect(withoutEnglish.redirectTarget('en')).toBe('fr');
  });

  it('finds a locale by its URL prefix, enabled ones only', () => {
    const prefixed = new LocaleSet([...INITIAL_LOCALES, { tag: 'zh-Hans', position: 4, enabled: true, isDefault: false, dirOverride: null, fallbacks: [], prefix: 'zh' }]);
    expect(prefixed.fromPrefix('zh')?.code).toBe('zh-Hans');
    expect(prefixed.fromPrefix('zh-hans')).toBeUndefined();
  });
});

describe('language tags', () => {
  it('canonicalises BCP 47 tags', () => {
    expect(canonicalTag('pt-br')).toBe('pt-BR');
    expect(canonicalTag(' ZH-hans ')).toBe('zh-Hans');
    expect(canonicalTag('sr-latn')).toBe('sr-Latn');
    expect(canonicalTag('iw')).toBe('he');
  });

  it('refuses what is not a plain language tag', () => {
    for (const bad of ['', 'x', 'english', 'en_US', 'x-private', 'en-u-ca-buddhist', '../fr', 'fr;drop', 'a'.repeat(100)]) {
      expect(() => canonicalTag(bad), bad).toThrow(expect.objectContaining({ code: 'LOCALE_TAG_INVALID' }));
    }
  });

  it('derives the direction from the script', () => {
    for (const rtl of ['ar', 'fa', 'ur', 'ps', 'ckb', 'he', 'dv', 'yi', 'syr', 'nqo', 'ff-Adlm']) expect(directionOf(rtl), rtl).toBe('rtl');
    for (const ltr of ['fr', 'ru', 'zh-Hans', 'uk', 'bn', 'sr-Latn', 'ff', 'az-Latn']) expect(directionOf(ltr), ltr).toBe('ltr');
  });

  it('names a language in itself and in the editor’s language', () => {
    expect(endonymOf('uk')).toBe('Українська');
    expect(endonymOf('ar')).toBe('العربية');
    expect(languageName('uk', 'fr')).toBe('Ukrainien');
    expect(languageName('zh-Hans', 'en')).toBe('Simplified Chinese');
  });
});

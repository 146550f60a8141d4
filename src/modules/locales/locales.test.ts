import { describe, expect, it } from 'vitest';
import { localeChain, negotiateLocale } from './locales.ts';

describe('negotiateLocale', () => {
  it('falls back to French when nothing matches or the header is absent', () => {
    expect(negotiateLocale(undefined)).toBe('fr');
    expect(negotiateLocale('de-DE, ja;q=0.8')).toBe('fr');
    expect(negotiateLocale('*')).toBe('fr');
  });

  it('matches a regional tag on its primary language', () => {
    expect(negotiateLocale('es-419')).toBe('es');
    expect(negotiateLocale('ar-EG,ar;q=0.9')).toBe('ar');
  });

  it('honours q-values rather than order', () => {
    expect(negotiateLocale('de;q=1, en;q=0.5, ar;q=0.9')).toBe('ar');
  });

  it('ignores ranges refused with q=0 and garbage weights', () => {
    expect(negotiateLocale('en;q=0, es;q=abc, ar;q=0.1')).toBe('ar');
  });

  it('survives hostile headers', () => {
    expect(negotiateLocale(';;;,,,q=;' + 'x'.repeat(10_000))).toBe('fr');
  });
});

describe('localeChain', () => {
  it('starts with the locale and follows its declared fallbacks', () => {
    expect(localeChain('ar')).toEqual(['ar', 'en', 'fr']);
    expect(localeChain('fr')).toEqual(['fr', 'en']);
  });
});

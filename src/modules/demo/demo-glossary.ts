import type { LocaleCode } from '../locales/index.ts';

/** A glossary term as the demo gives it (see the translation-memory module's glossary). */
export interface DemoGlossaryTerm {
  readonly sourceLocale: LocaleCode;
  readonly targetLocale: LocaleCode;
  readonly term: string;
  readonly translation?: string;
  readonly doNotTranslate?: boolean;
  readonly note?: string;
}

/** The organisation's name in each demo language, as its public site writes it. */
const NAME: Readonly<Record<LocaleCode, string>> = {
  en: 'World Migration Agency',
  es: 'Agencia Mundial de Migraciones',
  ar: 'الوكالة العالمية للهجرة',
  'zh-Hans': '世界移民署',
  ru: 'Всемирное агентство по миграции',
};

/**
 * The demo's glossary, from French into each language: the campaign's hashtag stays as it is
 * everywhere, and the organisation's name has one translation per language.
 */
export function demoGlossary(locales: readonly LocaleCode[]): DemoGlossaryTerm[] {
  return locales.flatMap((targetLocale) => {
    const name = NAME[targetLocale];
    if (targetLocale === 'fr') return [];
    return [
      { sourceLocale: 'fr', targetLocale, term: '#NousEnsemble', doNotTranslate: true, note: 'Le mot-dièse de la campagne : identique dans toutes les langues.' },
      ...(name ? [{ sourceLocale: 'fr', targetLocale, term: 'Agence mondiale des migrations', translation: name, note: 'Le nom officiel de l’organisation.' }] : []),
    ];
  });
}

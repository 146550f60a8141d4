import type { translationsFr } from './translations.fr.ts';

/** The translation dashboard, in Spanish. */
export const translationsEs: Readonly<Record<keyof typeof translationsFr, string>> = {
  'admin.nav.translations': 'Traducciones',
  'translations.title': 'Traducciones',
  'translations.coverage': 'Cobertura por sección e idioma',
  'translations.section': 'Sección',
  'translations.total': 'Todo el sitio',
  'translations.cell': '{current} de {total} al día',
  'translations.outdatedCount': '{count, plural, =0 {} one {# por revisar} other {# por revisar}}',
  'translations.queue': 'Por traducir',
  'translations.queueMine': 'Mi lista: {locales}',
  'translations.queueMore': '{count, plural, one {y # más, más antigua} other {y # más, más antiguas}}.',
  'translations.queueEmpty': 'No hay nada que traducir por ahora.',
  'translations.state.missing': 'Falta',
  'translations.state.outdated': 'Por revisar: el texto original ha cambiado',
  'translations.state.current': 'Al día',
  'translations.state.source': 'Texto original',
  'translations.translate': 'Traducir a {language}',
  'translations.outside': 'Fuera del árbol de páginas ({type})',
};

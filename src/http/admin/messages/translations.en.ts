import type { translationsFr } from './translations.fr.ts';

/** The translation dashboard, in English. */
export const translationsEn: Readonly<Record<keyof typeof translationsFr, string>> = {
  'admin.nav.translations': 'Translations',
  'translations.title': 'Translations',
  'translations.coverage': 'Coverage by section and language',
  'translations.section': 'Section',
  'translations.total': 'Whole site',
  'translations.cell': '{current} of {total} up to date',
  'translations.outdatedCount': '{count, plural, =0 {} one {# to review} other {# to review}}',
  'translations.queue': 'To translate',
  'translations.queueMine': 'My queue: {locales}',
  'translations.queueMore': '{count, plural, one {and # more, older} other {and # more, older}}.',
  'translations.queueEmpty': 'Nothing to translate right now.',
  'translations.state.missing': 'Missing',
  'translations.state.outdated': 'To review: the source text changed',
  'translations.state.current': 'Up to date',
  'translations.state.source': 'Source text',
  'translations.translate': 'Translate into {language}',
  'translations.outside': 'Outside the page tree ({type})',
};

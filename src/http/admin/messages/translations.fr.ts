/** The translation dashboard, in French. */
export const translationsFr = {
  'admin.nav.translations': 'Traductions',
  'translations.title': 'Traductions',
  'translations.coverage': 'Couverture par rubrique et par langue',
  'translations.section': 'Rubrique',
  'translations.total': 'Ensemble du site',
  'translations.cell': '{current} sur {total} à jour',
  'translations.outdatedCount': '{count, plural, =0 {} one {# à revoir} other {# à revoir}}',
  'translations.queue': 'À traduire',
  'translations.queueMine': 'Ma file : {locales}',
  'translations.queueEmpty': 'Rien à traduire pour le moment.',
  'translations.state.missing': 'Manquante',
  'translations.state.outdated': 'À revoir : le texte source a changé',
  'translations.state.current': 'À jour',
  'translations.state.source': 'Texte source',
  'translations.translate': 'Traduire en {language}',
  'translations.outside': 'Hors arborescence ({type})',
} as const;

/** Back-office texts for stories and campaigns: their fields and the story themes. */
import { themesFr } from '../../../modules/locales/index.ts';

export const storiesFr = {
  // Theme names are the public site's, so editors see what visitors see.
  ...themesFr,
  'edit.field.people': 'Personnes (prénoms ou pseudonymes)',
  'edit.field.themes': 'Thèmes',
  'edit.field.video': 'Vidéo',
  'edit.field.related': 'Histoires liées',
  'edit.field.captions': 'Sous-titres (WebVTT)',
  'edit.field.descriptions': 'Audiodescription textuelle (WebVTT)',
  'edit.field.transcript': 'Transcription',
  'edit.field.featuredStories': 'Histoires à la une',
  'edit.field.actions': 'Appels à l’action',
  'edit.hint.video': 'Une vidéo de la vidéothèque. Les versions allégées sont produites automatiquement.',
  'edit.hint.captions': 'Texte WebVTT : collez-le ici ou téléversez un fichier .vtt ou .srt depuis la page du document. Les erreurs indiquent le numéro de ligne.',
  'edit.hint.transcript': 'Laissez vide pour que la page construise la transcription à partir des sous-titres.',
  'edit.hint.choices': 'Cochez tout ce qui s’applique.',
} as const;

import { themesEs } from '../../../modules/locales/index.ts';
import type { storiesFr } from './stories.fr.ts';

export const storiesEs: Readonly<Record<keyof typeof storiesFr, string>> = {
  ...themesEs,
  'edit.field.people': 'Personas (nombres de pila o seudónimos)',
  'edit.field.themes': 'Temas',
  'edit.field.video': 'Vídeo',
  'edit.field.related': 'Historias relacionadas',
  'edit.field.captions': 'Subtítulos (WebVTT)',
  'edit.field.descriptions': 'Audiodescripción en texto (WebVTT)',
  'edit.field.transcript': 'Transcripción',
  'edit.field.featuredStories': 'Historias destacadas',
  'edit.field.actions': 'Llamadas a la acción',
  'edit.hint.video': 'Un vídeo de la videoteca. Las versiones ligeras se generan automáticamente.',
  'edit.hint.captions': 'Texto WebVTT: péguelo aquí o suba un archivo .vtt o .srt desde la página del documento. Los errores indican el número de línea.',
  'edit.hint.transcript': 'Déjelo vacío y la página construirá la transcripción a partir de los subtítulos.',
  'edit.hint.choices': 'Marque todo lo que corresponda.',
};

import type { captionsFr } from './captions.fr.ts';

/** Problems found in an uploaded captions file, in Spanish (must be complete). */
export const captionsEs: Readonly<Record<keyof typeof captionsFr, string>> = {
  'captions.problem.empty': 'El archivo de subtítulos está vacío.',
  'captions.problem.too-large': 'El archivo de subtítulos es demasiado grande ({detail}).',
  'captions.problem.not-text': 'Línea {line}: no es un archivo de subtítulos de texto ({detail}).',
  'captions.problem.encoding': 'Línea {line}: codificación ilegible ({detail}). Guarde el archivo en UTF-8.',
  'captions.problem.signature': 'Línea {line}: un archivo WebVTT debe empezar por «WEBVTT»; se encontró «{detail}».',
  'captions.problem.timing': 'Línea {line}: tiempo no válido «{detail}». Formato esperado: 00:01:02.345.',
  'captions.problem.time-order': 'Línea {line}: el subtítulo termina antes de empezar ({detail}).',
  'captions.problem.time-limit': 'Línea {line}: el tiempo «{detail}» supera 99:59:59.999.',
  'captions.problem.too-many-cues': 'Línea {line}: demasiados subtítulos ({detail}).',
  'captions.problem.cue-too-long': 'Línea {line}: este subtítulo es demasiado largo ({detail}).',
  'captions.problem.no-cues': 'El archivo no contiene ningún subtítulo.',
  'captions.problem.srt-index': 'Línea {line}: número de subtítulo SRT no válido «{detail}».',
  'captions.problem.too-many-problems': 'Demasiados problemas: solo se muestran los primeros.',
  'captions.problem.style-block': 'Línea {line}: se quitó el bloque STYLE; el reproductor aplica su propio estilo.',
  'captions.problem.region-block': 'Línea {line}: se quitó el bloque REGION.',
  'captions.problem.cue-setting': 'Línea {line}: ajustes de subtítulo ignorados: «{detail}».',
  'captions.problem.cue-id': 'Línea {line}: se quitó el identificador del subtítulo («{detail}»).',
  'captions.problem.markup': 'Línea {line}: etiquetas no admitidas mostradas como texto, o corregidas.',
  'captions.problem.inline-timestamp': 'Línea {line}: se quitaron tiempos internos fuera del subtítulo.',
  'captions.problem.stray-text': 'Línea {line}: texto fuera de cualquier subtítulo ignorado («{detail}»); ¿se coló una línea vacía?',
  'captions.problem.out-of-order': 'Línea {line}: subtítulos desordenados; se ordenaron por hora de inicio.',
};

import type { CaptionProblemMessageKey } from '../../../modules/captions/index.ts';

/** Problems found in an uploaded captions file (WebVTT or SRT), in French (ICU MessageFormat; the source catalog for captions.en.ts). */
export const captionsFr = {
  'captions.problem.empty': 'Le fichier de sous-titres est vide.',
  'captions.problem.too-large': 'Le fichier de sous-titres est trop volumineux ({detail}).',
  'captions.problem.not-text': 'Ligne {line} : ce fichier n’est pas un fichier de sous-titres en texte ({detail}).',
  'captions.problem.encoding': 'Ligne {line} : encodage illisible ({detail}). Enregistrez le fichier en UTF-8.',
  'captions.problem.signature': 'Ligne {line} : un fichier WebVTT doit commencer par « WEBVTT » ; trouvé « {detail} ».',
  'captions.problem.timing': 'Ligne {line} : minutage invalide « {detail} ». Format attendu : 00:01:02.345.',
  'captions.problem.time-order': 'Ligne {line} : le sous-titre finit avant de commencer ({detail}).',
  'captions.problem.time-limit': 'Ligne {line} : l’horodatage « {detail} » dépasse 99:59:59.999.',
  'captions.problem.too-many-cues': 'Ligne {line} : trop de sous-titres ({detail}).',
  'captions.problem.cue-too-long': 'Ligne {line} : ce sous-titre est trop long ({detail}).',
  'captions.problem.no-cues': 'Le fichier ne contient aucun sous-titre.',
  'captions.problem.srt-index': 'Ligne {line} : numéro de sous-titre SRT invalide « {detail} ».',
  'captions.problem.too-many-problems': 'Trop de problèmes : seuls les premiers sont listés.',
  'captions.problem.style-block': 'Ligne {line} : le bloc STYLE a été retiré ; le lecteur applique son propre style.',
  'captions.problem.region-block': 'Ligne {line} : le bloc REGION a été retiré.',
  'captions.problem.cue-setting': 'Ligne {line} : réglages de sous-titre ignorés : « {detail} ».',
  'captions.problem.cue-id': 'Ligne {line} : identifiant de sous-titre retiré (« {detail} »).',
  'captions.problem.markup': 'Ligne {line} : balises non prises en charge affichées comme du texte, ou corrigées.',
  'captions.problem.inline-timestamp': 'Ligne {line} : horodatages internes hors du sous-titre retirés.',
  'captions.problem.stray-text': 'Ligne {line} : texte hors de tout sous-titre ignoré (« {detail} ») ; une ligne vide s’y est-elle glissée ?',
  'captions.problem.out-of-order': 'Ligne {line} : sous-titres dans le désordre ; ils ont été triés par heure de début.',
} as const satisfies Record<CaptionProblemMessageKey, string>;

import type { seoFr } from './seo.fr.ts';

export const seoEs: Readonly<Record<keyof typeof seoFr, string>> = {
  'seo.newsFeed': 'Noticias',
  'seo.newsFeedDescription': 'Comunicados, mensajes y discursos, los más recientes primero.',
  'seo.storiesFeed': 'Historias',
  'seo.storiesFeedDescription': 'Las historias publicadas en español, las más recientes primero.',
  'seo.feedFormat': '{feed} ({format})',
};

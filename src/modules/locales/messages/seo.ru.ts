import type { seoFr } from './seo.fr.ts';

export const seoRu: Readonly<Record<keyof typeof seoFr, string>> = {
  'seo.newsFeed': 'Новости',
  'seo.newsFeedDescription': 'Пресс-релизы, обращения и выступления; сначала самые новые.',
  'seo.storiesFeed': 'Истории',
  'seo.storiesFeedDescription': 'Истории, опубликованные на русском языке; сначала самые новые.',
  'seo.feedFormat': '{feed} ({format})',
};

import type { seoFr } from './seo.fr.ts';

export const seoEn: Readonly<Record<keyof typeof seoFr, string>> = {
  'seo.newsFeed': 'News',
  'seo.newsFeedDescription': 'Press releases, messages and speeches, newest first.',
  'seo.storiesFeed': 'Stories',
  'seo.storiesFeedDescription': 'Stories published in English, newest first.',
  'seo.feedFormat': '{feed} ({format})',
};

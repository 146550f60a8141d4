/** Public texts of feeds and sharing metadata, in French (the source catalog). */
export const seoFr = {
  'seo.newsFeed': 'Actualités',
  'seo.newsFeedDescription': 'Communiqués, messages et discours, les plus récents d’abord.',
  'seo.storiesFeed': 'Histoires',
  'seo.storiesFeedDescription': 'Les histoires publiées en français, les plus récentes d’abord.',
  'seo.feedFormat': '{feed} ({format})',
} as const;

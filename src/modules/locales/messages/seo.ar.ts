import type { seoFr } from './seo.fr.ts';

export const seoAr: Readonly<Record<keyof typeof seoFr, string>> = {
  'seo.newsFeed': 'الأخبار',
  'seo.newsFeedDescription': 'البيانات والرسائل والخطب، الأحدث أولاً.',
  'seo.storiesFeed': 'القصص',
  'seo.storiesFeedDescription': 'القصص المنشورة باللغة العربية، الأحدث أولاً.',
  'seo.feedFormat': '{feed} ({format})',
};

import type { seoFr } from './seo.fr.ts';

export const seoZhHans: Readonly<Record<keyof typeof seoFr, string>> = {
  'seo.newsFeed': '新闻',
  'seo.newsFeedDescription': '新闻稿、致辞和讲话，按发布时间由近及远排列。',
  'seo.storiesFeed': '故事',
  'seo.storiesFeedDescription': '以中文发布的故事，按发布时间由近及远排列。',
  'seo.feedFormat': '{feed}（{format}）',
};

import type { countriesFr } from './countries.fr.ts';

export const countriesZhHans: Readonly<Record<keyof typeof countriesFr, string>> = {
  'map.title': '我们开展工作的国家地图',
  'map.description': '着色的国家设有专页：可在地图上或按区域列出的名单中选择。',
  'map.source': '底图：Natural Earth（公有领域）。图中边界不代表官方认可。',
  'country.region': '区域',
  'country.presenceSince': '开展工作始于',
  'country.head': '办事处负责人',
  'country.office': '我们的办事处',
  'country.address': '地址',
  'country.email': '电子邮件',
  'country.phone': '电话',
  'country.website': '办事处网站',
  'country.stories': '来自该国的故事',
  'country.statements': '新闻和声明',
};

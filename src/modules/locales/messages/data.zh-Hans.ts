import type { dataFr } from './data.fr.ts';

export const dataZhHans: Readonly<Record<keyof typeof dataFr, string>> = {
  'data.tableCaption': '数值：{measure}',
  'data.column.date': '日期',
  'data.column.year': '年份',
  'data.column.category': '类别',
  'data.source': '来源',
  'data.licence': '许可',
  'data.downloads': '下载数据',
  'data.download.csv': 'CSV表格（{size}）',
  'data.download.json': 'JSON数据（{size}）',
  'data.downloadNote': '文件提供精确数值，并注明再次使用时须引用的来源和许可。',
  'facts.dataset': '查看数据',
  'publication.date': '发布日期：{date}',
  'publication.downloads': '下载出版物',
  'publication.file': 'PDF，{size}',
  'publication.none': '本出版物暂不提供下载。',
};

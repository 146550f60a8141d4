import type { dataFr } from './data.fr.ts';

export const dataEn: Readonly<Record<keyof typeof dataFr, string>> = {
  'data.tableCaption': 'The values: {measure}',
  'data.column.date': 'Date',
  'data.column.year': 'Year',
  'data.column.category': 'Category',
  'data.source': 'Source',
  'data.licence': 'Licence',
  'data.downloads': 'Download the data',
  'data.download.csv': 'CSV table ({size})',
  'data.download.json': 'JSON data ({size})',
  'data.downloadNote': 'The files give the exact values, with the source and licence to cite if you reuse them.',
  'facts.dataset': 'See the data',
  'publication.date': 'Published on {date}',
  'publication.downloads': 'Download the publication',
  'publication.file': 'PDF, {size}',
  'publication.none': 'This publication is not available for download yet.',
};

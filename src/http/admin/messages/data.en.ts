import type { dataFr } from './data.fr.ts';

export const dataEn: Readonly<Record<keyof typeof dataFr, string>> = {
  'type.dataset': 'Dataset',
  'edit.field.chart': 'Chart (line or bar)',
  'edit.field.series': 'Values',
  'edit.field.licence': 'Licence',
  'edit.field.licenceUrl': 'Licence address',
  'edit.field.measure': 'What the values count',
  'edit.field.description': 'Chart description',
  'edit.field.labels': 'Category names',
  'edit.field.dataset': 'Source dataset',
  'edit.hint.series': 'One value per line: "date;value" (2019;272000000) or "date;category;value" (2019;europe;82000000). Date: a year, YYYY-MM or YYYY-MM-DD; category: a lowercase key or a country code (IN); value in digits, decimals with a point.',
  'edit.hint.labels': 'One category per line: "key = name" (europe = Europe). Country codes are named automatically.',
  'edit.hint.description': 'What the chart shows, in a sentence or two: it is the chart’s text alternative.',
};

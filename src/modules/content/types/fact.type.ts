import { defineContentType } from '../content-type.ts';

/** A key figure with its source and date, written once and shown wherever it is cited. */
export const factType = defineContentType({
  name: 'fact',
  routable: false,
  sharedFields: [
    { name: 'value', kind: 'number', required: true },
    { name: 'unit', kind: 'choice', required: true, choices: ['count', 'year', 'percent'] },
    { name: 'asOf', kind: 'date', required: true },
    { name: 'sourceUrl', kind: 'url', required: true },
    /** The dataset the figure comes from: where it is shown, the figure links to its chart and table. */
    { name: 'dataset', kind: 'reference', refType: 'dataset' },
  ],
  translatableFields: [{ name: 'source', kind: 'text', required: true, maxLength: 300 }],
});

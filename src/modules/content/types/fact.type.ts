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
  ],
  translatableFields: [{ name: 'source', kind: 'text', required: true, maxLength: 300 }],
});

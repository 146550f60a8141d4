import { defineContentType } from '../content-type.ts';

/** A country where the organisation works; its name comes from Intl.DisplayNames in each locale. */
export const countryType = defineContentType({
  name: 'country',
  routable: false,
  sharedFields: [
    { name: 'code', kind: 'country', required: true },
    { name: 'region', kind: 'choice', required: true, choices: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] },
    { name: 'presenceSince', kind: 'number' },
  ],
  translatableFields: [],
});

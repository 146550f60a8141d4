import { defineContentType } from '../content-type.ts';

/** An organisational unit; `reportsTo` forms the organisation chart. */
export const officeType = defineContentType({
  name: 'office',
  routable: true,
  sharedFields: [
    { name: 'reportsTo', kind: 'reference', refType: 'office' },
    { name: 'head', kind: 'reference', refType: 'person' },
    { name: 'acronym', kind: 'text', maxLength: 20 },
  ],
  translatableFields: [],
});

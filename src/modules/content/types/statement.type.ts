import { defineContentType } from '../content-type.ts';

/** News, statements and messages. `speakerRole` keeps the role as it was when delivered. */
export const statementType = defineContentType({
  name: 'statement',
  routable: true,
  sharedFields: [
    { name: 'kind', kind: 'choice', required: true, choices: ['news', 'message', 'speech', 'op-ed'] },
    { name: 'speaker', kind: 'reference', refType: 'person' },
    { name: 'deliveredAt', kind: 'date', required: true },
    /** Countries the statement is about; it is listed on their pages. */
    { name: 'countries', kind: 'references', refType: 'country' },
  ],
  translatableFields: [
    { name: 'speakerRole', kind: 'text', maxLength: 200 },
    { name: 'place', kind: 'text', maxLength: 200 },
  ],
});

import { defineContentType } from '../content-type.ts';

/** A person shown on the site (leadership). The title of a translation is the name as written in that script. */
export const personType = defineContentType({
  name: 'person',
  routable: false,
  sharedFields: [],
  translatableFields: [{ name: 'role', kind: 'text', required: true, maxLength: 200 }],
});

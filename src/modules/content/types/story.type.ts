import { defineContentType } from '../content-type.ts';

/** A short story of one person or group, told with their consent. */
export const storyType = defineContentType({
  name: 'story',
  routable: true,
  sharedFields: [
    { name: 'originCountry', kind: 'country', required: true },
    { name: 'residenceCountry', kind: 'country', required: true },
    { name: 'image', kind: 'image' },
  ],
  translatableFields: [
    { name: 'pullQuote', kind: 'text', maxLength: 400 },
    { name: 'imageAlt', kind: 'text', maxLength: 300 },
    { name: 'credits', kind: 'text', maxLength: 300 },
  ],
});

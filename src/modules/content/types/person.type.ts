import { defineContentType } from '../content-type.ts';

/**
 * A person shown on the site (leadership). The title of a translation is the name as written in that script;
 * `portrait` is an image of the media library, square-cropped where it is shown, described per locale on the image.
 */
export const personType = defineContentType({
  name: 'person',
  routable: false,
  sharedFields: [{ name: 'portrait', kind: 'image' }],
  translatableFields: [{ name: 'role', kind: 'text', required: true, maxLength: 200 }],
});

import { defineContentType } from '../content-type.ts';

/** A generic page of the site tree; `listing` asks the page to list other content under its body. */
export const pageType = defineContentType({
  name: 'page',
  routable: true,
  sharedFields: [
    { name: 'listing', kind: 'choice', choices: ['children', 'offices', 'countries', 'facts', 'stories'] },
    { name: 'facts', kind: 'references', refType: 'fact' },
    { name: 'image', kind: 'image' },
  ],
  /** A shorter title for menus, where the page's own would not fit on one line. */
  translatableFields: [{ name: 'menuLabel', kind: 'text', maxLength: 40 }],
});

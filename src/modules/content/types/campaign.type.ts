import { defineContentType } from '../content-type.ts';

/**
 * A campaign hub for an observance such as International Migrants Day (18 December). Its stories
 * are its children; the featured ones are listed first.
 */
export const campaignType = defineContentType({
  name: 'campaign',
  routable: true,
  sharedFields: [
    { name: 'date', kind: 'date', required: true },
    { name: 'facts', kind: 'references', refType: 'fact' },
    { name: 'statement', kind: 'reference', refType: 'statement' },
    { name: 'featuredStories', kind: 'references', refType: 'story' },
    /** Calls to action: pages such as "Get involved", shown as links after the stories. */
    { name: 'actions', kind: 'references', refType: 'page' },
    /** The campaign's picture: the home page's hero shows it beside the call to action. */
    { name: 'image', kind: 'image' },
  ],
  translatableFields: [
    { name: 'themeTitle', kind: 'text', maxLength: 300 },
    { name: 'hashtag', kind: 'text', required: true, maxLength: 60 },
    /** A shorter title for menus ("Journée des migrants"). */
    { name: 'menuLabel', kind: 'text', maxLength: 40 },
  ],
});

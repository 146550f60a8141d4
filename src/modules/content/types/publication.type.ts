import { defineContentType } from '../content-type.ts';

/**
 * A publication: a report, a toolkit or a brief, with a PDF in each language it was published in.
 * The date and cover image are shared; each translation has its title, summary and its own PDF, which
 * the page offers beside the others, each named in its own language.
 */
export const publicationType = defineContentType({
  name: 'publication',
  routable: true,
  sharedFields: [
    /** The date printed on the publication. */
    { name: 'publishedOn', kind: 'date', required: true },
    /** The cover, shown on the page and on the publication's card in lists. */
    { name: 'image', kind: 'image' },
  ],
  translatableFields: [
    /** This language's edition, from the files library. */
    { name: 'pdf', kind: 'file' },
  ],
});

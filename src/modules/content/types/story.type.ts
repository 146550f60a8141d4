import { defineContentType } from '../content-type.ts';

/** Themes a story can be filed under; the public list filters by them. Labels live in the catalogs. */
export const STORY_THEMES = ['cohesion', 'work', 'family', 'education', 'culture', 'community', 'climate', 'health'] as const;

/** A short story of one person or group, told with their consent, often as a captioned video. */
export const storyType = defineContentType({
  name: 'story',
  routable: true,
  sharedFields: [
    { name: 'originCountry', kind: 'country', required: true },
    { name: 'residenceCountry', kind: 'country', required: true },
    /** First names or pseudonyms, as the people in the story agreed to be named. */
    { name: 'people', kind: 'text', maxLength: 200 },
    { name: 'themes', kind: 'choices', choices: STORY_THEMES },
    { name: 'video', kind: 'video' },
    /** Poster of the video, or the story's picture when there is no video. */
    { name: 'image', kind: 'image' },
    { name: 'related', kind: 'references', refType: 'story' },
  ],
  translatableFields: [
    { name: 'pullQuote', kind: 'text', maxLength: 400 },
    { name: 'imageAlt', kind: 'text', maxLength: 300 },
    { name: 'credits', kind: 'text', maxLength: 300 },
    { name: 'captions', kind: 'captions' },
    /** Text audio description (WebVTT kind="descriptions"), for WCAG 1.2.5. */
    { name: 'descriptions', kind: 'captions' },
    /** Edited transcript; when empty, the page builds one from the captions. */
    { name: 'transcript', kind: 'longText' },
  ],
});

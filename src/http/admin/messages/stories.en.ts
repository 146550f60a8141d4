import { themesEn } from '../../../modules/locales/index.ts';
import type { storiesFr } from './stories.fr.ts';

export const storiesEn: Readonly<Record<keyof typeof storiesFr, string>> = {
  ...themesEn,
  'edit.field.people': 'People (first names or pseudonyms)',
  'edit.field.themes': 'Themes',
  'edit.field.video': 'Video',
  'edit.field.related': 'Related stories',
  'edit.field.captions': 'Captions (WebVTT)',
  'edit.field.descriptions': 'Text audio description (WebVTT)',
  'edit.field.transcript': 'Transcript',
  'edit.field.featuredStories': 'Featured stories',
  'edit.field.actions': 'Calls to action',
  'edit.hint.video': 'A video from the video library. Lighter renditions are made automatically.',
  'edit.hint.captions': 'WebVTT text: paste it here or upload a .vtt or .srt file from the document page. Errors give the line number.',
  'edit.hint.transcript': 'Leave empty and the page builds the transcript from the captions.',
  'edit.hint.choices': 'Tick all that apply.',
};

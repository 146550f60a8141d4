import type { doclistFr } from './doclist.fr.ts';

/** The documents list's filters and bulk actions, in English. */
export const doclistEn: Readonly<Record<keyof typeof doclistFr, string>> = {
  'doclist.missing': 'Missing translation in',
  'doclist.select': 'Select “{title}” ({locale})',
  'doclist.selectColumn': 'Selection',
  'doclist.bulk.label': 'With the selected translations',
  'doclist.bulk.submit': 'Submit for review',
  'doclist.bulk.publish': 'Publish',
  'doclist.bulk.archive': 'Archive',
  'doclist.bulk.apply': 'Apply',
  'doclist.bulk.title': 'Result: {action}',
  'doclist.bulk.summary': '{done, plural, =0 {None done} one {# done} other {# done}}, {refused, plural, =0 {none refused} one {# refused} other {# refused}}.',
  'doclist.bulk.result': 'Result',
  'doclist.bulk.done': 'Done: now {status}',
  'doclist.bulk.refused': 'Refused: {reason}',
  'doclist.bulk.none': 'Nothing was done: tick at least one translation and choose an action.',
  'doclist.bulk.back': 'Back to the list',
  'doclist.reason.forbidden': 'your role does not allow it in this language',
  'doclist.reason.notAllowed': 'not possible from where it stands',
  'doclist.reason.invalid': 'the checks before publishing fail ({problems})',
  'doclist.reason.conflict': 'changed meanwhile by someone else',
  'doclist.reason.notFound': 'it no longer exists',
};

import type { SubmissionForm, SubmissionInput, SubmissionProblem } from './submissions.types.ts';

export const DISPLAY_NAME_MAX = 80;
export const STORY_MAX = 5000;
const EMAIL_MAX = 254;
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,29}$/;
// Deliberately loose: one @, a dot in the domain, no spaces. Only a person reads it.
const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * Bumped whenever the consent wording changes in any language, so each submission records which
 * text its sender agreed to (the text of that version in `submission.locale`).
 */
export const CONSENT_TEXT_VERSION = '2026-11-29';

/**
 * Languages a story may be told in: the site's four, then languages many migrants write in.
 * Names come from Intl.DisplayNames in the reader's language.
 */
export const STORY_LANGUAGES = [
  'fr', 'en', 'es', 'ar', 'am', 'bn', 'de', 'fa', 'ha', 'hi', 'it', 'ku', 'ln', 'ps', 'pt', 'ro', 'ru', 'so', 'sw', 'ta', 'ti', 'tr', 'uk', 'ur', 'wo', 'zh',
] as const;

// Codes Intl names that are not countries or territories (EU, UN, "unknown region"…).
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);

/** ISO 3166-1 alpha-2 codes of countries and territories, as far as this runtime's ICU knows them. */
export const COUNTRY_CODES: readonly string[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
})();
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

/** One line of text: NFC, no control or bidi-override characters, single spaces. */
export function cleanLine(value: unknown): string {
  return String(typeof value === 'string' ? value : '')
    .normalize('NFC')
    .replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Plain text kept in paragraphs: NFC, line ends as LF, other control and bidi-override characters
 * removed, trailing spaces and runs of blank lines reduced.
 */
export function cleanStory(value: unknown): string {
  return String(typeof value === 'string' ? value : '')
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029]/gu, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[^\P{Cc}\n]/gu, '')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cleans and checks the form's fields; every problem is listed, none thrown. */
export function checkSubmissionForm(form: SubmissionForm): { input: SubmissionInput; problems: SubmissionProblem[] } {
  const problems: SubmissionProblem[] = [];
  const displayName = cleanLine(form.displayName);
  if (displayName === '') problems.push({ field: 'displayName', reason: 'required' });
  else if (Array.from(displayName).length > DISPLAY_NAME_MAX) problems.push({ field: 'displayName', reason: 'tooLong' });

  const originCountry = cleanLine(form.originCountry).toUpperCase();
  if (originCountry === '') problems.push({ field: 'originCountry', reason: 'required' });
  else if (!isCountryCode(originCountry)) problems.push({ field: 'originCountry', reason: 'invalid' });
  const residenceCountry = cleanLine(form.residenceCountry).toUpperCase();
  if (residenceCountry === '') problems.push({ field: 'residenceCountry', reason: 'required' });
  else if (!isCountryCode(residenceCountry)) problems.push({ field: 'residenceCountry', reason: 'invalid' });

  const story = cleanStory(form.story);
  if (story === '') problems.push({ field: 'story', reason: 'required' });
  else if (Array.from(story).length > STORY_MAX) problems.push({ field: 'story', reason: 'tooLong' });

  const storyLanguage = cleanLine(form.storyLanguage);
  if (storyLanguage === '') problems.push({ field: 'storyLanguage', reason: 'required' });
  else if (!(STORY_LANGUAGES as readonly string[]).includes(storyLanguage)) problems.push({ field: 'storyLanguage', reason: 'invalid' });

  const email = cleanLine(form.email);
  if (email !== '' && (email.length > EMAIL_MAX || !EMAIL_PATTERN.test(email))) problems.push({ field: 'email', reason: 'invalid' });
  const phone = cleanLine(form.phone);
  if (phone !== '' && !PHONE_PATTERN.test(phone)) problems.push({ field: 'phone', reason: 'invalid' });

  // Only an explicit tick counts: a checkbox sends its value, anything else is no consent.
  if (form.consent !== 'yes') problems.push({ field: 'consent', reason: 'required' });

  return {
    input: { displayName, originCountry, residenceCountry, story, storyLanguage, email: email || null, phone: phone || null },
    problems,
  };
}

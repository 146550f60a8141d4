import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const LOCALE_TAG_INVALID = 'LOCALE_TAG_INVALID';
export const LOCALE_INVALID = 'LOCALE_INVALID';
export const LOCALE_NOT_FOUND = 'LOCALE_NOT_FOUND';
export const LOCALE_EXISTS = 'LOCALE_EXISTS';
export const MESSAGE_INVALID = 'MESSAGE_INVALID';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const LOCALES_ERRORS = defineErrors({
  LOCALE_TAG_INVALID: { kind: 'validation', status: 400, when: 'A language tag is not a well-formed BCP 47 tag of the form language[-Script][-REGION] (`uk`, `pt-BR`, `zh-Hans`, `sr-Latn`); extensions and private use are refused.' },
  LOCALE_INVALID: { kind: 'validation', status: 400, when: "A locale's settings are wrong: an unknown or circular fallback, a URL prefix taken or malformed, disabling or demoting the default locale, or disabling the last enabled one; `details` names each field." },
  LOCALE_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No locale with this tag is configured.' },
  LOCALE_EXISTS: { kind: 'conflict', status: 409, when: 'Adding a locale that is already configured (enable it instead).' },
  MESSAGE_INVALID: { kind: 'validation', status: 400, when: 'An interface string edited in the back office does not fit its French source: it does not parse as ICU MessageFormat, names other arguments, or lacks or adds plural forms; `details` says where.' },
});

export function localeTagInvalid(tag: string): AppError {
  return new AppError(LOCALE_TAG_INVALID, 'validation', `"${tag}" is not a language tag Ensemble accepts (for example uk, pt-BR, zh-Hans)`, { details: [{ path: 'tag', message: 'not a BCP 47 language[-Script][-REGION] tag' }] });
}

export function invalidLocale(details: readonly FieldProblem[]): AppError {
  return new AppError(LOCALE_INVALID, 'validation', 'The locale settings are not valid', { details });
}

export function localeNotFound(tag: string): AppError {
  return new AppError(LOCALE_NOT_FOUND, 'not_found', `No locale ${tag.slice(0, 40)} is configured`);
}

export function localeExists(tag: string): AppError {
  return new AppError(LOCALE_EXISTS, 'conflict', `The locale ${tag} is already configured`);
}

export function invalidMessage(details: readonly FieldProblem[]): AppError {
  return new AppError(MESSAGE_INVALID, 'validation', 'The interface string is not valid', { details });
}

import { AppError, defineErrors } from '../../platform/errors.ts';
import { MAX_QUERY_LENGTH } from './search-text.ts';

export const SEARCH_QUERY_TOO_LONG = 'SEARCH_QUERY_TOO_LONG';
export const SEARCH_INVALID_TYPE = 'SEARCH_INVALID_TYPE';
export const SEARCH_INVALID_LOCALE = 'SEARCH_INVALID_LOCALE';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const SEARCH_ERRORS = defineErrors({
  SEARCH_QUERY_TOO_LONG: { kind: 'validation', status: 400, when: 'A search query over 1,000 characters.' },
  SEARCH_INVALID_TYPE: { kind: 'validation', status: 400, when: 'The `type` filter of a search names no content type with public pages.' },
  SEARCH_INVALID_LOCALE: { kind: 'validation', status: 400, when: 'A locale given to the search index is not a well-formed BCP 47 tag.' },
});

export function queryTooLong(length: number): AppError {
  return new AppError(SEARCH_QUERY_TOO_LONG, 'validation', `The search has ${length} characters; at most ${MAX_QUERY_LENGTH} are read`, {
    details: [{ path: 'q', message: `At most ${MAX_QUERY_LENGTH} characters`, reason: 'tooLong' }],
  });
}

export function invalidType(type: string): AppError {
  return new AppError(SEARCH_INVALID_TYPE, 'validation', `${JSON.stringify(type.slice(0, 40))} is not a content type that can be searched`, {
    details: [{ path: 'type', message: 'Unknown content type', reason: 'unknown' }],
  });
}

export function invalidLocale(tag: string): AppError {
  return new AppError(SEARCH_INVALID_LOCALE, 'validation', `${JSON.stringify(tag.slice(0, 40))} is not a BCP 47 language tag the search index can use`, {
    details: [{ path: 'locale', message: 'Not a language tag', reason: 'invalid' }],
  });
}

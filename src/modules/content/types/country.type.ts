import type { FieldProblem } from '../../../platform/errors.ts';
import { defineContentType } from '../content-type.ts';
import { ISO_3166_NUMERIC } from '../iso-3166.ts';

/** Regions the "Where we work" list groups countries by; their names live in the catalogs. */
export const COUNTRY_REGIONS = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] as const;
export type CountryRegion = (typeof COUNTRY_REGIONS)[number];

/** The year the organisation was founded: no presence can start earlier. */
const FOUNDED = 1951;

/**
 * A country where the organisation works. Its page gives the office's address and contact, its
 * head, key figures, and the stories and statements tagged with the country (found by code). The
 * country's name comes from Intl.DisplayNames in each locale, so the map and lists never disagree;
 * a translation's title is what the page's heading and links show.
 */
export const countryType = defineContentType({
  name: 'country',
  routable: true,
  sharedFields: [
    { name: 'code', kind: 'country', required: true },
    { name: 'region', kind: 'choice', required: true, choices: COUNTRY_REGIONS },
    { name: 'presenceSince', kind: 'number' },
    { name: 'head', kind: 'reference', refType: 'person' },
    { name: 'email', kind: 'text', maxLength: 254 },
    { name: 'phone', kind: 'text', maxLength: 40 },
    { name: 'website', kind: 'url' },
    { name: 'facts', kind: 'references', refType: 'fact' },
  ],
  translatableFields: [
    /** The office's name as written in the locale ("Bureau de pays à Amman"). */
    { name: 'officeName', kind: 'text', maxLength: 200 },
    /** Postal address, one line per line, in the locale's script. */
    { name: 'address', kind: 'longText', maxLength: 600 },
  ],
  validate: (shared) => {
    const problems: FieldProblem[] = [];
    const { code, presenceSince, email, phone } = shared;
    // The field kind checks the shape (two capitals); only an assigned code names a country.
    if (typeof code === 'string' && /^[A-Z]{2}$/.test(code) && !Object.hasOwn(ISO_3166_NUMERIC, code)) {
      problems.push({ path: 'fields.code', message: `"${code}" is not an ISO 3166-1 alpha-2 country code (e.g. JO for Jordan)` });
    }
    if (typeof presenceSince === 'number' && (!Number.isInteger(presenceSince) || presenceSince < FOUNDED || presenceSince > 2100)) {
      problems.push({ path: 'fields.presenceSince', message: `must be a year from ${FOUNDED}, when the organisation was founded` });
    }
    if (typeof email === 'string' && email !== '' && !/^[^\s@<>()]{1,64}@[^\s@<>()]+\.[^\s@<>()]{2,}$/.test(email)) {
      problems.push({ path: 'fields.email', message: 'must be an e-mail address such as office@example.org' });
    }
    if (typeof phone === 'string' && phone !== '' && !/^\+?[0-9 ()./-]{6,40}$/.test(phone)) {
      problems.push({ path: 'fields.phone', message: 'must be a telephone number in international form, e.g. +962 6 500 0000' });
    }
    return problems;
  },
});

import type { DemoDocument } from '../demo.types.ts';

/** Countries listed on "Where we work". Names come from Intl.DisplayNames, so no translations are needed. */
const country = (code: string, region: string, presenceSince: number): DemoDocument => ({
  key: `country-${code.toLowerCase()}`,
  type: 'country',
  fields: { code, region, presenceSince },
  translations: {},
});

export const COUNTRIES: readonly DemoDocument[] = [
  country('SY', 'middle-east', 2006),
  country('TR', 'europe', 1991),
  country('JO', 'middle-east', 1991),
  country('LY', 'africa', 2006),
  country('NE', 'africa', 2007),
  country('DE', 'europe', 1954),
  country('UA', 'europe', 1996),
  country('BD', 'asia-pacific', 1998),
  country('VE', 'americas', 1956),
  country('CO', 'americas', 1956),
  country('DO', 'americas', 1996),
  country('MX', 'americas', 2001),
];

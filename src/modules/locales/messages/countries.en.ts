import type { countriesFr } from './countries.fr.ts';

export const countriesEn: Readonly<Record<keyof typeof countriesFr, string>> = {
  'map.title': 'Map of the countries where we work',
  'map.description': 'Coloured countries have a page: choose one on the map, or in the list by region.',
  'map.source': 'Base map: Natural Earth (public domain). Boundaries do not imply official endorsement.',
  'country.region': 'Region',
  'country.presenceSince': 'Present since',
  'country.head': 'Head of office',
  'country.office': 'Our office',
  'country.address': 'Address',
  'country.email': 'Email',
  'country.phone': 'Telephone',
  'country.website': 'Office website',
  'country.stories': 'Stories from this country',
  'country.statements': 'News and statements',
};

import type { countriesFr } from './countries.fr.ts';

export const countriesEs: Readonly<Record<keyof typeof countriesFr, string>> = {
  'map.title': 'Mapa de los países donde trabajamos',
  'map.description': 'Los países en color tienen una página: elija uno en el mapa o en la lista por región.',
  'map.source': 'Mapa base: Natural Earth (dominio público). Las fronteras no implican reconocimiento oficial.',
  'country.region': 'Región',
  'country.presenceSince': 'Presencia desde',
  'country.head': 'Jefe o jefa de oficina',
  'country.office': 'Nuestra oficina',
  'country.address': 'Dirección',
  'country.email': 'Correo electrónico',
  'country.phone': 'Teléfono',
  'country.website': 'Sitio de la oficina',
  'country.stories': 'Historias de este país',
  'country.statements': 'Noticias y declaraciones',
};

export { countriesFr } from './countries.fr.ts';
export { countriesEn } from './countries.en.ts';
export { countriesEs } from './countries.es.ts';
export { countriesAr } from './countries.ar.ts';
export { countriesZhHans } from './countries.zh-Hans.ts';
export { countriesRu } from './countries.ru.ts';

import type { countriesFr } from './countries.fr.ts';

export const countriesRu: Readonly<Record<keyof typeof countriesFr, string>> = {
  'map.title': 'Карта стран, в которых мы работаем',
  'map.description': 'У выделенных цветом стран есть своя страница: выберите страну на карте или в списке по регионам.',
  'map.source': 'Основа карты: Natural Earth (общественное достояние). Границы не означают официального признания.',
  'country.region': 'Регион',
  'country.presenceSince': 'Присутствие с',
  'country.head': 'Руководитель представительства',
  'country.office': 'Наше представительство',
  'country.address': 'Адрес',
  'country.email': 'Электронная почта',
  'country.phone': 'Телефон',
  'country.website': 'Сайт представительства',
  'country.stories': 'Истории из этой страны',
  'country.statements': 'Новости и заявления',
};

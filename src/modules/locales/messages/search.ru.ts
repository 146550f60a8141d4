import type { searchFr } from './search.fr.ts';

export const searchRu: Readonly<Record<keyof typeof searchFr, string>> = {
  'search.link': 'Поиск',
  'search.title': 'Поиск',
  'search.resultsTitle': 'Поиск: {query}',
  'search.label': 'Поиск по сайту',
  'search.type': 'Тип материала',
  'search.type.all': 'Все материалы',
  'search.type.page': 'Страница',
  'search.type.office': 'Представительство',
  'search.type.statement': 'Пресс-релиз',
  'search.type.campaign': 'Кампания',
  'search.type.story': 'История',
  'search.submit': 'Найти',
  'search.hint': 'Регистр букв и диакритические знаки не учитываются; чтобы найти фразу целиком, заключите её в кавычки.',
  // "найден" agrees with the singular that "one" selects (1, 21, 31…), "найдено" with the others.
  'search.count':
    '{total, plural, =0 {По запросу «{query}» ничего не найдено.} one {По запросу «{query}» найден # результат.} few {По запросу «{query}» найдено # результата.} many {По запросу «{query}» найдено # результатов.} other {По запросу «{query}» найдено # результата.}}',
  'search.empty': 'Введите одно или несколько слов.',
  'search.pageOf': 'Страница {page} из {pages}',
  'search.results': 'Результаты',
  'search.pagination': 'Страницы результатов',
  'search.previous': 'Предыдущая страница',
  'search.next': 'Следующая страница',
  // The number comes last so that no noun has to agree with it.
  'search.tooLong': 'Слишком длинный запрос: максимальное число символов — {max, number}.',
  'search.invalidType': 'Такого типа материалов нет: выберите тип из списка.',
};

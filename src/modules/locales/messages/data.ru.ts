import type { dataFr } from './data.fr.ts';

export const dataRu: Readonly<Record<keyof typeof dataFr, string>> = {
  'data.tableCaption': 'Значения: {measure}',
  'data.column.date': 'Дата',
  'data.column.year': 'Год',
  'data.column.category': 'Категория',
  'data.source': 'Источник',
  'data.licence': 'Лицензия',
  'data.downloads': 'Скачать данные',
  'data.download.csv': 'Таблица CSV ({size})',
  'data.download.json': 'Данные JSON ({size})',
  'data.downloadNote': 'Файлы содержат точные значения, а также источник и лицензию, которые нужно указывать при повторном использовании.',
  'facts.dataset': 'Посмотреть данные',
  'publication.date': 'Опубликовано {date}',
  'publication.downloads': 'Скачать публикацию',
  'publication.file': 'PDF, {size}',
  'publication.none': 'Эту публикацию пока нельзя скачать.',
};

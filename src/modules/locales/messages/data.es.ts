import type { dataFr } from './data.fr.ts';

export const dataEs: Readonly<Record<keyof typeof dataFr, string>> = {
  'data.tableCaption': 'Los valores: {measure}',
  'data.column.date': 'Fecha',
  'data.column.year': 'Año',
  'data.column.category': 'Categoría',
  'data.source': 'Fuente',
  'data.licence': 'Licencia',
  'data.downloads': 'Descargar los datos',
  'data.download.csv': 'Tabla CSV ({size})',
  'data.download.json': 'Datos JSON ({size})',
  'data.downloadNote': 'Los archivos contienen los valores exactos, con la fuente y la licencia que deben citarse si se reutilizan.',
  'facts.dataset': 'Ver los datos',
  'publication.date': 'Publicado el {date}',
  'publication.downloads': 'Descargar la publicación',
  'publication.file': 'PDF, {size}',
  'publication.none': 'Esta publicación aún no se puede descargar.',
};

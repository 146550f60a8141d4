import type { dataFr } from './data.fr.ts';

export const dataEs: Readonly<Record<keyof typeof dataFr, string>> = {
  'type.dataset': 'Conjunto de datos',
  'edit.field.chart': 'Gráfico (line: líneas, bar: barras)',
  'edit.field.series': 'Valores',
  'edit.field.licence': 'Licencia',
  'edit.field.licenceUrl': 'Dirección de la licencia',
  'edit.field.measure': 'Qué cuentan los valores',
  'edit.field.description': 'Descripción del gráfico',
  'edit.field.labels': 'Nombres de las categorías',
  'edit.field.dataset': 'Conjunto de datos de origen',
  'edit.hint.series': 'Un valor por línea: «fecha;valor» (2019;272000000) o «fecha;categoría;valor» (2019;europe;82000000). Fecha: año, AAAA-MM o AAAA-MM-DD; categoría: clave en minúsculas o código de país (IN); valor en cifras, decimales con punto.',
  'edit.hint.labels': 'Una categoría por línea: «clave = nombre» (europe = Europa). Los códigos de país se nombran solos.',
  'edit.hint.description': 'Lo que muestra el gráfico, en una o dos frases: es su texto alternativo.',
};

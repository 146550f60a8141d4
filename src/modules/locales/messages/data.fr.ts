/** Public texts of dataset pages (chart, table, downloads), in French (the source catalog). */
export const dataFr = {
  'data.tableCaption': 'Les valeurs : {measure}',
  'data.column.date': 'Date',
  'data.column.year': 'Année',
  'data.column.category': 'Catégorie',
  'data.source': 'Source',
  'data.licence': 'Licence',
  'data.downloads': 'Télécharger les données',
  'data.download.csv': 'Tableau CSV ({size})',
  'data.download.json': 'Données JSON ({size})',
  'data.downloadNote': 'Les fichiers donnent les valeurs exactes, avec la source et la licence à citer en cas de réutilisation.',
  'facts.dataset': 'Voir les données',
  'publication.date': 'Publié le {date}',
  'publication.downloads': 'Télécharger la publication',
  'publication.file': 'PDF, {size}',
  'publication.none': 'Cette publication n’est pas encore disponible en téléchargement.',
} as const;

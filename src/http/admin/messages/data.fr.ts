/** Back-office texts for datasets: their fields and how to type their rows. */
export const dataFr = {
  'type.dataset': 'Jeu de données',
  'edit.field.chart': 'Graphique (line : courbe, bar : barres)',
  'edit.field.series': 'Valeurs',
  'edit.field.licence': 'Licence',
  'edit.field.licenceUrl': 'Adresse de la licence',
  'edit.field.measure': 'Ce que comptent les valeurs',
  'edit.field.description': 'Description du graphique',
  'edit.field.labels': 'Noms des catégories',
  'edit.field.dataset': 'Jeu de données d’origine',
  'edit.hint.series': 'Une ligne par valeur : « date;valeur » (2019;272000000) ou « date;catégorie;valeur » (2019;europe;82000000). Date : année, AAAA-MM ou AAAA-MM-JJ ; catégorie : clé en minuscules ou code pays (IN) ; valeur en chiffres, décimales avec un point.',
  'edit.hint.labels': 'Une ligne par catégorie : « clé = nom » (europe = Europe). Les codes pays sont nommés automatiquement.',
  'edit.hint.description': 'Ce que montre le graphique, en une ou deux phrases : c’est son texte de remplacement.',
} as const;

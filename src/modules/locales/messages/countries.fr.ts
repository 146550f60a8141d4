/** Public texts of the world map and the country pages, in French (the source catalog). */
export const countriesFr = {
  'map.title': 'Carte des pays où nous travaillons',
  'map.description': 'Les pays en couleur ont une page : choisissez-en un sur la carte, ou dans la liste par région.',
  'map.source': 'Fond de carte : Natural Earth (domaine public). Les frontières ne valent pas reconnaissance officielle.',
  'country.region': 'Région',
  'country.presenceSince': 'Présence depuis',
  'country.head': 'Responsable du bureau',
  'country.office': 'Notre bureau',
  'country.address': 'Adresse',
  'country.email': 'Courriel',
  'country.phone': 'Téléphone',
  'country.website': 'Site du bureau',
  'country.stories': 'Histoires liées à ce pays',
  'country.statements': 'Actualités et déclarations',
} as const;

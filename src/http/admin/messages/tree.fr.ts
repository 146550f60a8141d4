/** The page tree and the menus, en français. */
export const treeFr = {
  'tree.title': 'Arborescence des pages',
  'tree.intro': 'L’ordre ici est celui du site public. Déplacer une page change ses adresses ; les anciennes redirigent vers les nouvelles.',
  'tree.empty': 'Aucune page pour le moment.',
  'tree.moveUp': 'Monter',
  'tree.moveDown': 'Descendre',
  'tree.moveUpLabel': 'Monter « {title} »',
  'tree.moveDownLabel': 'Descendre « {title} »',
  'tree.moveUnder': 'Déplacer sous…',
  'tree.moveUnderLabel': 'Nouvel emplacement de « {title} »',
  'tree.topLevel': '(premier niveau)',
  'tree.move': 'Déplacer',
  'tree.done.moved': 'La page a été déplacée.',
  'tree.error.conflict': 'Rien n’a été déplacé : cette page a été modifiée entre-temps par quelqu’un d’autre. L’arborescence ci-dessous est à jour ; recommencez.',
  'tree.error.descendant': 'Rien n’a été déplacé : une page ne peut pas aller sous elle-même ni sous une de ses propres sous-pages.',
  'tree.error.slugTaken': 'Rien n’a été déplacé : une autre page utilise déjà cette adresse à cet endroit.',
  'tree.error.input': 'Choisissez « Monter », « Descendre » ou un nouvel emplacement.',
} as const;

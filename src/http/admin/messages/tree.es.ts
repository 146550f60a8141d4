import type { treeFr } from './tree.fr.ts';

/** The page tree and the menus, in Spanish. */
export const treeEs: Readonly<Record<keyof typeof treeFr, string>> = {
  'tree.title': 'Árbol de páginas',
  'tree.intro': 'El orden aquí es el del sitio público. Mover una página cambia sus direcciones; las antiguas redirigen a las nuevas.',
  'tree.empty': 'Todavía no hay ninguna página.',
  'tree.moveUp': 'Subir',
  'tree.moveDown': 'Bajar',
  'tree.moveUpLabel': 'Subir «{title}»',
  'tree.moveDownLabel': 'Bajar «{title}»',
  'tree.moveUnder': 'Mover debajo de…',
  'tree.moveUnderLabel': 'Nueva ubicación de «{title}»',
  'tree.topLevel': '(primer nivel)',
  'tree.move': 'Mover',
  'tree.done.moved': 'Se ha movido la página.',
  'tree.error.conflict': 'No se ha movido nada: otra persona ha modificado esta página mientras tanto. El árbol de abajo está actualizado; vuelva a intentarlo.',
  'tree.error.descendant': 'No se ha movido nada: una página no puede ir debajo de sí misma ni de una de sus propias subpáginas.',
  'tree.error.slugTaken': 'No se ha movido nada: otra página ya usa esta dirección en ese lugar.',
  'tree.error.input': 'Elija «Subir», «Bajar» o una nueva ubicación.',
};

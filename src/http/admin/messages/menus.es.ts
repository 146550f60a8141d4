import type { menusFr } from './menus.fr.ts';

/** The menus of the public site, in Spanish. */
export const menusEs: Readonly<Record<keyof typeof menusFr, string>> = {
  'menus.title': 'Menús',
  'menus.intro': 'Los menús del sitio público, en el orden en que se muestran. Una entrada solo aparece en los idiomas en que su página está publicada.',
  'menus.menu.main': 'Menú principal',
  'menus.menu.footer': 'Pie de página',
  'menus.empty': 'Este menú está vacío.',
  'menus.moveUp': 'Subir',
  'menus.moveDown': 'Bajar',
  'menus.remove': 'Quitar',
  'menus.moveUpLabel': 'Subir «{title}»',
  'menus.moveDownLabel': 'Bajar «{title}»',
  'menus.removeLabel': 'Quitar «{title}» y sus subentradas del menú',
  'menus.add.title': 'Añadir una entrada',
  'menus.add.menu': 'Menú',
  'menus.add.document': 'Página',
  'menus.add.parent': 'Debajo de la entrada',
  'menus.add.topLevel': '(primer nivel)',
  'menus.add.submit': 'Añadir',
  'menus.add.noTargets': 'Todavía ninguna página puede figurar en un menú.',
  'menus.done.added': 'Se ha añadido la entrada.',
  'menus.done.moved': 'Se ha movido la entrada.',
  'menus.done.removed': 'Se ha quitado la entrada.',
  'menus.error.input': 'Elija un menú y una página.',
  'menus.error.parentMenu': 'No se ha añadido nada: la entrada superior elegida pertenece a otro menú.',
};

import type { menusFr } from './menus.fr.ts';

/** The menus of the public site, in English. */
export const menusEn: Readonly<Record<keyof typeof menusFr, string>> = {
  'menus.title': 'Menus',
  'menus.intro': 'The public site’s menus, in the order they are shown. An entry appears only in the languages its page is published in.',
  'menus.menu.main': 'Main menu',
  'menus.menu.footer': 'Footer',
  'menus.empty': 'This menu is empty.',
  'menus.moveUp': 'Move up',
  'menus.moveDown': 'Move down',
  'menus.remove': 'Remove',
  'menus.moveUpLabel': 'Move “{title}” up',
  'menus.moveDownLabel': 'Move “{title}” down',
  'menus.removeLabel': 'Remove “{title}” and its sub-entries from the menu',
  'menus.add.title': 'Add an entry',
  'menus.add.menu': 'Menu',
  'menus.add.document': 'Page',
  'menus.add.parent': 'Under the entry',
  'menus.add.topLevel': '(top level)',
  'menus.add.submit': 'Add',
  'menus.add.noTargets': 'No page can go in a menu yet.',
  'menus.done.added': 'The entry was added.',
  'menus.done.moved': 'The entry was moved.',
  'menus.done.removed': 'The entry was removed.',
  'menus.error.input': 'Choose a menu and a page.',
  'menus.error.parentMenu': 'Nothing was added: the parent entry chosen belongs to another menu.',
};

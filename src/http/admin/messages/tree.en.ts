import type { treeFr } from './tree.fr.ts';

/** The page tree and the menus, in English. */
export const treeEn: Readonly<Record<keyof typeof treeFr, string>> = {
  'tree.title': 'Page tree',
  'tree.intro': 'The order here is the public site’s. Moving a page changes its addresses; the old ones redirect to the new ones.',
  'tree.empty': 'No pages yet.',
  'tree.moveUp': 'Move up',
  'tree.moveDown': 'Move down',
  'tree.moveUpLabel': 'Move “{title}” up',
  'tree.moveDownLabel': 'Move “{title}” down',
  'tree.moveUnder': 'Move under…',
  'tree.moveUnderLabel': 'New place for “{title}”',
  'tree.topLevel': '(top level)',
  'tree.move': 'Move',
  'tree.done.moved': 'The page was moved.',
  'tree.error.conflict': 'Nothing was moved: someone else changed this page meanwhile. The tree below is up to date; try again.',
  'tree.error.descendant': 'Nothing was moved: a page cannot go under itself or under one of its own sub-pages.',
  'tree.error.slugTaken': 'Nothing was moved: another page already uses that address there.',
  'tree.error.input': 'Choose “Move up”, “Move down” or a new place.',
};
